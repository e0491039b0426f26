package io.wikiengine.graphql;

import static io.wikiengine.graphql.TestWikis.at;
import static io.wikiengine.graphql.TestWikis.errors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.access.Actor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pages namespace end to end through the in-JVM API. */
class PagesApiTest {

    private static final String CREATE = """
            mutation ($path: String!, $content: String!) {
              pages {
                create(content: $content, description: "d", editor: "markdown", isPublished: true,
                       isPrivate: false, locale: "en", path: $path, tags: ["Guide", "guide "], title: "T") {
                  responseResult { succeeded errorCode slug message }
                  page { id path locale editor render tags { tag } createdAt publishStartDate }
                }
              }
            }""";

    private Wiki wiki;
    private WikiGraphQL api;
    private String jwt;

    @BeforeEach
    void open() {
        wiki = TestWikis.wiki();
        api = WikiGraphQL.create(wiki);
        jwt = TestWikis.login(api);
    }

    @AfterEach
    void close() {
        wiki.close();
        // The host's store outlives a wiki built over it.
        wiki.storage().close();
    }

    private GraphQLResult run(String query, Map<String, Object> variables) {
        return api.execute(GraphQLRequest.of(query).withVariables(variables).withToken(jwt));
    }

    private int create(String path, String content) {
        GraphQLResult result = run(CREATE, Map.of("path", path, "content", content));
        assertEquals(List.of(), errors(result), result.body().toString());
        return (Integer) at(result, "pages.create.page.id");
    }

    @Test
    void decision30_createReturnsTheFullPageWithItsMessage() {
        GraphQLResult result = run(CREATE, Map.of("path", "docs/intro", "content", "# Hello\n\n[x](/en/docs/other)"));
        assertEquals(List.of(), errors(result));
        assertEquals("Page created successfully.", at(result, "pages.create.responseResult.message"));
        assertEquals("docs/intro", at(result, "pages.create.page.path"));
        assertEquals("en", at(result, "pages.create.page.locale"));
        assertEquals("markdown", at(result, "pages.create.page.editor"));
        assertEquals(List.of(Map.of("tag", "guide")), at(result, "pages.create.page.tags"));
        assertEquals("", at(result, "pages.create.page.publishStartDate"));
        assertTrue(((String) at(result, "pages.create.page.render")).contains("is-invalid-page"));
    }

    @Test
    void r_6_3_aDuplicateIsAResponseResult6002() {
        create("docs/a", "x");
        GraphQLResult again = run(CREATE, Map.of("path", "docs/a", "content", "y"));
        assertEquals(List.of(), errors(again));
        assertEquals(6002, at(again, "pages.create.responseResult.errorCode"));
        assertEquals("PageDuplicateCreate", at(again, "pages.create.responseResult.slug"));
        assertNull(at(again, "pages.create.page"));
    }

    @Test
    void readsListSingleByPathTreeAndSearch() {
        int id = create("docs/intro", "# Hello world\n\nsearchable words");
        create("docs/other", "other");
        GraphQLResult list = run("{ pages { list(limit: 1, orderBy: PATH, orderByDirection: DESC) { id path tags } } }",
                Map.of());
        assertEquals("docs/other", at(list, "pages.list.0.path"));
        GraphQLResult byPath = run("{ pages { singleByPath(path: \"docs/intro\", locale: \"en\") { id title content toc } } }",
                Map.of());
        assertEquals(id, at(byPath, "pages.singleByPath.id"));
        assertTrue(((String) at(byPath, "pages.singleByPath.toc")).contains("#hello-world"));
        GraphQLResult tree = run("{ pages { tree(mode: ALL, locale: \"en\") { id path isFolder parent } } }", Map.of());
        assertEquals("docs", at(tree, "pages.tree.0.path"));
        assertEquals(0, at(tree, "pages.tree.0.parent"));
        GraphQLResult search = run("{ pages { search(query: \"searchable\") { results { id path } totalHits } } }",
                Map.of());
        assertEquals(1, at(search, "pages.search.totalHits"));
        assertEquals(String.valueOf(id), at(search, "pages.search.results.0.id"));
    }

    @Test
    void r_4_2_5_contentWithoutReadSourceNullsTheSingleAndSaysForbiddenAtItsPath() {
        int id = create("docs/intro", "# Hello");
        Actor manager = Actor.user(1, "admin@example.com", "Administrator", Set.of("read:pages"), List.of(2));
        GraphQLResult result = api.execute(GraphQLRequest.of("{ pages { single(id: " + id + ") { id content } } }")
                .withActor(manager));
        assertNull(at(result, "pages.single"));
        Map<String, Object> error = errors(result).get(0);
        assertEquals("Forbidden", error.get("message"));
        assertEquals(List.of("pages", "single", "content"), error.get("path"));
    }

    @Test
    void decision08_updateKeepsOmittedFieldsAndHistoryRecordsTheVersion() {
        int id = create("docs/intro", "# v1");
        GraphQLResult update = run("mutation { pages { update(id: " + id + ", content: \"# v2\") "
                + "{ responseResult { succeeded message } page { content isPublished tags { tag } } } } }", Map.of());
        assertEquals("Page has been updated.", at(update, "pages.update.responseResult.message"));
        assertEquals(true, at(update, "pages.update.page.isPublished"));
        assertEquals(List.of(Map.of("tag", "guide")), at(update, "pages.update.page.tags"));
        GraphQLResult history = run("{ pages { history(id: " + id + ") { total trail { versionId actionType } } } }",
                Map.of());
        assertEquals(1, at(history, "pages.history.total"));
        int versionId = (Integer) at(history, "pages.history.trail.0.versionId");
        GraphQLResult version = run("{ pages { version(pageId: " + id + ", versionId: " + versionId
                + ") { content tags authorId } } }", Map.of());
        assertEquals("# v1", at(version, "pages.version.content"));
        assertEquals(List.of(), at(version, "pages.version.tags"));
        assertEquals("1", at(version, "pages.version.authorId"));
    }

    @Test
    void decision15_historyOfAnUnknownPageIsTheTopLevelError6003() {
        GraphQLResult result = run("{ pages { history(id: 999) { total } } }", Map.of());
        assertEquals("This page does not exist.", errors(result).get(0).get("message"));
        assertEquals(Map.of("code", 6003), ((Map<?, ?>) errors(result).get(0).get("extensions")).get("exception"));
    }

    @Test
    void r_6_14_1_checkConflictsComparesInstantsInAnyIsoForm() {
        int id = create("docs/intro", "x");
        GraphQLResult old = run("{ pages { checkConflicts(id: " + id + ", checkoutDate: \"2000-01-01T00:00:00+02:00\") } }",
                Map.of());
        assertEquals(true, at(old, "pages.checkConflicts"));
        GraphQLResult bad = run("{ pages { checkConflicts(id: " + id + ", checkoutDate: \"yesterday\") } }", Map.of());
        assertEquals(400, bad.status());
    }

    @Test
    void movesDeletesAndTagsAnswerWithTheirMessages() {
        int id = create("docs/intro", "x");
        GraphQLResult move = run("mutation { pages { move(id: " + id + ", destinationPath: \"guide/intro\", "
                + "destinationLocale: \"en\") { responseResult { succeeded message } } } }", Map.of());
        assertEquals("Page has been moved.", at(move, "pages.move.responseResult.message"));
        GraphQLResult tags = run("{ pages { tags { id tag title } searchTags(query: \"gui\") } }", Map.of());
        assertEquals("guide", at(tags, "pages.tags.0.tag"));
        assertEquals(List.of("guide"), at(tags, "pages.searchTags"));
        GraphQLResult delete = run("mutation { pages { delete(id: " + id + ") { responseResult { message } } } }",
                Map.of());
        assertEquals("Page has been deleted.", at(delete, "pages.delete.responseResult.message"));
        GraphQLResult missing = run("mutation { pages { delete(id: " + id + ") { responseResult { errorCode } } } }",
                Map.of());
        assertEquals(6003, at(missing, "pages.delete.responseResult.errorCode"));
    }

    @Test
    void anApiKeyActsAsItsGroupUntilRevoked() {
        GraphQLResult state = run("mutation { authentication { setApiState(enabled: true) { responseResult { message } } } }",
                Map.of());
        assertEquals("API State changed successfully", at(state, "authentication.setApiState.responseResult.message"));
        GraphQLResult created = run("mutation { authentication { createApiKey(name: \"ci\", expiration: \"30d\", "
                + "fullAccess: true) { key responseResult { message } } } }", Map.of());
        String key = (String) at(created, "authentication.createApiKey.key");
        assertNotNull(key, created.body().toString());
        GraphQLResult write = api.execute(GraphQLRequest.of(CREATE)
                .withVariables(Map.of("path", "from/key", "content", "by key")).withToken(key));
        assertEquals(true, at(write, "pages.create.responseResult.succeeded"), write.body().toString());
        GraphQLResult keys = run("{ authentication { apiKeys { id name keyShort isRevoked } } }", Map.of());
        int keyId = (Integer) at(keys, "authentication.apiKeys.0.id");
        run("mutation { authentication { revokeApiKey(id: " + keyId + ") { responseResult { succeeded } } } }", Map.of());
        GraphQLResult refused = api.execute(GraphQLRequest.of("{ pages { list { id } } }").withToken(key));
        assertEquals(401, refused.status());
        assertEquals("API Key is invalid or was revoked.", errors(refused).get(0).get("message"));
    }
}
