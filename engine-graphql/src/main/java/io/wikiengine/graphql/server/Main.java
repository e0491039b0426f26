package io.wikiengine.graphql.server;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.io.ImportOptions;
import io.wikiengine.core.io.ImportReport;
import io.wikiengine.core.io.WikiImporter;
import io.wikiengine.graphql.WikiGraphQL;
import io.wikiengine.graphql.internal.SchemaFactory;
import io.wikiengine.storage.Dialect;
import io.wikiengine.storage.JdbiStorage;
import io.wikiengine.storage.PostgresNotifications;
import io.wikiengine.storage.PostgresSearchEngine;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;

/**
 * The command line of {@code wiki-engine.jar}:
 * <pre>
 * java -jar wiki-engine.jar serve [--host 127.0.0.1] [--port 3000] [--data DIR | --in-memory]
 *                                 [--admin-email E] [--admin-password P]
 * java -jar wiki-engine.jar schema
 * </pre>
 */
public final class Main {

    private static final String USAGE = """
            Usage:
              java -jar wiki-engine.jar serve [--host 127.0.0.1] [--port 3000] [--data DIR | --in-memory]
                                              [--admin-email E] [--admin-password P]
                                              [--pg-url URL [--pg-user U] [--pg-password P] [--pg-search]]
                                              [--import DIR [--locales en,de,...]]
              java -jar wiki-engine.jar schema

            With --pg-url the wiki lives in PostgreSQL (the password may also come from PGPASSWORD), and
            several servers over one database keep their caches coherent through LISTEN/NOTIFY.
            --import reads a Wiki.js Git-storage folder (pages as <locale>/<path>.md with front matter, every
            other file an asset) before serving and prints its report; --locales names the locale folders
            (default: detected), an empty value for a wiki without locale folders.
            """;

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs a command; returns the exit code (serve returns only when stopped). */
    static int run(String[] args, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        Map<String, String> options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 2;
        }
        if (options.containsKey("--help")) {
            out.print(USAGE);
            return 0;
        }
        return switch (args[0]) {
            case "schema" -> {
                out.print(SchemaFactory.sdl());
                yield 0;
            }
            case "serve" -> serve(options, out, err);
            default -> {
                err.println("Unknown command: " + args[0]);
                err.print(USAGE);
                yield 2;
            }
        };
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> flags = List.of("--in-memory", "--pg-search");
        List<String> valued = List.of("--host", "--port", "--data", "--admin-email", "--admin-password", "--pg-url",
                "--pg-user", "--pg-password", "--import", "--locales");
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                options.put("--help", "true");
            } else if (flags.contains(arg)) {
                options.put(arg, "true");
            } else if (valued.contains(arg)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("Missing value for " + arg);
                }
                options.put(arg, args[++i]);
            } else {
                throw new IllegalArgumentException("Unknown option: " + arg);
            }
        }
        int stores = (options.containsKey("--in-memory") ? 1 : 0) + (options.containsKey("--data") ? 1 : 0)
                + (options.containsKey("--pg-url") ? 1 : 0);
        if (stores > 1) {
            throw new IllegalArgumentException("Choose one of --data DIR, --in-memory and --pg-url");
        }
        if (options.containsKey("--locales") && !options.containsKey("--import")) {
            throw new IllegalArgumentException("--locales goes with --import");
        }
        if (options.containsKey("--pg-search") && !options.containsKey("--pg-url")) {
            throw new IllegalArgumentException("--pg-search needs --pg-url");
        }
        return options;
    }

    private static int serve(Map<String, String> options, PrintStream out, PrintStream err)
            throws IOException, InterruptedException {
        String host = options.getOrDefault("--host", "127.0.0.1");
        int port;
        try {
            port = Integer.parseInt(options.getOrDefault("--port", "3000"));
        } catch (NumberFormatException e) {
            err.println("--port must be a number");
            return 2;
        }
        JdbiStorage storage;
        try {
            storage = open(options);
        } catch (RuntimeException e) {
            err.println("Cannot open the store: " + e.getMessage());
            return 1;
        }
        boolean empty = storage.inTransaction(session -> session.groups().count() == 0);
        String email = options.getOrDefault("--admin-email", "admin@example.com");
        String password = options.get("--admin-password");
        @Nullable String generated = null;
        if (empty && password == null) {
            generated = generatePassword();
            password = generated;
        }
        Wiki.Builder builder = Wiki.builder().storage(storage);
        if (storage.dialect() == Dialect.POSTGRESQL) {
            builder.plugin(new PostgresNotifications(storage));
            if (options.containsKey("--pg-search")) {
                builder.search(new PostgresSearchEngine());
            }
        }
        if (password != null) {
            builder.admin(email, password);
        }
        Wiki wiki;
        try {
            wiki = builder.build();
        } catch (RuntimeException e) {
            storage.close();
            err.println("Cannot open the wiki: " + e.getMessage());
            return 1;
        }
        if (generated != null) {
            out.println("Created the administrator " + email + " with the generated password: " + generated);
        }
        if (options.containsKey("--import")) {
            try {
                ImportReport report = new WikiImporter(wiki).importFolder(Path.of(options.get("--import")),
                        importOptions(options.get("--locales")));
                out.println(report.summary());
                report.lines().forEach(out::println);
            } catch (RuntimeException e) {
                err.println("Cannot import " + options.get("--import") + ": " + e.getMessage());
                wiki.close();
                storage.close();
                return 1;
            }
        }
        WikiServer server;
        try {
            server = WikiServer.start(WikiGraphQL.create(wiki), host, port);
        } catch (IOException e) {
            err.println("Cannot listen on " + host + ":" + port + ": " + e.getMessage());
            wiki.close();
            storage.close();
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        List<AutoCloseable> resources = new ArrayList<>(List.of(server, wiki, storage));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (AutoCloseable resource : resources) {
                try {
                    resource.close();
                } catch (Exception ignored) {
                    // Shutting down: keep closing the rest.
                }
            }
            stopped.countDown();
        }, "wiki-shutdown"));
        out.println("Wiki Engine listening on " + server.graphqlUrl());
        out.flush();
        stopped.await();
        return 0;
    }

    private static ImportOptions importOptions(@Nullable String locales) {
        if (locales == null) {
            return ImportOptions.DEFAULTS;
        }
        List<String> codes = java.util.Arrays.stream(locales.split(",")).map(String::strip)
                .filter(code -> !code.isEmpty()).toList();
        return ImportOptions.DEFAULTS.withLocales(codes);
    }

    private static JdbiStorage open(Map<String, String> options) {
        if (options.containsKey("--pg-url")) {
            String password = options.getOrDefault("--pg-password", System.getenv("PGPASSWORD"));
            return JdbiStorage.postgres(options.get("--pg-url"), options.getOrDefault("--pg-user", "postgres"),
                    password == null ? "" : password);
        }
        if (options.containsKey("--in-memory")) {
            return JdbiStorage.h2InMemory();
        }
        return JdbiStorage.h2File(Path.of(options.getOrDefault("--data", "wiki-data")));
    }

    private static String generatePassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
