package io.wikiengine.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.WikiConfig;
import io.wikiengine.core.access.Actor;
import io.wikiengine.graphql.internal.Json;
import io.wikiengine.graphql.server.WikiServer;
import io.wikiengine.storage.testing.TestClock;
import io.wikiengine.storage.testing.TestStores;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP endpoint on a real port: what real Wiki.js clients send, and the upload and download routes. */
class HttpEndpointTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-12-03T10:00:00Z"));
    private final HttpClient http = HttpClient.newHttpClient();
    private Wiki wiki;
    private WikiServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        wiki = Wiki.builder().storage(TestStores.fresh()).clock(clock)
                .config(WikiConfig.DEFAULTS.withPasswordCost(4))
                .admin(TestWikis.ADMIN_EMAIL, TestWikis.ADMIN_PASSWORD).build();
        server = WikiServer.start(WikiGraphQL.create(wiki), "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.address().getPort();
    }

    @AfterEach
    void stop() {
        server.close();
        wiki.close();
        // The host's store outlives a wiki built over it.
        wiki.storage().close();
    }

    private HttpResponse<String> post(String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String operation(String query) {
        return Json.write(Map.of("query", query));
    }

    @SuppressWarnings("unchecked")
    private static Object at(String json, String path) {
        Object current = Json.parse(json);
        for (String part : path.split("\\.")) {
            current = current instanceof List<?> list ? list.get(Integer.parseInt(part)) : ((Map<String, Object>) current).get(part);
        }
        return current;
    }

    private String login() throws Exception {
        HttpResponse<String> response = post(operation("mutation { authentication { login(username: \""
                + TestWikis.ADMIN_EMAIL + "\", password: \"" + TestWikis.ADMIN_PASSWORD
                + "\", strategy: \"local\") { jwt } } }"));
        return (String) at(response.body(), "data.authentication.login.jwt");
    }

    @Test
    void r_1_1_postAnswersWithWikiJsHeaders() throws Exception {
        HttpResponse<String> response = post(operation("{ __typename }"));
        assertEquals(200, response.statusCode());
        assertEquals("deny", response.headers().firstValue("x-frame-options").orElseThrow());
        assertEquals("nosniff", response.headers().firstValue("x-content-type-options").orElseThrow());
        assertEquals("same-origin", response.headers().firstValue("referrer-policy").orElseThrow());
        assertEquals("Query", at(response.body(), "data.__typename"));
    }

    @Test
    void r_5_1_1_theTokenComesFromTheBearerHeaderOrTheJwtCookie() throws Exception {
        String jwt = login();
        String query = operation("{ users { list { email } } }");
        assertEquals("admin@example.com", at(post(query, "Authorization", "Bearer " + jwt).body(),
                "data.users.list.0.email"));
        assertEquals("admin@example.com", at(post(query, "Cookie", "jwt=" + jwt).body(), "data.users.list.0.email"));
        assertEquals("Forbidden", at(post(query).body(), "errors.0.message"));
    }

    @Test
    void aCrossSiteFormBodyWithTheCookieIsRefusedAndChangesNothing() throws Exception {
        String jwt = login();
        String create = operation("mutation { pages { create(content: \"csrf\", description: \"\", editor: \"markdown\", "
                + "isPublished: true, isPrivate: false, locale: \"en\", path: \"csrf-proof\", tags: [], title: \"c\") "
                + "{ responseResult { succeeded } } } }");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .header("Content-Type", "text/plain")
                .header("Cookie", "jwt=" + jwt)
                .header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(create)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, response.statusCode());
        assertEquals(0, wiki.storage().<Integer>inTransaction(s -> s.pages().count()));
    }

    @Test
    void batchedOperationsGiveAnArrayOfResults() throws Exception {
        HttpResponse<String> response = post("[" + operation("{ __typename }") + "," + operation("{ users { list { id } } }")
                + "]");
        assertEquals(200, response.statusCode());
        assertEquals("Query", at(response.body(), "0.data.__typename"));
        assertEquals("Forbidden", at(response.body(), "1.errors.0.message"));
    }

    @Test
    void getRunsQueriesButNeverMutations() throws Exception {
        String query = URLEncoder.encode("{ __typename }", StandardCharsets.UTF_8);
        HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create(base + "/graphql?query=" + query)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("Query", at(ok.body(), "data.__typename"));
        String mutation = URLEncoder.encode("mutation { authentication { setApiState(enabled: true) { responseResult "
                + "{ succeeded } } } }", StandardCharsets.UTF_8);
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(base + "/graphql?query=" + mutation))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, refused.statusCode());
    }

    @Test
    void r_1_6_badDocumentsAndBadJsonAre400() throws Exception {
        HttpResponse<String> parse = post(operation("{ users { "));
        assertEquals(400, parse.statusCode());
        assertFalse(((Map<?, ?>) Json.parse(parse.body())).containsKey("data"));
        assertEquals("GRAPHQL_PARSE_FAILED", at(parse.body(), "errors.0.extensions.code"));
        assertEquals(400, post("{not json").statusCode());
        assertEquals("Must provide query string.", at(post("{}").body(), "errors.0.message"));
    }

    @Test
    void r_1_1_aBodyOverFiveMegabytesIsRefusedClearly() throws Exception {
        HttpResponse<String> response = post(operation("{ __typename }" + " ".repeat(5 * 1024 * 1024)));
        assertEquals(413, response.statusCode());
        assertTrue(((String) at(response.body(), "errors.0.message")).contains("larger than the limit"));
    }

    @Test
    void aBrowserGetsTheOfflinePlayground() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/_playground/graphiql.min.js"));
        assertFalse(page.body().contains("cdn"));
        HttpResponse<String> script = http.send(HttpRequest.newBuilder(URI.create(base + "/_playground/graphiql.min.js"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, script.statusCode());
        assertTrue(script.body().length() > 100_000);
    }

    @Test
    void r_5_1_4_aTokenInsideTheRenewalWindowComesBackRenewedInTheHeader() throws Exception {
        String jwt = login();
        clock.advance(Duration.ofMinutes(45));
        HttpResponse<String> response = post(operation("{ users { list { id } } }"), "Authorization", "Bearer " + jwt);
        assertEquals(List.of(), at(response.body(), "errors") == null ? List.of() : at(response.body(), "errors"));
        String renewed = response.headers().firstValue("new-jwt").orElseThrow();
        assertFalse(renewed.equals(jwt));
    }

    @Test
    void decision32_aRevokedApiKeyIs401() throws Exception {
        String jwt = login();
        post(operation("mutation { authentication { setApiState(enabled: true) { responseResult { succeeded } } } }"),
                "Authorization", "Bearer " + jwt);
        String key = (String) at(post(operation("mutation { authentication { createApiKey(name: \"k\", expiration: "
                + "\"1y\", fullAccess: true) { key } } }"), "Authorization", "Bearer " + jwt).body(),
                "data.authentication.createApiKey.key");
        assertEquals(200, post(operation("{ pages { list { id } } }"), "Authorization", "Bearer " + key).statusCode());
        post(operation("mutation { authentication { setApiState(enabled: false) { responseResult { succeeded } } } }"),
                "Authorization", "Bearer " + jwt);
        HttpResponse<String> off = post(operation("{ pages { list { id } } }"), "Authorization", "Bearer " + key);
        assertEquals(401, off.statusCode());
        assertEquals("API is disabled. You must enable it from the Administration Area first.",
                at(off.body(), "errors.0.message"));
    }

    @Test
    void theWellKnownKeysArePublished() throws Exception {
        HttpResponse<String> jwk = http.send(HttpRequest.newBuilder(URI.create(base + "/.well-known/jwk.json")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("RSA", at(jwk.body(), "kty"));
        HttpResponse<String> pem = http.send(HttpRequest.newBuilder(URI.create(base + "/.well-known/jwk.pem")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(pem.body().startsWith("-----BEGIN PUBLIC KEY-----"));
    }

    // --- Upload and download (R-9.10) ---

    private static final String BOUNDARY = "----wikiengine-test";

    private static byte[] multipart(String folderJson, String... files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder();
        if (folderJson != null) {
            head.append("--").append(BOUNDARY).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"mediaUpload\"\r\n\r\n")
                    .append(folderJson).append("\r\n");
        }
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < files.length; i += 3) {
            String part = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"mediaUpload\"; filename=\""
                    + files[i] + "\"\r\nContent-Type: " + files[i + 1] + "\r\n\r\n";
            out.writeBytes(part.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(files[i + 2].getBytes(StandardCharsets.UTF_8));
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private HttpResponse<String> upload(String token, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/u"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void r_9_9_eachUploadResponseInCheckOrder() throws Exception {
        String jwt = login();
        assertEquals(403, upload(null, multipart("{\"folderId\":0}", "a.txt", "text/plain", "hello")).statusCode());
        HttpResponse<String> noFile = upload(jwt, multipart("{\"folderId\":0}"));
        assertEquals(400, noFile.statusCode());
        assertEquals("Missing upload payload.", at(noFile.body(), "message"));
        HttpResponse<String> two = upload(jwt, multipart("{\"folderId\":0}", "a.txt", "text/plain", "1", "b.txt",
                "text/plain", "2"));
        assertEquals("You cannot upload multiple files within the same request.", at(two.body(), "message"));
        HttpResponse<String> noFolder = upload(jwt, multipart(null, "a.txt", "text/plain", "hello"));
        assertEquals("Missing upload folder metadata.", at(noFolder.body(), "message"));
        HttpResponse<String> unknown = upload(jwt, multipart("{\"folderId\":42}", "a.txt", "text/plain", "hello"));
        assertEquals(400, unknown.statusCode());
        assertEquals("Failed to fetch folder hierarchy.", at(unknown.body(), "message"));
        HttpResponse<String> negative = upload(jwt, multipart("{\"folderId\":-1}", "a.txt", "text/plain", "hello"));
        assertEquals(400, negative.statusCode());
        assertEquals("Failed to fetch folder hierarchy.", at(negative.body(), "message"));
        HttpResponse<String> ok = upload(jwt, multipart("{\"folderId\":0}", "Notes File.txt", "image/png", "hello"));
        assertEquals(200, ok.statusCode());
        assertEquals("ok", ok.body());
    }

    @Test
    void r_9_9_theCookieDoesNotCountOnTheUploadRoute() throws Exception {
        String jwt = login();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/u"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Cookie", "jwt=" + jwt)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart("{\"folderId\":0}", "a.txt", "text/plain", "x")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, response.statusCode());
        assertEquals("You are not authorized to upload files.", at(response.body(), "message"));
    }

    @Test
    void r_9_10_pageExtensionsAreNeverServedAsAssets() throws Exception {
        String jwt = login();
        assertEquals(200, upload(jwt, multipart("{\"folderId\":0}", "notes.txt", "text/plain", "x")).statusCode());
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(base + "/notes.txt")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void decision26_aDownloadComesWithItsTypeNosniffAndAttachment() throws Exception {
        String jwt = login();
        assertEquals(200, upload(jwt, multipart("{\"folderId\":0}", "notes.csv", "image/png", "hello there")).statusCode());
        HttpResponse<String> download = http.send(HttpRequest.newBuilder(URI.create(base + "/notes.csv")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, download.statusCode());
        assertEquals("hello there", download.body());
        assertTrue(download.headers().firstValue("content-type").orElseThrow().startsWith("text/plain"));
        assertEquals("nosniff", download.headers().firstValue("x-content-type-options").orElseThrow());
        assertEquals("attachment; filename=notes.csv", download.headers().firstValue("content-disposition").orElseThrow());
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(base + "/missing.png")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertNotNull(Actor.system());
    }
}
