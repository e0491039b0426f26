package io.wikiengine.graphql.server;

import com.sun.net.httpserver.HttpServer;
import io.wikiengine.graphql.WikiGraphQL;
import io.wikiengine.graphql.http.WikiHttpHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** A running HTTP server for one wiki, on the JDK's HTTP server; no servlet container needed. */
public final class WikiServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;

    private WikiServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts serving the API.
     *
     * @param api  the API to serve
     * @param host the address to bind, for example {@code 127.0.0.1}
     * @param port the port, or 0 for a free one
     */
    public static WikiServer start(WikiGraphQL api, String host, int port) throws IOException {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(host, "host");
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 128);
        ExecutorService executor = Executors.newFixedThreadPool(
                Math.max(8, Runtime.getRuntime().availableProcessors() * 4), runnable -> {
                    Thread thread = new Thread(runnable, "wiki-http");
                    thread.setDaemon(true);
                    return thread;
                });
        server.setExecutor(executor);
        server.createContext("/", new WikiHttpHandler(api));
        server.start();
        return new WikiServer(server, executor);
    }

    /** The address actually bound (the real port also when 0 was asked for). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** The GraphQL endpoint's URL, for example {@code http://127.0.0.1:3000/graphql}. */
    public String graphqlUrl() {
        InetSocketAddress address = address();
        String host = address.getHostString();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + address.getPort() + "/graphql";
    }

    /** Stops accepting requests, lets running ones finish for up to two seconds, and stops. */
    @Override
    public void close() {
        server.stop(1);
        executor.shutdown();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
