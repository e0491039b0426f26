package io.wikiengine.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.introspection.IntrospectionQuery;
import io.wikiengine.core.Wiki;
import io.wikiengine.graphql.internal.Json;
import io.wikiengine.graphql.server.WikiServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A few namespaces' operations as a Wiki.js client sends them over HTTP on a real port, JSON in and out. */
class WireOverHttpTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Wiki wiki;
    private static WikiServer server;
    private static String base;
    private static String jwt;

    @BeforeAll
    static void start() throws Exception {
        wiki = TestWikis.wiki();
        server = WikiServer.start(WikiGraphQL.create(wiki), "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.address().getPort();
        Object login = post(body("""
                mutation ($username: String!, $password: String!) {
                  authentication { login(username: $username, password: $password, strategy: "local") {
                    responseResult { succeeded errorCode slug message } jwt } }
                }""", Map.of("username", TestWikis.ADMIN_EMAIL, "password", TestWikis.ADMIN_PASSWORD)));
        assertEquals("Login success", at(login, "data.authentication.login.responseResult.message"));
        jwt = (String) at(login, "data.authentication.login.jwt");
    }

    @AfterAll
    static void stop() {
        server.close();
        wiki.close();
    }

    private static String body(String query, Map<String, ?> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return Json.write(body);
    }

    private static Object post(String body, String... headers) throws Exception {
        HttpResponse<String> response = send(body, headers);
        assertEquals(200, response.statusCode(), response.body());
        return Json.parse(response.body());
    }

    private static HttpResponse<String> send(String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @SuppressWarnings("unchecked")
    private static @Nullable Object at(@Nullable Object json, String path) {
        Object current = json;
        for (String part : path.split("\\.")) {
            if (current instanceof List<?> list) {
                current = list.get(Integer.parseInt(part));
            } else if (current instanceof Map<?, ?> map) {
                current = ((Map<String, Object>) map).get(part);
            } else {
                return null;
            }
        }
        return current;
    }

    @Test
    void aPageIsCreatedWithABlockStringThenReadThroughTheCookieAndAsTheGuest() throws Exception {
        Object created = post(body("""
                mutation {
                  pages {
                    create(
                      content: \"""
                        # Deploying

                        Run "make deploy" — then check the "status" page.
                        \""",
                      description: "How to deploy", editor: "markdown", isPublished: true, isPrivate: false,
                      locale: "en", path: "ops/deploy", tags: ["ops"], title: "Deploying") {
                      result: responseResult { ok: succeeded message }
                      page { id createdAt publishStartDate }
                    }
                  }
                }""", Map.of()), "Authorization", "Bearer " + jwt);
        assertEquals(true, at(created, "data.pages.create.result.ok"), String.valueOf(created));
        assertEquals("", at(created, "data.pages.create.page.publishStartDate"));
        assertTrue(Wire.DATE.matcher((String) at(created, "data.pages.create.page.createdAt")).matches());
        Number id = (Number) at(created, "data.pages.create.page.id");
        Object read = post(body("query ($id: Int!) { pages { single(id: $id) { title content } } }",
                Map.of("id", id)), "Cookie", "jwt=" + jwt);
        assertEquals("# Deploying\n\nRun \"make deploy\" — then check the \"status\" page.",
                at(read, "data.pages.single.content"));
        Object guest = post(body("query ($id: Int!) { pages { single(id: $id) { title content } } }",
                Map.of("id", id)));
        assertEquals("Forbidden", at(guest, "errors.0.message"));
        assertEquals(List.of("pages", "single", "content"), at(guest, "errors.0.path"));
        assertEquals("INTERNAL_SERVER_ERROR", at(guest, "errors.0.extensions.code"));
        assertNull(at(guest, "data.pages.single"));
        Object titleOnly = post(body("query ($id: Int!) { pages { single(id: $id) { title } } }", Map.of("id", id)));
        assertEquals("Deploying", at(titleOnly, "data.pages.single.title"));
    }

    @Test
    void aBatchOfAMutationAndAQueryAnswersInOrder() throws Exception {
        String batch = "[" + body("mutation { assets { createFolder(parentFolderId: 0, slug: \"batch\") { "
                + "responseResult { succeeded message } } } }", Map.of()) + ","
                + body("{ assets { folders(parentFolderId: 0) { slug name } } }", Map.of()) + "]";
        Object results = post(batch, "Authorization", "Bearer " + jwt);
        assertInstanceOf(List.class, results);
        assertEquals("Asset Folder has been created successfully.",
                at(results, "0.data.assets.createFolder.responseResult.message"));
        assertEquals("batch", at(results, "1.data.assets.folders.0.slug"));
    }

    @Test
    void aGroupRefusalIsATopLevelErrorWithHttp200() throws Exception {
        Object result = post(body("mutation { groups { delete(id: 1) { responseResult { succeeded } } } }", Map.of()),
                "Authorization", "Bearer " + jwt);
        assertEquals("Cannot delete this group.", at(result, "errors.0.message"));
        assertEquals(List.of("groups", "delete"), at(result, "errors.0.path"));
        assertEquals("INTERNAL_SERVER_ERROR", at(result, "errors.0.extensions.code"));
        assertInstanceOf(List.class, at(result, "errors.0.locations"));
        assertTrue(((Map<?, ?>) at(result, "data.groups")).containsKey("delete"));
        assertNull(at(result, "data.groups.delete"));
    }

    @Test
    void aWikiErrorOfAQueryCarriesItsNumericCodeOverHttp() throws Exception {
        Object result = post(body("{ users { single(id: 999) { id } } }", Map.of()), "Authorization", "Bearer " + jwt);
        assertEquals("This user does not exist.", at(result, "errors.0.message"));
        assertEquals(1016, ((Number) at(result, "errors.0.extensions.exception.code")).intValue());
        assertFalse(String.valueOf(result).contains("stacktrace"));
    }

    @Test
    void getWithVariablesRunsAQuery() throws Exception {
        String query = URLEncoder.encode("query ($e: Boolean) { authentication { activeStrategies(enabledOnly: $e) "
                + "{ key displayName } } }", StandardCharsets.UTF_8);
        String variables = URLEncoder.encode("{\"e\":true}", StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/graphql?query=" + query
                + "&variables=" + variables)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("local", at(Json.parse(response.body()), "data.authentication.activeStrategies.0.key"));
    }

    @Test
    void fullIntrospectionOverHttp() throws Exception {
        Object result = post(Json.write(Map.of("query", IntrospectionQuery.INTROSPECTION_QUERY,
                "operationName", "IntrospectionQuery")));
        assertNull(at(result, "errors"));
        assertEquals("Mutation", at(result, "data.__schema.mutationType.name"));
    }

    @Test
    void aVariableOfTheWrongTypeIs400WithNoData() throws Exception {
        HttpResponse<String> response = send(body("query ($id: Int!) { pages { single(id: $id) { id } } }",
                Map.of("id", "seven")), "Authorization", "Bearer " + jwt);
        assertEquals(400, response.statusCode(), response.body());
        Map<?, ?> parsed = (Map<?, ?>) Json.parse(response.body());
        assertFalse(parsed.containsKey("data"));
        assertInstanceOf(String.class, at(parsed, "errors.0.extensions.code"));
    }

    @Test
    void decision16_theTokenOfADeactivatedUserIsUnauthorizedAtTheOperation() throws Exception {
        Object created = post(body("mutation { users { create(email: \"gone@example.com\", name: \"Gone\", "
                + "passwordRaw: \"gone-pass\", providerKey: \"local\", groups: [2]) { user { id } } } }", Map.of()),
                "Authorization", "Bearer " + jwt);
        Number id = (Number) at(created, "data.users.create.user.id");
        Object login = post(body("mutation { authentication { login(username: \"gone@example.com\", password: "
                + "\"gone-pass\", strategy: \"local\") { jwt } } }", Map.of()));
        String token = (String) at(login, "data.authentication.login.jwt");
        post(body("mutation ($id: Int!) { users { deactivate(id: $id) { responseResult { succeeded } } } }",
                Map.of("id", id)), "Authorization", "Bearer " + jwt);
        Object refused = post(body("{ pages { list { id } } }", Map.of()), "Authorization", "Bearer " + token);
        assertEquals("Unauthorized", at(refused, "errors.0.message"));
        assertEquals(List.of("pages", "list"), at(refused, "errors.0.path"));
        assertEquals("INTERNAL_SERVER_ERROR", at(refused, "errors.0.extensions.code"));
        assertNull(at(refused, "data.pages"));
    }
}
