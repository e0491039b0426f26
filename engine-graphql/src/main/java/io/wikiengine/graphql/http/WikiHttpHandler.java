package io.wikiengine.graphql.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import io.wikiengine.graphql.GraphQLRequest;
import io.wikiengine.graphql.GraphQLResult;
import io.wikiengine.graphql.WikiGraphQL;
import io.wikiengine.graphql.internal.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP endpoint of a wiki, for the JDK's {@link com.sun.net.httpserver.HttpServer}: {@code POST /graphql}
 * (one operation or a batch), {@code GET /graphql?query=…}, the GraphiQL playground on {@code GET /graphql}
 * from a browser, and the playground's scripts. A host mounts it on its own server with
 * {@code server.createContext("/", handler)}, or runs {@link io.wikiengine.graphql.server.WikiServer}.
 */
public final class WikiHttpHandler implements HttpHandler {

    /** The largest request body accepted (spec: 5 MB). */
    public static final int MAX_BODY_BYTES = 5 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(WikiHttpHandler.class);

    private final WikiGraphQL api;
    private final Playground playground = new Playground();
    private final AssetRoutes assets;

    public WikiHttpHandler(WikiGraphQL api) {
        this.api = Objects.requireNonNull(api, "api");
        this.assets = new AssetRoutes(api.wiki());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            securityHeaders(exchange.getResponseHeaders());
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals("/graphql") || path.equals("/graphql/")) {
                graphql(exchange);
            } else if (path.startsWith(Playground.PREFIX)) {
                playground.serveAsset(exchange, path.substring(Playground.PREFIX.length()));
            } else if (path.equals("/u") || path.equals("/u/")) {
                if (exchange.getRequestMethod().equals("POST")) {
                    assets.upload(exchange);
                } else {
                    exchange.getResponseHeaders().set("Allow", "POST");
                    sendJson(exchange, 405, error("Method not allowed", "METHOD_NOT_ALLOWED"));
                }
            } else if (path.equals("/.well-known/jwk.json") || path.equals("/.well-known/jwk.pem")) {
                assets.jwk(exchange, path.endsWith(".pem"));
            } else if ((exchange.getRequestMethod().equals("GET") || exchange.getRequestMethod().equals("HEAD"))
                    && AssetRoutes.isAssetPath(path)) {
                assets.download(exchange);
            } else {
                sendJson(exchange, 404, error("Not found", "NOT_FOUND"));
            }
        } catch (IOException e) {
            LOG.debug("Client went away during {}", exchange.getRequestURI(), e);
        } catch (RuntimeException e) {
            LOG.error("Unexpected failure serving {}", exchange.getRequestURI(), e);
            try {
                sendJson(exchange, 500, error("An unexpected error occured.", "INTERNAL_SERVER_ERROR"));
            } catch (IOException | RuntimeException ignored) {
                // The response was already started; nothing more can be said.
            }
        }
    }

    static void securityHeaders(Headers headers) {
        headers.set("X-Frame-Options", "deny");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
    }

    private void graphql(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (method.equals("POST")) {
            post(exchange);
        } else if (method.equals("GET") || method.equals("HEAD")) {
            get(exchange);
        } else if (method.equals("OPTIONS")) {
            exchange.getResponseHeaders().set("Allow", "GET, POST, OPTIONS");
            exchange.sendResponseHeaders(204, -1);
        } else {
            exchange.getResponseHeaders().set("Allow", "GET, POST, OPTIONS");
            sendJson(exchange, 405, error("Method not allowed: " + method, "METHOD_NOT_ALLOWED"));
        }
    }

    private void get(HttpExchange exchange) throws IOException {
        Map<String, String> params = query(exchange.getRequestURI().getRawQuery());
        String query = params.get("query");
        if (query == null || query.isBlank()) {
            String accept = String.valueOf(exchange.getRequestHeaders().getFirst("Accept"));
            if (accept.contains("text/html")) {
                playground.servePage(exchange);
                return;
            }
            sendJson(exchange, 400, error("GET query missing.", "BAD_REQUEST"));
            return;
        }
        Map<String, @Nullable Object> variables;
        try {
            variables = variables(params.get("variables"));
        } catch (Json.JsonException | ClassCastException e) {
            sendJson(exchange, 400, error("Variables are invalid JSON.", "BAD_REQUEST"));
            return;
        }
        String operationName = params.get("operationName");
        if (isMutation(query, operationName)) {
            // As Apollo Server: a GET must not change anything (it could come from a cross-site link).
            exchange.getResponseHeaders().set("Allow", "POST");
            sendJson(exchange, 405, error("GET supports only query operation", "METHOD_NOT_ALLOWED"));
            return;
        }
        GraphQLResult result = api.execute(request(exchange, query, variables, operationName));
        respond(exchange, result, result.status(), result.body());
    }

    private void post(HttpExchange exchange) throws IOException {
        byte[] raw = readBody(exchange.getRequestBody());
        if (raw == null) {
            sendJson(exchange, 413, error("Request body is larger than the limit of " + MAX_BODY_BYTES
                    + " bytes.", "PAYLOAD_TOO_LARGE"));
            return;
        }
        Object body;
        try {
            body = Json.parse(new String(raw, StandardCharsets.UTF_8));
        } catch (Json.JsonException e) {
            sendJson(exchange, 400, error("POST body sent invalid JSON.", "BAD_REQUEST"));
            return;
        }
        if (body instanceof List<?> batch) {
            List<Object> results = new ArrayList<>(batch.size());
            String renewed = null;
            for (Object item : batch) {
                Outcome outcome = one(exchange, item);
                results.add(outcome.body());
                if (outcome.result() != null && outcome.result().renewedToken() != null) {
                    renewed = outcome.result().renewedToken();
                }
            }
            renewal(exchange, renewed);
            sendJson(exchange, 200, results);
            return;
        }
        Outcome outcome = one(exchange, body);
        if (outcome.result() == null) {
            sendJson(exchange, 400, outcome.body());
            return;
        }
        respond(exchange, outcome.result(), outcome.result().status(), outcome.body());
    }

    private record Outcome(@Nullable GraphQLResult result, Object body) {
    }

    private Outcome one(HttpExchange exchange, @Nullable Object item) {
        if (!(item instanceof Map<?, ?> operation)) {
            return new Outcome(null, error("POST body must be a JSON object or an array of them.", "BAD_REQUEST"));
        }
        Object query = operation.get("query");
        if (!(query instanceof String text) || text.isBlank()) {
            return new Outcome(null, error("Must provide query string.", "BAD_REQUEST"));
        }
        Map<String, @Nullable Object> variables;
        try {
            Object raw = operation.get("variables");
            variables = raw instanceof String json ? variables(json) : variablesOf(raw);
        } catch (Json.JsonException | ClassCastException e) {
            return new Outcome(null, error("Variables are invalid JSON.", "BAD_REQUEST"));
        }
        Object name = operation.get("operationName");
        GraphQLResult result = api.execute(request(exchange, text, variables, name instanceof String s ? s : null));
        return new Outcome(result, result.body());
    }

    private void respond(HttpExchange exchange, GraphQLResult result, int status, Object body) throws IOException {
        renewal(exchange, result.renewedToken());
        sendJson(exchange, status, body);
    }

    /** step 4: the renewed token as a header for JSON requests, else as the {@code jwt} cookie. */
    private static void renewal(HttpExchange exchange, @Nullable String renewed) {
        if (renewed == null) {
            return;
        }
        Headers headers = exchange.getResponseHeaders();
        headers.set("Cache-Control", "no-store");
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if ("application/json".equals(contentType)) {
            headers.set("new-jwt", renewed);
        } else {
            headers.add("Set-Cookie", "jwt=" + renewed + "; Path=/; HttpOnly; SameSite=Lax");
        }
    }

    private static GraphQLRequest request(HttpExchange exchange, String query, Map<String, @Nullable Object> variables,
                                          @Nullable String operationName) {
        return GraphQLRequest.of(query)
                .withVariables(variables)
                .withOperationName(operationName)
                .withToken(Tokens.fromRequest(exchange.getRequestHeaders(), true))
                .withClientKey(exchange.getRemoteAddress().getAddress().getHostAddress());
    }

    private static boolean isMutation(String query, @Nullable String operationName) {
        try {
            Document document = Parser.parse(query);
            for (OperationDefinition op : document.getDefinitionsOfType(OperationDefinition.class)) {
                boolean selected = operationName == null || operationName.equals(op.getName());
                if (selected && op.getOperation() != OperationDefinition.Operation.QUERY) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException unparsable) {
            return false; // execution reports the syntax error with its 400
        }
    }

    private static Map<String, @Nullable Object> variables(@Nullable String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        return variablesOf(Json.parse(json));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, @Nullable Object> variablesOf(@Nullable Object value) {
        if (value == null) {
            return Map.of();
        }
        return (Map<String, @Nullable Object>) value;
    }

    /** The body, or null when it is larger than {@link #MAX_BODY_BYTES}. */
    static byte @Nullable [] readBody(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > MAX_BODY_BYTES) {
                in.transferTo(OutputStream.nullOutputStream());
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static Map<String, String> query(@Nullable String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.putIfAbsent(key, value);
        }
        return params;
    }

    static Map<String, Object> error(String message, String code) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", Map.of("code", code));
        return Map.of("errors", List.of(error));
    }

    static void sendJson(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
