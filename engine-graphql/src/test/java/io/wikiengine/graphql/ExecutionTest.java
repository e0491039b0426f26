package io.wikiengine.graphql;

import static io.wikiengine.graphql.TestWikis.at;
import static io.wikiengine.graphql.TestWikis.errors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.access.Actor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The execution pipeline: documents, @auth, responseResult, errors, the Date scalar. */
class ExecutionTest {

    private static Wiki wiki;
    private static WikiGraphQL api;

    @BeforeAll
    static void open() {
        wiki = TestWikis.wiki();
        api = WikiGraphQL.create(wiki);
    }

    @AfterAll
    static void close() {
        wiki.close();
        // The host's store outlives a wiki built over it.
        wiki.storage().close();
    }

    @Test
    void aDocumentThatDoesNotParseIs400WithNoData() {
        GraphQLResult result = api.execute(GraphQLRequest.of("{ users { list { id }"));
        assertEquals(400, result.status());
        assertFalse(result.body().containsKey("data"));
        assertEquals("GRAPHQL_PARSE_FAILED", ((Map<?, ?>) errors(result).get(0).get("extensions")).get("code"));
    }

    @Test
    void aDocumentThatDoesNotValidateIs400WithNoData() {
        GraphQLResult result = api.execute(GraphQLRequest.of("{ users { list { nope } } }"));
        assertEquals(400, result.status());
        assertFalse(result.body().containsKey("data"));
        assertEquals("GRAPHQL_VALIDATION_FAILED", ((Map<?, ?>) errors(result).get(0).get("extensions")).get("code"));
    }

    @Test
    void r_4_2_2_theGuestWithoutTheScopeIsForbiddenAtTheFieldsPath() {
        GraphQLResult result = api.execute(GraphQLRequest.of("{ users { list { id } } }"));
        assertEquals(200, result.status());
        Map<String, Object> error = errors(result).get(0);
        assertEquals("Forbidden", error.get("message"));
        assertEquals(List.of("users", "list"), error.get("path"));
        assertEquals("INTERNAL_SERVER_ERROR", ((Map<?, ?>) error.get("extensions")).get("code"));
        assertNull(at(result, "users.list"));
    }

    @Test
    void r_4_2_2_aTokenOfTheAdministratorPasses() {
        String jwt = TestWikis.login(api);
        GraphQLResult result = api.execute(GraphQLRequest.of("{ users { list { id email isSystem createdAt } } }")
                .withToken(jwt));
        assertEquals(List.of(), errors(result), result.body().toString());
        assertEquals(2, ((List<?>) at(result, "users.list")).size());
        assertEquals("admin@example.com", at(result, "users.list.0.email"));
        String created = (String) at(result, "users.list.0.createdAt");
        assertTrue(created.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), created);
    }

    @Test
    void r_4_2_5_anActorGivenByTheHostIsUsedAsIs() {
        Actor reader = Actor.user(1, "admin@example.com", "Administrator", Set.of("write:users"), List.of(1));
        GraphQLResult result = api.execute(GraphQLRequest.of("{ users { list { id } } }").withActor(reader));
        assertEquals(List.of(), errors(result));
    }

    @Test
    void r_3_2_3_aMutationFailureIsAResponseResultNotAnError() {
        GraphQLResult result = api.execute(GraphQLRequest.of("mutation { authentication { login(username: \"x@y.z\", "
                + "password: \"nope\", strategy: \"local\") { jwt responseResult { succeeded errorCode slug message } } } }")
                .withClientKey(TestWikis.freshClient()));
        assertEquals(List.of(), errors(result));
        assertEquals(false, at(result, "authentication.login.responseResult.succeeded"));
        assertEquals(1002, at(result, "authentication.login.responseResult.errorCode"));
        assertEquals("AuthLoginFailed", at(result, "authentication.login.responseResult.slug"));
        assertEquals("Invalid email / username or password.", at(result, "authentication.login.responseResult.message"));
    }

    @Test
    void r_3_2_1_aMutationSuccessCarriesItsMessage() {
        GraphQLResult login = api.execute(GraphQLRequest.of("mutation { authentication { login(username: \""
                + TestWikis.ADMIN_EMAIL + "\", password: \"" + TestWikis.ADMIN_PASSWORD + "\", strategy: \"local\") "
                + "{ jwt responseResult { succeeded errorCode slug message } } } }").withClientKey(TestWikis.freshClient()));
        assertEquals(true, at(login, "authentication.login.responseResult.succeeded"));
        assertEquals(0, at(login, "authentication.login.responseResult.errorCode"));
        assertEquals("ok", at(login, "authentication.login.responseResult.slug"));
        assertEquals("Login success", at(login, "authentication.login.responseResult.message"));
        assertNotNull(at(login, "authentication.login.jwt"));
    }

    @Test
    void r_3_2_3_groupMutationsFailAsTopLevelErrors() {
        String jwt = TestWikis.login(api);
        GraphQLResult result = api.execute(GraphQLRequest.of("mutation { groups { delete(id: 1) { responseResult { succeeded } } } }")
                .withToken(jwt));
        assertEquals("Cannot delete this group.", errors(result).get(0).get("message"));
        assertNull(at(result, "groups.delete"));
    }

    @Test
    void decision31_aWikiErrorOfAQueryCarriesItsNumericCode() {
        String jwt = TestWikis.login(api);
        GraphQLResult result = api.execute(GraphQLRequest.of("{ users { single(id: 999) { id } } }").withToken(jwt));
        Map<String, Object> error = errors(result).get(0);
        assertEquals("This user does not exist.", error.get("message"));
        assertEquals(Map.of("code", 1016), ((Map<?, ?>) error.get("extensions")).get("exception"));
    }

    @Test
    void decision32_aRevokedOrUnknownApiKeyIsARequestLevelError() {
        GraphQLResult result = api.execute(GraphQLRequest.of("{ users { list { id } } }").withToken(
                "eyJhbGciOiJub25lIn0.eyJhcGkiOjEsImdycCI6MX0."));
        assertTrue(result.status() == 401 || result.status() == 200);
    }

    @Test
    void r_1_5_loginIsLimitedToFivePerMinutePerClient() {
        String login = "mutation { authentication { login(username: \"nobody@example.com\", password: \"x\", "
                + "strategy: \"local\") { responseResult { errorCode } } } }";
        for (int i = 0; i < 5; i++) {
            GraphQLResult allowed = api.execute(GraphQLRequest.of(login).withClientKey("10.0.0.9"));
            assertEquals(1002, at(allowed, "authentication.login.responseResult.errorCode"));
        }
        GraphQLResult limited = api.execute(GraphQLRequest.of(login).withClientKey("10.0.0.9"));
        String message = (String) errors(limited).get(0).get("message");
        assertTrue(message.matches("Too many requests, please try again in \\d+ seconds\\."), message);
        GraphQLResult other = api.execute(GraphQLRequest.of(login).withClientKey("10.0.0.10"));
        assertEquals(1002, at(other, "authentication.login.responseResult.errorCode"));
    }

    @Test
    void aSingleValueIsAcceptedWhereAListIsExpected() {
        String jwt = TestWikis.login(api);
        GraphQLResult result = api.execute(GraphQLRequest.of("mutation { users { create(email: \"one@example.com\", "
                + "name: \"One\", passwordRaw: \"secret-123\", providerKey: \"local\", groups: 2) "
                + "{ responseResult { succeeded message } user { id groups { id } } } } }").withToken(jwt));
        assertEquals(List.of(), errors(result), result.body().toString());
        assertEquals("User created successfully", at(result, "users.create.responseResult.message"));
        assertEquals(List.of(Map.of("id", 2)), at(result, "users.create.user.groups"));
    }

    @Test
    void theStandardIntrospectionQuerySucceeds() {
        GraphQLResult result = api.execute(GraphQLRequest.of(graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY));
        assertEquals(List.of(), errors(result));
        assertNotNull(at(result, "__schema.queryType.name"));
    }

    @Test
    void aFloodOfAliasesIsRefusedBeforeAnythingRuns() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 300; i++) {
            query.append(" a").append(i).append(": pages { list { id path title tags } }");
        }
        GraphQLResult result = api.execute(GraphQLRequest.of(query.append(" }").toString()).withToken(TestWikis.login(api)));
        assertEquals(400, result.status());
        assertTrue(String.valueOf(errors(result).get(0).get("message")).contains("complexity"),
                String.valueOf(errors(result)));
    }

    @Test
    void aFloodOfAliasesIsRefusedEveryTimeItIsSent() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 300; i++) {
            query.append(" a").append(i).append(": pages { list { id path title tags } }");
        }
        GraphQLRequest flood = GraphQLRequest.of(query.append(" }").toString()).withToken(TestWikis.login(api));
        for (int round = 0; round < 3; round++) {
            GraphQLResult result = api.execute(flood);
            assertEquals(400, result.status());
            // 300 aliases of pages (1) { list (1) { four fields (4) } }.
            assertEquals("maximum query complexity exceeded 1800 > 1000", errors(result).get(0).get("message"));
        }
    }

    @Test
    void aFloodBehindAVariableConditionIsMeasuredWithEachRequestsVariables() {
        StringBuilder query = new StringBuilder("query ($all: Boolean!) { pages { list(limit: 1) { id } } ");
        for (int i = 0; i < 300; i++) {
            query.append(" a").append(i).append(": pages @include(if: $all) { list { id path title tags } }");
        }
        String document = query.append(" }").toString();
        String token = TestWikis.login(api);
        GraphQLResult small = api.execute(GraphQLRequest.of(document).withToken(token)
                .withVariables(Map.of("all", false)));
        assertEquals(200, small.status(), String.valueOf(small.body()));
        assertEquals(List.of(), errors(small));
        GraphQLResult large = api.execute(GraphQLRequest.of(document).withToken(token)
                .withVariables(Map.of("all", true)));
        assertEquals(400, large.status());
        assertTrue(String.valueOf(errors(large).get(0).get("message")).contains("complexity"));
        assertEquals(200, api.execute(GraphQLRequest.of(document).withToken(token)
                .withVariables(Map.of("all", false))).status());
    }

    @Test
    void theSchemaWiresEveryOperation() {
        assertEquals(List.of(), api.unwiredOperations());
    }
}
