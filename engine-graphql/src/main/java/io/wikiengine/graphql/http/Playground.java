package io.wikiengine.graphql.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The GraphiQL playground, served entirely by us: its scripts come from WebJars fetched at build time
 * through Maven, so the page works offline and loads nothing from a CDN.
 */
final class Playground {

    static final String PREFIX = "/_playground/";

    private static final Map<String, String> ASSETS = Map.of(
            "react.production.min.js", "/META-INF/resources/webjars/react/18.2.0/umd/react.production.min.js",
            "react-dom.production.min.js",
            "/META-INF/resources/webjars/react-dom/18.2.0/umd/react-dom.production.min.js",
            "graphiql.min.js", "/META-INF/resources/webjars/graphiql/2.4.7/graphiql.min.js",
            "graphiql.min.css", "/META-INF/resources/webjars/graphiql/2.4.7/graphiql.min.css");

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Wiki Engine GraphQL playground</title>
              <link rel="stylesheet" href="/_playground/graphiql.min.css">
              <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
            </head>
            <body>
              <div id="graphiql">Loading the playground…</div>
              <script src="/_playground/react.production.min.js"></script>
              <script src="/_playground/react-dom.production.min.js"></script>
              <script src="/_playground/graphiql.min.js"></script>
              <script>
                const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
                ReactDOM.createRoot(document.getElementById('graphiql'))
                  .render(React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery:
                    '# Sign in with authentication.login, then send the jwt as a Bearer header.\\n'
                    + '{\\n  pages {\\n    list(limit: 10) { id path title }\\n  }\\n}\\n' }));
              </script>
            </body>
            </html>
            """;

    void servePage(HttpExchange exchange) throws IOException {
        byte[] bytes = PAGE.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    void serveAsset(HttpExchange exchange, String name) throws IOException {
        String resource = ASSETS.get(name);
        InputStream in = resource == null ? null : Playground.class.getResourceAsStream(resource);
        if (in == null) {
            WikiHttpHandler.sendJson(exchange, 404, WikiHttpHandler.error("Not found", "NOT_FOUND"));
            return;
        }
        try (in) {
            byte[] bytes = in.readAllBytes();
            exchange.getResponseHeaders().set("Content-Type",
                    name.endsWith(".css") ? "text/css; charset=utf-8" : "application/javascript; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "public, max-age=86400");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
