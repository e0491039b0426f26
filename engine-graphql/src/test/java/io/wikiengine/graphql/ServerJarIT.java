package io.wikiengine.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.graphql.internal.Json;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged server, started as a user starts it: {@code java -jar wiki-engine.jar serve}. */
class ServerJarIT {

    private static final Pattern READY = Pattern.compile("^Wiki Engine listening on (http://127\\.0\\.0\\.1:(\\d+)/graphql)$");

    @TempDir
    Path dir;

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("wiki.jar", "target/wiki-engine.jar"));
        assertTrue(Files.isRegularFile(jar), "the server jar is built before integration tests: " + jar);
        return jar;
    }

    /** A started server: its process, its GraphQL URL from the ready line, and what it printed before. */
    private record Started(Process process, String url, List<String> output) {
    }

    /** Starts {@code java -jar wiki-engine.jar serve ARGS} and waits for its one ready line. */
    private static Started serve(long timeoutSeconds, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar().toString(), "serve"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            String line = out.readLine();
            if (line == null) {
                break;
            }
            seen.add(line);
            Matcher ready = READY.matcher(line);
            if (ready.matches()) {
                return new Started(process, ready.group(1), seen);
            }
        }
        process.destroy();
        throw new AssertionError("no ready line; output was " + seen);
    }

    @Test
    void serveOnAFreePortPrintsOneReadyLineAndAnswersALogin() throws Exception {
        Started server = serve(60, "--port", "0", "--data", dir.resolve("data").toString(), "--admin-email",
                "admin@example.com", "--admin-password", "secret-123");
        Process process = server.process();
        String url = server.url();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            String login = Json.write(Map.of("query", "mutation { authentication { login(username: \"admin@example.com\", "
                    + "password: \"secret-123\", strategy: \"local\") { jwt responseResult { succeeded } } } }"));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(login)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
            assertTrue(response.body().contains("\"succeeded\":true"), response.body());
        } finally {
            process.destroy();
            assertTrue(process.waitFor(20, TimeUnit.SECONDS), "SIGTERM stops the server");
        }
        // Ctrl-C / SIGTERM closed the store cleanly: it opens again with its data.
        assertTrue(Files.exists(dir.resolve("data").resolve("wiki.mv.db")));
    }

    @Test
    void serveWithImportServesTheImportedPremidPages() throws Exception {
        Path premid = Path.of(ServerJarIT.class.getResource("/premid/en/about.md").toURI()).getParent().getParent();
        Started server = serve(120, "--port", "0", "--in-memory", "--admin-email", "admin@example.com",
                "--admin-password", "secret-123", "--import", premid.toString());
        Process process = server.process();
        String url = server.url();
        List<String> seen = server.output();
        try {
            assertTrue(seen.stream().anyMatch(l -> l.contains("LICENSE")), "the report names the ignored LICENSE: " + seen);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            String jwt = (String) at(post(http, url, null, "mutation { authentication { login(username: "
                    + "\"admin@example.com\", password: \"secret-123\", strategy: \"local\") { jwt } } }"),
                    "data.authentication.login.jwt");
            List<?> list = (List<?>) at(post(http, url, jwt, "{ pages { list { id path locale title } } }"),
                    "data.pages.list");
            assertEquals(16, list.size(), String.valueOf(list));
            Object install = at(post(http, url, jwt, "{ pages { singleByPath(path: \"install\", locale: \"en\") "
                    + "{ title render tags { tag } } } }"), "data.pages.singleByPath.render");
            assertTrue(String.valueOf(install).contains("is-internal-link"), String.valueOf(install));
            List<?> tree = (List<?>) at(post(http, url, jwt, "{ pages { tree(mode: ALL, locale: \"en\") { id path "
                    + "isFolder pageId } } }"), "data.pages.tree");
            assertTrue(tree.size() >= 2, String.valueOf(tree));
            Object hits = at(post(http, url, jwt, "{ pages { search(query: \"PreMiD\") { totalHits } } }"),
                    "data.pages.search.totalHits");
            assertTrue(((Number) hits).intValue() > 0, String.valueOf(hits));
        } finally {
            process.destroy();
            assertTrue(process.waitFor(20, TimeUnit.SECONDS), "SIGTERM stops the server");
        }
    }

    private static String post(HttpClient http, String url, String token, String query) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("query", query))));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @SuppressWarnings("unchecked")
    private static Object at(String json, String path) {
        Object current = Json.parse(json);
        for (String part : path.split("\\.")) {
            current = current instanceof List<?> l ? l.get(Integer.parseInt(part)) : ((Map<String, Object>) current).get(part);
        }
        return current;
    }

    @Test
    void schemaPrintsTheServedSdl() throws Exception {
        Process process = new ProcessBuilder(java(), "-jar", jar().toString(), "schema").redirectErrorStream(true).start();
        String sdl = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue());
        assertTrue(sdl.contains("type PageQuery {"), sdl.substring(0, Math.min(200, sdl.length())));
        assertTrue(sdl.contains("directive @auth(requires: [String])"));
    }
}
