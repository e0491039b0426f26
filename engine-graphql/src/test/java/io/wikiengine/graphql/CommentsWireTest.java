package io.wikiengine.graphql;

import static io.wikiengine.graphql.TestWikis.at;
import static io.wikiengine.graphql.TestWikis.errors;
import static io.wikiengine.graphql.Wire.failed;
import static io.wikiengine.graphql.Wire.forbidden;
import static io.wikiengine.graphql.Wire.isDate;
import static io.wikiengine.graphql.Wire.list;
import static io.wikiengine.graphql.Wire.ok;
import static io.wikiengine.graphql.Wire.succeeded;
import static io.wikiengine.graphql.Wire.thrown;
import static io.wikiengine.graphql.Wire.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.error.WikiError;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the {@code comments} namespace over the wire. The class runs with the default provider's
 * {@code minDelay} at 0 so that one author may post several times; each post uses a client key of its own
 * because of the 1-per-15-seconds {@code @rateLimit}.
 */
class CommentsWireTest {

    private static final String RESULT = "responseResult { succeeded errorCode slug message }";

    private static final String CREATE = """
            mutation PostComment($pageId: Int!, $replyTo: Int, $content: String!, $guestName: String, $guestEmail: String) {
              comments {
                create(pageId: $pageId, replyTo: $replyTo, content: $content, guestName: $guestName,
                       guestEmail: $guestEmail) {
                  responseResult { succeeded errorCode slug message }
                  id
                  __typename
                }
              }
            }""";

    private static final String PROVIDERS = """
            mutation ($providers: [CommentProviderInput]) {
              comments { updateProviders(providers: $providers) { responseResult { succeeded errorCode slug message } } }
            }""";

    private static final AtomicInteger PATHS = new AtomicInteger();

    private static Wiki wiki;
    private static WikiGraphQL api;
    private static String jwt;

    @BeforeAll
    static void open() {
        wiki = TestWikis.wiki();
        api = WikiGraphQL.create(wiki);
        jwt = TestWikis.login(api);
        succeeded(admin(PROVIDERS, vars("providers", List.of(provider(true, 0)))), "comments.updateProviders",
                "Comment Providers updated successfully");
    }

    @AfterAll
    static void close() {
        wiki.close();
    }

    private static Map<String, Object> provider(boolean enabled, int minDelay) {
        return Map.of("isEnabled", enabled, "key", "default", "config",
                List.of(Map.of("key", "minDelay", "value", "{\"v\":" + minDelay + "}")));
    }

    private static GraphQLResult admin(String query, Map<String, @Nullable Object> variables) {
        return api.execute(GraphQLRequest.of(query).withVariables(variables).withToken(jwt)
                .withClientKey(TestWikis.freshClient()));
    }

    private static GraphQLResult as(Actor actor, String query, Map<String, @Nullable Object> variables) {
        return api.execute(GraphQLRequest.of(query).withVariables(variables).withActor(actor)
                .withClientKey(TestWikis.freshClient()));
    }

    private static GraphQLResult guest(String query, Map<String, @Nullable Object> variables) {
        return api.execute(GraphQLRequest.of(query).withVariables(variables).withClientKey(TestWikis.freshClient()));
    }

    private static String page() {
        String path = "talk/p" + PATHS.incrementAndGet();
        GraphQLResult created = admin("mutation ($path: String!) { pages { create(content: \"x\", description: \"\", "
                + "editor: \"markdown\", isPublished: true, isPrivate: false, locale: \"en\", path: $path, tags: "
                + "[\"talk\"], title: \"t\") { responseResult { succeeded } page { id } } } }", vars("path", path));
        assertEquals(true, at(created, "pages.create.responseResult.succeeded"), created.body().toString());
        return path + "#" + at(created, "pages.create.page.id");
    }

    private static int pageId(String page) {
        return Integer.parseInt(page.substring(page.indexOf('#') + 1));
    }

    private static String pathOf(String page) {
        return page.substring(0, page.indexOf('#'));
    }

    private static int post(int pageId, String content) {
        GraphQLResult result = admin(CREATE, vars("pageId", pageId, "content", content));
        succeeded(result, "comments.create", "New comment posted successfully");
        return (Integer) at(result, "comments.create.id");
    }

    /** A signed-in user other than the administrator, with these scopes and the Guests group's rules. */
    private static Actor member(int id, Set<String> scopes) {
        return Actor.user(id, "member" + id + "@example.com", "Member " + id, scopes, List.of(2));
    }

    private static int user() {
        GraphQLResult result = admin("mutation ($email: String!) { users { create(email: $email, name: \"Member\", "
                + "passwordRaw: \"member-pass\", providerKey: \"local\", groups: [2]) { user { id } } } }",
                vars("email", "c" + PATHS.incrementAndGet() + "@example.com"));
        return (Integer) at(result, "users.create.user.id");
    }

    @Test
    void r_10_2_providersListTheDefaultOneWithItsConfig() {
        GraphQLResult result = ok(admin("{ comments { providers { isEnabled key title description logo website "
                + "isAvailable config { key value } __typename } } }", Map.of()));
        Map<String, Object> local = list(result, "comments.providers").stream()
                .filter(p -> "default".equals(p.get("key"))).findFirst().orElseThrow();
        assertEquals(true, local.get("isEnabled"));
        assertEquals(true, local.get("isAvailable"));
        assertEquals("CommentProvider", local.get("__typename"));
        List<?> config = (List<?>) local.get("config");
        assertTrue(config.stream().anyMatch(kv -> "minDelay".equals(((Map<?, ?>) kv).get("key"))), config.toString());
        forbidden(guest("{ comments { providers { key } } }", Map.of()), "comments.providers");
    }

    @Test
    void r_10_2_updateProvidersRefusesWhatIsUnknown() {
        GraphQLResult result = admin(PROVIDERS, vars("providers", List.of(Map.of("isEnabled", true, "key", "nope"))));
        ok(result);
        assertEquals(1012, at(result, "comments.updateProviders.responseResult.errorCode"));
        forbidden(guest(PROVIDERS, vars("providers", List.of())), "comments.updateProviders");
    }

    @Test
    void r_10_3_listReturnsThePostsOldestFirstWithTheirFields() {
        String page = page();
        int first = post(pageId(page), "First **comment**");
        int second = post(pageId(page), "Second one");
        GraphQLResult result = ok(admin("""
                query ($locale: String!, $path: String!) { comments { list(locale: $locale, path: $path) {
                  id content render authorId authorName authorEmail authorIP createdAt updatedAt __typename } } }""",
                vars("locale", "en", "path", pathOf(page))));
        List<Map<String, Object>> posts = list(result, "comments.list");
        assertEquals(List.of(first, second), posts.stream().map(p -> p.get("id")).toList());
        Map<String, Object> post = posts.get(0);
        assertEquals("First **comment**", post.get("content"));
        assertTrue(((String) post.get("render")).contains("<strong>comment</strong>"));
        assertEquals(1, post.get("authorId"));
        assertEquals("Administrator", post.get("authorName"));
        assertEquals(TestWikis.ADMIN_EMAIL, post.get("authorEmail"));
        assertEquals("CommentPost", post.get("__typename"));
        isDate(post.get("createdAt"));
        isDate(post.get("updatedAt"));
        assertEquals(List.of(), at(ok(admin("{ comments { list(locale: \"en\", path: \"no/page\") { id } } }",
                Map.of())), "comments.list"));
    }

    @Test
    void r_4_2_5_theGuestReadsPostsButNotTheirSourceOrAuthorEmail() {
        String page = page();
        post(pageId(page), "Visible");
        GraphQLResult readable = ok(guest("query ($path: String!) { comments { list(locale: \"en\", path: $path) { id "
                + "render authorName } } }", vars("path", pathOf(page))));
        assertEquals(1, list(readable, "comments.list").size());
        GraphQLResult source = guest("query ($path: String!) { comments { list(locale: \"en\", path: $path) { id "
                + "content } } }", vars("path", pathOf(page)));
        forbidden(source, "comments.list.0.content");
        assertNull(at(source, "comments.list.0"));
        forbidden(guest("query ($path: String!) { comments { list(locale: \"en\", path: $path) { authorEmail } } }",
                vars("path", pathOf(page))), "comments.list.0.authorEmail");
    }

    @Test
    void r_10_3_listAndSingleWithoutAReadCommentsRuleAre8006() {
        String page = page();
        int id = post(pageId(page), "Hidden");
        int group = (Integer) at(admin("mutation { groups { create(name: \"No comments\") { group { id } } } }",
                Map.of()), "groups.create.group.id");
        ok(admin("""
                mutation ($id: Int!) { groups { update(id: $id, name: "No comments", redirectOnLogin: "/",
                  permissions: ["read:pages", "read:comments"], pageRules: [
                    {id: "a", deny: false, match: START, roles: ["read:pages"], path: "", locales: []}]) {
                  responseResult { succeeded } } } }""", vars("id", group)));
        Actor outsider = Actor.user(1, TestWikis.ADMIN_EMAIL, "Administrator", Set.of("read:comments"), List.of(group));
        GraphQLResult listed = as(outsider, "query ($path: String!) { comments { list(locale: \"en\", path: $path) "
                + "{ id } } }", vars("path", pathOf(page)));
        Wire.topLevel(listed, "comments.list", WikiError.COMMENT_VIEW_FORBIDDEN.message(),
                WikiError.COMMENT_VIEW_FORBIDDEN.code());
        assertNull(at(listed, "comments"));
        thrown(as(outsider, "query ($id: Int!) { comments { single(id: $id) { id } } }", vars("id", id)),
                "comments.single", WikiError.COMMENT_VIEW_FORBIDDEN);
    }

    @Test
    void r_10_4_singleAndItsFailures() {
        String page = page();
        int id = post(pageId(page), "Only one");
        GraphQLResult result = ok(admin("query ($id: Int!) { comments { single(id: $id) { id content render authorId "
                + "authorName authorEmail authorIP createdAt updatedAt } } }", vars("id", id)));
        assertEquals("Only one", at(result, "comments.single.content"));
        thrown(admin("{ comments { single(id: 4242) { id } } }", Map.of()), "comments.single",
                WikiError.COMMENT_NOT_FOUND);
        succeeded(admin("mutation ($id: Int!) { pages { delete(id: $id) { " + RESULT + " } } }",
                vars("id", pageId(page))), "pages.delete", "Page has been deleted.");
        thrown(admin("query ($id: Int!) { comments { single(id: $id) { id } } }", vars("id", id)), "comments.single",
                WikiError.COMMENT_NOT_FOUND);
    }

    @Test
    void r_10_5_createFailuresInOrder() {
        String page = page();
        int pageId = pageId(page);
        Actor guestActor = wiki.auth().guest();
        Actor postingGuest = Actor.guest(Set.of("read:pages", "write:comments"), guestActor.groups());
        failed(as(postingGuest, CREATE, vars("pageId", pageId, "content", "Hello", "guestName", "Ann",
                "guestEmail", "not-an-email")), "comments.create", WikiError.INPUT_INVALID,
                "Email is not a valid email");
        failed(as(postingGuest, CREATE, vars("pageId", pageId, "content", "Hello", "guestName", "A",
                "guestEmail", "ann@example.com")), "comments.create", WikiError.INPUT_INVALID,
                "Name is too short (minimum is 2 characters)");
        failed(admin(CREATE, vars("pageId", pageId, "content", " x ")), "comments.create",
                WikiError.COMMENT_CONTENT_MISSING);
        failed(admin(CREATE, vars("pageId", 4242, "content", "Hello")), "comments.create", WikiError.PAGE_NOT_FOUND);
        failed(as(postingGuest, CREATE, vars("pageId", pageId, "content", "Hello", "guestName", "Ann",
                "guestEmail", "ann@example.com")), "comments.create", WikiError.COMMENT_POST_FORBIDDEN);
        String other = page();
        int elsewhere = post(pageId(other), "Elsewhere");
        failed(admin(CREATE, vars("pageId", pageId, "replyTo", elsewhere, "content", "Reply")), "comments.create",
                WikiError.COMMENT_NOT_FOUND);
        int reply = post(pageId, "Thread start");
        GraphQLResult answered = admin(CREATE, vars("pageId", pageId, "replyTo", reply, "content", "Reply"));
        succeeded(answered, "comments.create", "New comment posted successfully");
        assertEquals("CommentCreateResponse", at(answered, "comments.create.__typename"));
        forbidden(guest(CREATE, vars("pageId", pageId, "content", "Hello")), "comments.create");
    }

    @Test
    void r_1_5_aSecondCommentFromTheSameClientWithinFifteenSecondsIsLimited() {
        int pageId = pageId(page());
        GraphQLRequest request = GraphQLRequest.of(CREATE).withVariables(vars("pageId", pageId, "content", "One"))
                .withToken(jwt).withClientKey(TestWikis.freshClient());
        succeeded(api.execute(request), "comments.create", "New comment posted successfully");
        GraphQLResult limited = api.execute(request);
        String message = (String) errors(limited).get(0).get("message");
        assertTrue(message.matches("Too many requests, please try again in \\d+ seconds\\."), message);
        assertNull(at(limited, "comments.create"));
    }

    @Test
    void r_10_5_7_theMinimumDelayBetweenTwoCommentsOfOneAuthor() {
        int pageId = pageId(page());
        int author = user();
        Actor actor = member(author, Set.of("write:comments"));
        ok(admin("""
                mutation { groups { update(id: 2, name: "Guests", redirectOnLogin: "/",
                  permissions: ["read:pages", "read:assets", "read:comments"], pageRules: [
                    {id: "guest", deny: false, match: START, roles: ["read:pages", "read:assets", "read:comments",
                     "write:comments"], path: "", locales: []}]) { responseResult { succeeded } } } }""", Map.of()));
        succeeded(admin(PROVIDERS, vars("providers", List.of(provider(true, 30)))), "comments.updateProviders",
                "Comment Providers updated successfully");
        try {
            succeeded(as(actor, CREATE, vars("pageId", pageId, "content", "First")), "comments.create",
                    "New comment posted successfully");
            failed(as(actor, CREATE, vars("pageId", pageId, "content", "Second")), "comments.create", 1, "Error",
                    "Your administrator has set a time limit before you can post another comment. Try again later.");
        } finally {
            succeeded(admin(PROVIDERS, vars("providers", List.of(provider(true, 0)))), "comments.updateProviders",
                    "Comment Providers updated successfully");
            ok(admin("""
                    mutation { groups { update(id: 2, name: "Guests", redirectOnLogin: "/",
                      permissions: ["read:pages", "read:assets", "read:comments"], pageRules: [
                        {id: "guest", deny: false, match: START, roles: ["read:pages", "read:assets", "read:comments"],
                         path: "", locales: []}]) { responseResult { succeeded } } } }""", Map.of()));
        }
    }

    @Test
    void decision27_updateAndDeleteByTheAuthorAndTheirFailures() {
        String page = page();
        int pageId = pageId(page);
        int author = user();
        int stranger = user();
        ok(admin("""
                mutation { groups { update(id: 2, name: "Guests", redirectOnLogin: "/",
                  permissions: ["read:pages", "read:assets", "read:comments"], pageRules: [
                    {id: "guest", deny: false, match: START, roles: ["read:pages", "read:assets", "read:comments",
                     "write:comments"], path: "", locales: []}]) { responseResult { succeeded } } } }""", Map.of()));
        try {
            Actor writer = member(author, Set.of("write:comments", "read:comments"));
            GraphQLResult created = as(writer, CREATE, vars("pageId", pageId, "content", "Mine"));
            succeeded(created, "comments.create", "New comment posted successfully");
            int id = (Integer) at(created, "comments.create.id");
            String update = "mutation ($id: Int!, $content: String!) { comments { update(id: $id, content: $content) "
                    + "{ " + RESULT + " render __typename } } }";
            GraphQLResult updated = as(writer, update, vars("id", id, "content", "Mine, *edited*"));
            succeeded(updated, "comments.update", "Comment updated successfully");
            assertTrue(((String) at(updated, "comments.update.render")).contains("<em>edited</em>"));
            assertEquals("CommentUpdateResponse", at(updated, "comments.update.__typename"));
            failed(as(writer, update, vars("id", id, "content", " ")), "comments.update",
                    WikiError.COMMENT_CONTENT_MISSING);
            failed(as(writer, update, vars("id", 4242, "content", "xx")), "comments.update",
                    WikiError.COMMENT_NOT_FOUND);
            Actor other = member(stranger, Set.of("write:comments"));
            failed(as(other, update, vars("id", id, "content", "Not mine")), "comments.update",
                    WikiError.COMMENT_MANAGE_FORBIDDEN);
            String delete = "mutation ($id: Int!) { comments { delete(id: $id) { " + RESULT + " } } }";
            failed(as(member(stranger, Set.of("manage:comments")), delete, vars("id", id)), "comments.delete",
                    WikiError.COMMENT_MANAGE_FORBIDDEN);
            failed(admin(delete, vars("id", 4242)), "comments.delete", WikiError.COMMENT_NOT_FOUND);
            forbidden(guest(delete, vars("id", id)), "comments.delete");
            succeeded(admin(delete, vars("id", id)), "comments.delete", "Comment deleted successfully");
        } finally {
            ok(admin("""
                    mutation { groups { update(id: 2, name: "Guests", redirectOnLogin: "/",
                      permissions: ["read:pages", "read:assets", "read:comments"], pageRules: [
                        {id: "guest", deny: false, match: START, roles: ["read:pages", "read:assets", "read:comments"],
                         path: "", locales: []}]) { responseResult { succeeded } } } }""", Map.of()));
        }
    }

    @Test
    void decision27_withTheProviderOffEveryOperationAnswers8002Or8006() {
        String page = page();
        int id = post(pageId(page), "Before");
        succeeded(admin(PROVIDERS, vars("providers", List.of(provider(false, 0)))), "comments.updateProviders",
                "Comment Providers updated successfully");
        try {
            failed(admin(CREATE, vars("pageId", pageId(page), "content", "After")), "comments.create",
                    WikiError.COMMENT_POST_FORBIDDEN);
            thrown(admin("query ($id: Int!) { comments { single(id: $id) { id } } }", vars("id", id)),
                    "comments.single", WikiError.COMMENT_VIEW_FORBIDDEN);
            failed(admin("mutation ($id: Int!) { comments { update(id: $id, content: \"xx\") { " + RESULT + " } } }",
                    vars("id", id)), "comments.update", WikiError.COMMENT_POST_FORBIDDEN);
            failed(admin("mutation ($id: Int!) { comments { delete(id: $id) { " + RESULT + " } } }", vars("id", id)),
                    "comments.delete", WikiError.COMMENT_POST_FORBIDDEN);
        } finally {
            succeeded(admin(PROVIDERS, vars("providers", List.of(provider(true, 0)))), "comments.updateProviders",
                    "Comment Providers updated successfully");
        }
    }
}
