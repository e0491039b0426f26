package io.wikiengine.graphql;

import static io.wikiengine.graphql.TestWikis.at;
import static io.wikiengine.graphql.Wire.failed;
import static io.wikiengine.graphql.Wire.forbidden;
import static io.wikiengine.graphql.Wire.isDate;
import static io.wikiengine.graphql.Wire.list;
import static io.wikiengine.graphql.Wire.ok;
import static io.wikiengine.graphql.Wire.succeeded;
import static io.wikiengine.graphql.Wire.thrown;
import static io.wikiengine.graphql.Wire.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Every operation of the {@code pages} namespace over the wire: success with the fields a Wiki.js client
 * selects, and each error code a client can meet. One wiki for the class; each test uses paths of its own.
 */
class PagesWireTest {

    private static final String CREATE = """
            mutation CreatePage($content: String!, $description: String!, $editor: String!, $isPublished: Boolean!,
                                $isPrivate: Boolean!, $locale: String!, $path: String!, $publishEndDate: Date,
                                $publishStartDate: Date, $scriptCss: String, $scriptJs: String, $tags: [String]!,
                                $title: String!) {
              pages {
                create(content: $content, description: $description, editor: $editor, isPublished: $isPublished,
                       isPrivate: $isPrivate, locale: $locale, path: $path, publishEndDate: $publishEndDate,
                       publishStartDate: $publishStartDate, scriptCss: $scriptCss, scriptJs: $scriptJs,
                       tags: $tags, title: $title) {
                  responseResult { succeeded errorCode slug message __typename }
                  page { ...PageFull }
                  __typename
                }
                __typename
              }
            }
            fragment PageFull on Page {
              id path hash title description isPrivate isPublished privateNS publishStartDate publishEndDate
              tags { id tag title createdAt updatedAt __typename }
              content render toc contentType createdAt updatedAt editor locale scriptCss scriptJs
              authorId authorName authorEmail creatorId creatorName creatorEmail __typename
            }""";

    private static final String RESULT = "responseResult { succeeded errorCode slug message }";

    private static final AtomicInteger PATHS = new AtomicInteger();

    private static Wiki wiki;
    private static WikiGraphQL api;
    private static String jwt;
    /** A group whose page rule lets its members read pages but nothing else. */
    private static int readersGroup;

    @BeforeAll
    static void open() {
        wiki = TestWikis.wiki();
        api = WikiGraphQL.create(wiki);
        jwt = TestWikis.login(api);
        readersGroup = group("Readers", List.of("read:pages"));
    }

    @AfterAll
    static void close() {
        wiki.close();
    }

    private static int group(String name, List<String> roles) {
        GraphQLResult created = admin("mutation ($name: String!) { groups { create(name: $name) { "
                + RESULT + " group { id } } } }", vars("name", name));
        int id = (Integer) at(created, "groups.create.group.id");
        ok(admin("""
                mutation ($id: Int!, $name: String!, $roles: [String]!) {
                  groups { update(id: $id, name: $name, redirectOnLogin: "/", permissions: $roles,
                    pageRules: [{id: "r", deny: false, match: START, roles: $roles, path: "", locales: []}]) {
                    responseResult { succeeded } } }
                }""", vars("id", id, "name", name, "roles", roles)));
        return id;
    }

    private static GraphQLResult admin(String query, Map<String, @Nullable Object> variables) {
        return api.execute(GraphQLRequest.of(query).withVariables(variables).withToken(jwt));
    }

    private static GraphQLResult admin(String query) {
        return admin(query, Map.of());
    }

    /** A user with these global scopes whose page rules are those of the readers group only. */
    private static GraphQLResult as(Set<String> scopes, String query) {
        Actor actor = Actor.user(1, TestWikis.ADMIN_EMAIL, "Administrator", scopes, List.of(readersGroup));
        return api.execute(GraphQLRequest.of(query).withActor(actor));
    }

    private static String freshPath() {
        return "wire/p" + PATHS.incrementAndGet();
    }

    private static Map<String, @Nullable Object> page(String path, String content) {
        return vars("content", content, "description", "A description", "editor", "markdown", "isPublished", true,
                "isPrivate", false, "locale", "en", "path", path, "tags", List.of("Wire", " guide "),
                "title", "Title of " + path);
    }

    private static int create(String path, String content) {
        GraphQLResult result = admin(CREATE, page(path, content));
        succeeded(result, "pages.create", "Page created successfully.");
        return (Integer) at(result, "pages.create.page.id");
    }

    // ------------------------------------------------------------------------------------------ create

    @Test
    void decision30_createAnswersWithTheWholePageAndItsMessage() {
        String path = freshPath();
        Map<String, @Nullable Object> input = page(path, "# Hello\n\nSee [other](/en/nowhere).");
        input.put("publishStartDate", "2026-01-02T03:04:05+02:00");
        input.put("publishEndDate", "");
        input.put("scriptCss", "body { color: red; }");
        input.put("scriptJs", "console.log(1)");
        GraphQLResult result = admin(CREATE, input);
        succeeded(result, "pages.create", "Page created successfully.");
        assertEquals("PageResponse", at(result, "pages.create.__typename"));
        assertEquals("PageMutation", at(result, "pages.__typename"));
        assertEquals("ResponseStatus", at(result, "pages.create.responseResult.__typename"));
        Map<?, ?> page = (Map<?, ?>) at(result, "pages.create.page");
        assertEquals(path, page.get("path"));
        assertEquals("en", page.get("locale"));
        assertEquals("markdown", page.get("editor"));
        assertEquals("markdown", page.get("contentType"));
        assertEquals("Title of " + path, page.get("title"));
        assertEquals("A description", page.get("description"));
        assertEquals(true, page.get("isPublished"));
        assertEquals(false, page.get("isPrivate"));
        assertEquals("2026-01-02T01:04:05.000Z", page.get("publishStartDate"));
        assertEquals("", page.get("publishEndDate"));
        assertTrue(((String) page.get("hash")).matches("[0-9a-f]{40}"), (String) page.get("hash"));
        assertTrue(((String) page.get("render")).contains("is-invalid-page"));
        assertTrue(((String) page.get("toc")).contains("#hello"));
        assertEquals("console.log(1)", page.get("scriptJs"));
        assertTrue(((String) page.get("scriptCss")).contains("color"));
        assertEquals(1, page.get("authorId"));
        assertEquals("Administrator", page.get("authorName"));
        assertEquals(TestWikis.ADMIN_EMAIL, page.get("authorEmail"));
        assertEquals(1, page.get("creatorId"));
        assertEquals("Administrator", page.get("creatorName"));
        assertEquals(TestWikis.ADMIN_EMAIL, page.get("creatorEmail"));
        isDate(page.get("createdAt"));
        isDate(page.get("updatedAt"));
        List<?> tags = (List<?>) page.get("tags");
        assertEquals(List.of("guide", "wire"), tags.stream().map(t -> ((Map<?, ?>) t).get("tag")).sorted().toList());
        Map<?, ?> tag = (Map<?, ?>) tags.get(0);
        isDate(tag.get("createdAt"));
        isDate(tag.get("updatedAt"));
        assertEquals("PageTag", tag.get("__typename"));
    }

    @Test
    void r_6_3_createFailuresAreResponseResults() {
        String path = freshPath();
        create(path, "x");
        failed(admin(CREATE, page(path, "again")), "pages.create", WikiError.PAGE_DUPLICATE_CREATE);
        assertNull(at(admin(CREATE, page(path, "again")), "pages.create.page"));
        failed(admin(CREATE, page(freshPath(), "   ")), "pages.create", WikiError.PAGE_EMPTY_CONTENT);
        failed(admin(CREATE, page("wire/a b", "x")), "pages.create", WikiError.PAGE_ILLEGAL_PATH);
        failed(admin(CREATE, page("wire/a.b", "x")), "pages.create", WikiError.PAGE_ILLEGAL_PATH);
    }

    @Test
    void decision35_aReservedPathIs6005() {
        failed(admin(CREATE, page("login/x", "x")), "pages.create", WikiError.PAGE_ILLEGAL_PATH);
    }

    @Test
    void decision33_anUnknownEditorIs1012NamingTheValidKeys() {
        Map<String, @Nullable Object> input = page(freshPath(), "x");
        input.put("editor", "wordstar");
        GraphQLResult result = admin(CREATE, input);
        ok(result);
        assertEquals(1012, at(result, "pages.create.responseResult.errorCode"));
        assertEquals("InputInvalid", at(result, "pages.create.responseResult.slug"));
        String message = (String) at(result, "pages.create.responseResult.message");
        assertTrue(message.contains("markdown") && message.contains("ckeditor") && message.contains("asciidoc"), message);
    }

    @Test
    void decision36_aMalformedLocaleIs1012AndAWellFormedOneIsAccepted() {
        Map<String, @Nullable Object> bad = page(freshPath(), "x");
        bad.put("locale", "not a locale!");
        GraphQLResult result = admin(CREATE, bad);
        ok(result);
        assertEquals(1012, at(result, "pages.create.responseResult.errorCode"));
        Map<String, @Nullable Object> good = page(freshPath(), "x");
        good.put("locale", "pt-br");
        GraphQLResult created = admin(CREATE, good);
        succeeded(created, "pages.create", "Page created successfully.");
        assertEquals("pt-br", at(created, "pages.create.page.locale"));
    }

    @Test
    void decision01_createWithoutAWritePagesRuleIs6008() {
        GraphQLResult result = api.execute(GraphQLRequest.of(CREATE).withVariables(page(freshPath(), "x"))
                .withActor(Actor.user(1, TestWikis.ADMIN_EMAIL, "Administrator", Set.of("write:pages"),
                        List.of(readersGroup))));
        failed(result, "pages.create", WikiError.PAGE_CREATE_FORBIDDEN);
    }

    @Test
    void r_4_2_2_theGuestCannotCreateAndTheMutationIsNull() {
        GraphQLResult result = api.execute(GraphQLRequest.of(CREATE).withVariables(page(freshPath(), "x")));
        forbidden(result, "pages.create");
        assertNull(at(result, "pages.create"));
    }

    @Test
    void decision24_aDateThatIsNoDateIsACoercionErrorNamingIt() {
        Map<String, @Nullable Object> input = page(freshPath(), "x");
        input.put("publishStartDate", "next tuesday");
        GraphQLResult result = admin(CREATE, input);
        assertEquals(400, result.status());
        String message = (String) TestWikis.errors(result).get(0).get("message");
        assertTrue(message.contains("publishStartDate"), message);
    }

    // ------------------------------------------------------------------------------------------ update

    @Test
    void decision08_updateChangesWhatIsGivenAndKeepsTheRest() {
        String path = freshPath();
        int id = create(path, "# v1");
        GraphQLResult result = admin("""
                mutation ($id: Int!, $content: String, $tags: [String]) {
                  pages { update(id: $id, content: $content, tags: $tags, publishEndDate: "2030-01-01T00:00:00.5Z") {
                    responseResult { succeeded errorCode slug message }
                    page { id content title isPublished publishEndDate tags { tag } updatedAt editor locale render }
                  } }
                }""", vars("id", id, "content", "# v2", "tags", "single"));
        succeeded(result, "pages.update", "Page has been updated.");
        assertEquals("# v2", at(result, "pages.update.page.content"));
        assertEquals("Title of " + path, at(result, "pages.update.page.title"));
        assertEquals(true, at(result, "pages.update.page.isPublished"));
        assertEquals("2030-01-01T00:00:00.500Z", at(result, "pages.update.page.publishEndDate"));
        assertEquals(List.of(Map.of("tag", "single")), at(result, "pages.update.page.tags"));
        assertTrue(((String) at(result, "pages.update.page.render")).contains("v2"));
    }

    @Test
    void r_6_4_updateFailuresAreResponseResults() {
        String path = freshPath();
        int id = create(path, "x");
        String other = freshPath();
        create(other, "y");
        String update = "mutation ($id: Int!, $content: String, $path: String) { pages { update(id: $id, "
                + "content: $content, path: $path) { " + RESULT + " page { id } } } }";
        failed(admin(update, vars("id", 99_999, "content", "z")), "pages.update", WikiError.PAGE_NOT_FOUND);
        failed(admin(update, vars("id", id, "content", "")), "pages.update", WikiError.PAGE_EMPTY_CONTENT);
        failed(admin(update, vars("id", id, "content", "z", "path", other)), "pages.update",
                WikiError.PAGE_PATH_COLLISION);
        failed(admin(update, vars("id", id, "content", "z", "path", "bad path")), "pages.update",
                WikiError.PAGE_ILLEGAL_PATH);
        GraphQLResult forbidden = as(Set.of("write:pages"), "mutation { pages { update(id: " + id
                + ", content: \"z\") { " + RESULT + " } } }");
        failed(forbidden, "pages.update", WikiError.PAGE_UPDATE_FORBIDDEN);
    }

    @Test
    void r_6_4_aMoveThroughUpdateWithoutManagePagesIs6007() {
        int writers = group("Writers " + PATHS.incrementAndGet(), List.of("read:pages", "write:pages"));
        int id = create(freshPath(), "x");
        Actor writer = Actor.user(1, TestWikis.ADMIN_EMAIL, "Administrator", Set.of("write:pages"), List.of(writers));
        GraphQLResult result = api.execute(GraphQLRequest.of("mutation { pages { update(id: " + id
                + ", content: \"y\", path: \"" + freshPath() + "\") { " + RESULT + " } } }").withActor(writer));
        failed(result, "pages.update", WikiError.PAGE_MOVE_FORBIDDEN);
    }

    // ------------------------------------------------------------------------------------------ reads

    @Test
    void singleAndSingleByPathReturnThePageAsTheEditorLoadsIt() {
        String path = freshPath();
        int id = create(path, "# Title\n\nbody");
        String query = """
                query ($id: Int!, $path: String!) {
                  byId: pages { single(id: $id) { ...P } }
                  byPath: pages { singleByPath(path: $path, locale: "en") { ...P } }
                }
                fragment P on Page {
                  id path locale title description isPrivate isPublished publishStartDate publishEndDate
                  tags { tag title } content render toc scriptCss scriptJs createdAt updatedAt editor
                  creatorId creatorName authorId authorName contentType __typename
                }""";
        GraphQLResult result = ok(admin(query, vars("id", id, "path", path)));
        assertEquals(at(result, "byId.single"), at(result, "byPath.singleByPath"));
        assertEquals(id, at(result, "byId.single.id"));
        assertEquals("Page", at(result, "byId.single.__typename"));
        assertEquals("", at(result, "byId.single.publishStartDate"));
        assertEquals("# Title\n\nbody", at(result, "byId.single.content"));
        assertEquals("", at(result, "byId.single.scriptJs"));
        isDate(at(result, "byId.single.createdAt"));
    }

    @Test
    void r_6_11_2_singleOfAnUnknownOrUnreadablePageIsThrown() {
        thrown(admin("{ pages { single(id: 99999) { id } } }"), "pages.single", WikiError.PAGE_NOT_FOUND);
        thrown(admin("{ pages { singleByPath(path: \"wire/none\", locale: \"en\") { id } } }"), "pages.singleByPath",
                WikiError.PAGE_NOT_FOUND);
        String path = freshPath();
        int id = create(path, "x");
        int nobody = group("Nobody " + PATHS.incrementAndGet(), List.of("read:comments"));
        Actor outsider = Actor.user(1, TestWikis.ADMIN_EMAIL, "Administrator", Set.of("read:pages"), List.of(nobody));
        thrown(api.execute(GraphQLRequest.of("{ pages { single(id: " + id + ") { id } } }").withActor(outsider)),
                "pages.single", WikiError.PAGE_VIEW_FORBIDDEN);
        thrown(api.execute(GraphQLRequest.of("{ pages { singleByPath(path: \"" + path + "\", locale: \"en\") "
                + "{ id } } }").withActor(outsider)), "pages.singleByPath", WikiError.PAGE_VIEW_FORBIDDEN);
    }

    @Test
    void r_4_2_5_contentWithoutReadSourceIsForbiddenAtItsPathAndNullsThePage() {
        int id = create(freshPath(), "secret source");
        GraphQLResult result = as(Set.of("read:pages"), "{ pages { single(id: " + id + ") { id title content } } }");
        forbidden(result, "pages.single.content");
        assertNull(at(result, "pages.single"));
        GraphQLResult withoutContent = ok(as(Set.of("read:pages"), "{ pages { single(id: " + id + ") { id title "
                + "render } } }"));
        assertEquals(id, at(withoutContent, "pages.single.id"));
        GraphQLResult withSource = ok(as(Set.of("read:pages", "read:source"), "{ pages { single(id: " + id
                + ") { content } } }"));
        assertEquals("secret source", at(withSource, "pages.single.content"));
    }

    @Test
    void r_4_2_5_theGuestMeetsForbiddenOnTheEditorFieldsOfAPage() {
        int id = create(freshPath(), "x");
        GraphQLResult result = api.execute(GraphQLRequest.of("{ pages { single(id: " + id + ") { id isPublished } } }"));
        forbidden(result, "pages.single.isPublished");
    }

    @Test
    void r_6_11_1_listFiltersOrdersAndReturnsAllTags() {
        String locale = "fr";
        for (String name : List.of("b", "a", "c")) {
            Map<String, @Nullable Object> input = page("liste/" + name, "x");
            input.put("locale", locale);
            input.put("title", name.toUpperCase(java.util.Locale.ROOT));
            succeeded(admin(CREATE, input), "pages.create", "Page created successfully.");
        }
        GraphQLResult result = ok(admin("""
                query List($locale: String, $tags: [String!], $order: PageOrderBy, $dir: PageOrderByDirection) {
                  pages {
                    list(locale: $locale, tags: $tags, orderBy: $order, orderByDirection: $dir, limit: 2) {
                      id path locale title description contentType isPublished isPrivate privateNS
                      createdAt updatedAt tags __typename
                    }
                  }
                }""", vars("locale", locale, "tags", List.of("WIRE"), "order", "TITLE", "dir", "DESC")));
        List<Map<String, Object>> items = list(result, "pages.list");
        assertEquals(List.of("liste/c", "liste/b"), items.stream().map(i -> i.get("path")).toList());
        Map<String, Object> first = items.get(0);
        assertEquals("fr", first.get("locale"));
        assertEquals("markdown", first.get("contentType"));
        assertEquals("PageListItem", first.get("__typename"));
        assertEquals(List.of("guide", "wire"), ((List<?>) first.get("tags")).stream().sorted().toList());
        isDate(first.get("createdAt"));
        isDate(first.get("updatedAt"));
    }

    @Test
    void r_6_11_1_listWithoutReadPagesIsForbidden() {
        forbidden(as(Set.of("write:comments"), "{ pages { list { id } } }"), "pages.list");
    }

    @Test
    void r_6_12_treeAnswersInEveryModeWithAncestors() {
        String locale = "de";
        for (String path : List.of("baum/ast/blatt", "baum/stamm")) {
            Map<String, @Nullable Object> input = page(path, "x");
            input.put("locale", locale);
            succeeded(admin(CREATE, input), "pages.create", "Page created successfully.");
        }
        String query = """
                query Tree($path: String, $parent: Int, $mode: PageTreeMode!, $locale: String!, $anc: Boolean) {
                  pages { tree(path: $path, parent: $parent, mode: $mode, locale: $locale, includeAncestors: $anc) {
                    id path depth title isPrivate isFolder privateNS parent pageId locale __typename } }
                }""";
        List<Map<String, Object>> top = list(ok(admin(query, vars("mode", "ALL", "locale", locale))), "pages.tree");
        assertEquals(1, top.size());
        Map<String, Object> root = top.get(0);
        assertEquals("baum", root.get("path"));
        assertEquals(true, root.get("isFolder"));
        assertEquals(0, root.get("parent"));
        assertNull(root.get("pageId"));
        assertEquals(1, root.get("depth"));
        assertEquals("PageTreeItem", root.get("__typename"));
        List<Map<String, Object>> children = list(ok(admin(query, vars("parent", root.get("id"), "mode", "PAGES",
                "locale", locale))), "pages.tree");
        assertEquals(List.of("baum/stamm"), children.stream().map(c -> c.get("path")).toList());
        assertEquals(root.get("id"), children.get(0).get("parent"));
        List<Map<String, Object>> folders = list(ok(admin(query, vars("parent", root.get("id"), "mode", "FOLDERS",
                "locale", locale))), "pages.tree");
        assertEquals(List.of("baum/ast"), folders.stream().map(c -> c.get("path")).toList());
        List<Map<String, Object>> withAncestors = list(ok(admin(query, vars("path", "baum/ast/blatt", "mode", "ALL",
                "locale", locale, "anc", true))), "pages.tree");
        List<Object> paths = withAncestors.stream().map(c -> c.get("path")).toList();
        assertTrue(paths.containsAll(List.of("baum", "baum/ast", "baum/ast/blatt")), paths.toString());
    }

    @Test
    void r_6_13_linksListEachPageOfTheLocaleWithItsTargets() {
        String locale = "it";
        Map<String, @Nullable Object> input = page("collegamenti/a", "[b](/it/collegamenti/b)");
        input.put("locale", locale);
        succeeded(admin(CREATE, input), "pages.create", "Page created successfully.");
        GraphQLResult result = ok(admin("query ($l: String!) { pages { links(locale: $l) { id path title links "
                + "__typename } } }", vars("l", locale)));
        List<Map<String, Object>> items = list(result, "pages.links");
        assertEquals(1, items.size());
        assertEquals("it/collegamenti/a", items.get(0).get("path"));
        assertEquals(List.of("it/collegamenti/b"), items.get(0).get("links"));
        assertEquals("PageLinkItem", items.get(0).get("__typename"));
    }

    @Test
    void r_6_15_searchFindsPublishedPagesWithStringIds() {
        String path = freshPath();
        int id = create(path, "zebracorn content");
        GraphQLResult result = ok(admin("""
                query Search($q: String!, $locale: String) {
                  pages { search(query: $q, locale: $locale) {
                    results { id title description path locale __typename } suggestions totalHits __typename } }
                }""", vars("q", "zebracorn", "locale", "en")));
        assertEquals(1, at(result, "pages.search.totalHits"));
        assertEquals(List.of(), at(result, "pages.search.suggestions"));
        assertEquals(String.valueOf(id), at(result, "pages.search.results.0.id"));
        assertEquals(path, at(result, "pages.search.results.0.path"));
        assertEquals("en", at(result, "pages.search.results.0.locale"));
        forbidden(as(Set.of("write:comments"), "{ pages { search(query: \"x\") { totalHits } } }"), "pages.search");
    }

    @Test
    void r_6_9_tagsAndSearchTags() {
        Map<String, @Nullable Object> input = page(freshPath(), "x");
        input.put("tags", List.of("Quokka"));
        succeeded(admin(CREATE, input), "pages.create", "Page created successfully.");
        GraphQLResult result = ok(admin("{ pages { tags { id tag title createdAt updatedAt } searchTags(query: \"uokk\") } }"));
        List<Map<String, Object>> tags = list(result, "pages.tags");
        Map<String, Object> quokka = tags.stream().filter(t -> "quokka".equals(t.get("tag"))).findFirst().orElseThrow();
        assertEquals("quokka", quokka.get("title"));
        isDate(quokka.get("createdAt"));
        List<String> sorted = tags.stream().map(t -> (String) t.get("tag")).sorted().toList();
        assertEquals(sorted, tags.stream().map(t -> t.get("tag")).toList());
        assertEquals(List.of("quokka"), at(result, "pages.searchTags"));
    }

    // ------------------------------------------------------------------------------------------ history

    @Test
    void r_6_8_historyVersionAndRestore() {
        String path = freshPath();
        int id = create(path, "# first");
        succeeded(admin("mutation { pages { update(id: " + id + ", content: \"# second\") { " + RESULT + " } } }"),
                "pages.update", "Page has been updated.");
        GraphQLResult history = ok(admin("""
                query ($id: Int!) { pages { history(id: $id, offsetPage: 0, offsetSize: 0) {
                  trail { versionId versionDate authorId authorName actionType valueBefore valueAfter __typename }
                  total __typename } } }""", vars("id", id)));
        assertEquals(1, at(history, "pages.history.total"));
        Map<?, ?> entry = (Map<?, ?>) at(history, "pages.history.trail.0");
        assertEquals("initial", entry.get("actionType"));
        assertEquals(1, entry.get("authorId"));
        assertEquals("Administrator", entry.get("authorName"));
        isDate(entry.get("versionDate"));
        int versionId = (Integer) entry.get("versionId");
        GraphQLResult version = ok(admin("""
                query ($p: Int!, $v: Int!) { pages { version(pageId: $p, versionId: $v) {
                  action authorId authorName content contentType createdAt versionDate description editor
                  isPrivate isPublished locale pageId path publishEndDate publishStartDate tags title versionId } } }""",
                vars("p", id, "v", versionId)));
        assertEquals("# first", at(version, "pages.version.content"));
        assertEquals("1", at(version, "pages.version.authorId"));
        assertEquals("updated", at(version, "pages.version.action"));
        assertEquals(List.of(), at(version, "pages.version.tags"));
        assertEquals("", at(version, "pages.version.publishStartDate"));
        assertEquals(path, at(version, "pages.version.path"));
        assertEquals("markdown", at(version, "pages.version.editor"));
        isDate(at(version, "pages.version.createdAt"));
        isDate(at(version, "pages.version.versionDate"));
        assertNull(at(ok(admin("{ pages { version(pageId: " + id + ", versionId: 99999) { versionId } } }")),
                "pages.version"));
        succeeded(admin("mutation { pages { restore(pageId: " + id + ", versionId: " + versionId + ") { " + RESULT
                + " } } }"), "pages.restore", "Page version restored successfully.");
        assertEquals("# first", at(admin("{ pages { single(id: " + id + ") { content } } }"), "pages.single.content"));
    }

    @Test
    void decision15_historyAndVersionOfAnUnknownPageAre6003() {
        thrown(admin("{ pages { history(id: 99999) { total } } }"), "pages.history", WikiError.PAGE_NOT_FOUND);
        thrown(admin("{ pages { version(pageId: 99999, versionId: 1) { versionId } } }"), "pages.version",
                WikiError.PAGE_NOT_FOUND);
    }

    @Test
    void r_6_8_historyAndVersionWithoutAReadHistoryRuleAre6012() {
        int id = create(freshPath(), "x");
        thrown(as(Set.of("read:history"), "{ pages { history(id: " + id + ") { total } } }"), "pages.history",
                WikiError.PAGE_HISTORY_FORBIDDEN);
        thrown(as(Set.of("read:history"), "{ pages { version(pageId: " + id + ", versionId: 1) { versionId } } }"),
                "pages.version", WikiError.PAGE_HISTORY_FORBIDDEN);
    }

    @Test
    void r_6_7_1_restoreFailures() {
        int id = create(freshPath(), "x");
        failed(admin("mutation { pages { restore(pageId: 99999, versionId: 1) { " + RESULT + " } } }"),
                "pages.restore", WikiError.PAGE_NOT_FOUND);
        failed(admin("mutation { pages { restore(pageId: " + id + ", versionId: 99999) { " + RESULT + " } } }"),
                "pages.restore", WikiError.PAGE_NOT_FOUND);
        failed(as(Set.of("write:pages"), "mutation { pages { restore(pageId: " + id + ", versionId: 1) { " + RESULT
                + " } } }"), "pages.restore", WikiError.PAGE_RESTORE_FORBIDDEN);
    }

    @Test
    void r_6_8_4_purgeHistory() {
        succeeded(admin("mutation { pages { purgeHistory(olderThan: \"P1Y\") { " + RESULT + " } } }"),
                "pages.purgeHistory", "Page history purged successfully.");
        forbidden(as(Set.of("write:pages"), "mutation { pages { purgeHistory(olderThan: \"P1D\") { " + RESULT
                + " } } }"), "pages.purgeHistory");
    }

    // ------------------------------------------------------------------------------------------ conflicts

    @Test
    void r_6_14_checkConflictsAndConflictLatest() {
        String path = freshPath();
        int id = create(path, "x");
        String query = """
                query ($id: Int!, $at: Date!) {
                  pages {
                    checkConflicts(id: $id, checkoutDate: $at)
                    conflictLatest(id: $id) { id authorId authorName content createdAt description isPublished
                      locale path tags title updatedAt }
                  }
                }""";
        GraphQLResult old = ok(admin(query, vars("id", id, "at", "2000-01-01T00:00:00.000Z")));
        assertEquals(true, at(old, "pages.checkConflicts"));
        assertEquals("1", at(old, "pages.conflictLatest.authorId"));
        assertEquals(path, at(old, "pages.conflictLatest.path"));
        assertEquals(List.of("guide", "wire"), ((List<?>) at(old, "pages.conflictLatest.tags")).stream().sorted().toList());
        isDate(at(old, "pages.conflictLatest.updatedAt"));
        GraphQLResult later = ok(admin(query, vars("id", id, "at", "2999-01-01T00:00:00Z")));
        assertEquals(false, at(later, "pages.checkConflicts"));
    }

    @Test
    void r_6_14_conflictFailuresAreThrown() {
        thrown(admin("{ pages { checkConflicts(id: 99999, checkoutDate: \"2000-01-01T00:00:00Z\") } }"),
                "pages.checkConflicts", WikiError.PAGE_NOT_FOUND);
        thrown(admin("{ pages { conflictLatest(id: 99999) { id } } }"), "pages.conflictLatest",
                WikiError.PAGE_NOT_FOUND);
        int id = create(freshPath(), "x");
        GraphQLResult check = as(Set.of("write:pages"), "{ pages { checkConflicts(id: " + id
                + ", checkoutDate: \"2000-01-01T00:00:00Z\") } }");
        topLevelOnNonNull(check, "pages.checkConflicts", WikiError.PAGE_UPDATE_FORBIDDEN);
        GraphQLResult latest = as(Set.of("write:pages"), "{ pages { conflictLatest(id: " + id + ") { id } } }");
        topLevelOnNonNull(latest, "pages.conflictLatest", WikiError.PAGE_VIEW_FORBIDDEN);
    }

    /** A thrown error on a non-null field: the null bubbles to the namespace. */
    private static void topLevelOnNonNull(GraphQLResult result, String path, WikiError error) {
        Wire.topLevel(result, path, error.message(), error.code());
        assertNull(at(result, path.substring(0, path.indexOf('.'))), result.body().toString());
    }

    // ------------------------------------------------------------------------------------------ other writes

    @Test
    void r_6_5_moveAndItsFailures() {
        String path = freshPath();
        int id = create(path, "x");
        String taken = freshPath();
        create(taken, "y");
        String move = "mutation ($id: Int!, $to: String!) { pages { move(id: $id, destinationPath: $to, "
                + "destinationLocale: \"en\") { " + RESULT + " } } }";
        failed(admin(move, vars("id", 99_999, "to", freshPath())), "pages.move", WikiError.PAGE_NOT_FOUND);
        failed(admin(move, vars("id", id, "to", "no//way")), "pages.move", WikiError.PAGE_ILLEGAL_PATH);
        failed(admin(move, vars("id", id, "to", taken)), "pages.move", WikiError.PAGE_PATH_COLLISION);
        failed(as(Set.of("manage:pages"), "mutation { pages { move(id: " + id + ", destinationPath: \"wire/moved\", "
                + "destinationLocale: \"en\") { " + RESULT + " } } }"), "pages.move", WikiError.PAGE_MOVE_FORBIDDEN);
        String destination = freshPath();
        succeeded(admin(move, vars("id", id, "to", destination)), "pages.move", "Page has been moved.");
        assertEquals(destination, at(admin("{ pages { single(id: " + id + ") { path } } }"), "pages.single.path"));
    }

    @Test
    void r_6_6_deleteAndItsFailures() {
        int id = create(freshPath(), "x");
        failed(as(Set.of("delete:pages"), "mutation { pages { delete(id: " + id + ") { " + RESULT + " } } }"),
                "pages.delete", WikiError.PAGE_DELETE_FORBIDDEN);
        succeeded(admin("mutation { pages { delete(id: " + id + ") { " + RESULT + " } } }"), "pages.delete",
                "Page has been deleted.");
        failed(admin("mutation { pages { delete(id: " + id + ") { " + RESULT + " } } }"), "pages.delete",
                WikiError.PAGE_NOT_FOUND);
    }

    @Test
    void r_6_7_2_convertAndItsFailures() {
        int id = create(freshPath(), "# Heading\n\nsome **bold** text");
        String convert = "mutation ($id: Int!, $editor: String!) { pages { convert(id: $id, editor: $editor) { "
                + RESULT + " } } }";
        failed(admin(convert, vars("id", id, "editor", "markdown")), "pages.convert", 1, "Error",
                "Page is already using this editor. Nothing to convert.");
        failed(admin(convert, vars("id", 99_999, "editor", "ckeditor")), "pages.convert", WikiError.PAGE_NOT_FOUND);
        failed(as(Set.of("write:pages"), "mutation { pages { convert(id: " + id + ", editor: \"ckeditor\") { "
                + RESULT + " } } }"), "pages.convert", WikiError.PAGE_UPDATE_FORBIDDEN);
        succeeded(admin(convert, vars("id", id, "editor", "ckeditor")), "pages.convert", "Page has been converted.");
        GraphQLResult page = ok(admin("{ pages { single(id: " + id + ") { editor contentType content } } }"));
        assertEquals("ckeditor", at(page, "pages.single.editor"));
        assertEquals("html", at(page, "pages.single.contentType"));
        assertTrue(((String) at(page, "pages.single.content")).contains("<strong>bold</strong>"));
        failed(admin(convert, vars("id", id, "editor", "asciidoc")), "pages.convert", 1, "Error",
                "Unsupported source / destination content types combination.");
        succeeded(admin(convert, vars("id", id, "editor", "markdown")), "pages.convert", "Page has been converted.");
        assertTrue(((String) at(admin("{ pages { single(id: " + id + ") { content } } }"), "pages.single.content"))
                .contains("**bold**"));
    }

    @Test
    void r_6_7_2_convertingAPageWhoseRenderIsEmptyIsAborted() {
        int id = create(freshPath(), "[unused]: /nowhere");
        failed(admin("mutation { pages { convert(id: " + id + ", editor: \"ckeditor\") { " + RESULT + " } } }"),
                "pages.convert", 1, "Error", "Aborted conversion because rendered page content is empty!");
    }

    @Test
    void r_6_7_3_renderAndItsFailure() {
        int id = create(freshPath(), "x");
        succeeded(admin("mutation { pages { render(id: " + id + ") { " + RESULT + " } } }"), "pages.render",
                "Page rendered successfully.");
        failed(admin("mutation { pages { render(id: 99999) { " + RESULT + " } } }"), "pages.render",
                WikiError.PAGE_NOT_FOUND);
    }

    @Test
    void r_6_7_4_updateTagAndDeleteTag() {
        Map<String, @Nullable Object> input = page(freshPath(), "x");
        input.put("tags", List.of("wombat"));
        succeeded(admin(CREATE, input), "pages.create", "Page created successfully.");
        int tagId = (Integer) list(admin("{ pages { tags { id tag } } }"), "pages.tags").stream()
                .filter(t -> "wombat".equals(t.get("tag"))).findFirst().orElseThrow().get("id");
        succeeded(admin("mutation { pages { updateTag(id: " + tagId + ", tag: \" Wombats \", title: \" Wombats \") { "
                + RESULT + " } } }"), "pages.updateTag", "Tag has been updated successfully.");
        Map<String, Object> renamed = list(admin("{ pages { tags { id tag title } } }"), "pages.tags").stream()
                .filter(t -> t.get("id").equals(tagId)).findFirst().orElseThrow();
        assertEquals("wombats", renamed.get("tag"));
        assertEquals("Wombats", renamed.get("title"));
        succeeded(admin("mutation { pages { deleteTag(id: " + tagId + ") { " + RESULT + " } } }"), "pages.deleteTag",
                "Tag has been deleted.");
        failed(admin("mutation { pages { deleteTag(id: " + tagId + ") { " + RESULT + " } } }"), "pages.deleteTag", 1,
                "Error", "This tag does not exist.");
        failed(admin("mutation { pages { updateTag(id: " + tagId + ", tag: \"x\", title: \"x\") { " + RESULT
                + " } } }"), "pages.updateTag", 1, "Error", "This tag does not exist.");
    }

    @Test
    void r_6_7_maintenanceMutationsAnswerWithTheirMessages() {
        succeeded(admin("mutation { pages { flushCache { " + RESULT + " } } }"), "pages.flushCache",
                "Pages Cache has been flushed successfully.");
        succeeded(admin("mutation { pages { rebuildTree { " + RESULT + " } } }"), "pages.rebuildTree",
                "Page tree rebuilt successfully.");
        forbidden(as(Set.of("manage:pages"), "mutation { pages { flushCache { " + RESULT + " } } }"),
                "pages.flushCache");
    }

    @Test
    void r_6_7_7_migrateToLocaleCountsThePagesMoved() {
        Map<String, @Nullable Object> input = page("migration/one", "x");
        input.put("locale", "nl");
        succeeded(admin(CREATE, input), "pages.create", "Page created successfully.");
        GraphQLResult result = admin("mutation { pages { migrateToLocale(sourceLocale: \"nl\", targetLocale: \"sv\") "
                + "{ " + RESULT + " count __typename } } }");
        succeeded(result, "pages.migrateToLocale", "Migrated content to target locale successfully.");
        assertEquals(1, at(result, "pages.migrateToLocale.count"));
        assertEquals("PageMigrationResponse", at(result, "pages.migrateToLocale.__typename"));
        assertFalse(list(admin("{ pages { list(locale: \"sv\") { path } } }"), "pages.list").isEmpty());
    }

    @Test
    void r_6_8_2_historyPagesAndShowsMoves() {
        String path = freshPath();
        int id = create(path, "v1");
        String moved = freshPath();
        for (String content : List.of("v2", "v3")) {
            succeeded(admin("mutation ($id: Int!, $c: String) { pages { update(id: $id, content: $c) { " + RESULT
                    + " } } }", vars("id", id, "c", content)), "pages.update", "Page has been updated.");
        }
        succeeded(admin("mutation ($id: Int!, $to: String!) { pages { move(id: $id, destinationPath: $to, "
                + "destinationLocale: \"en\") { " + RESULT + " } } }", vars("id", id, "to", moved)), "pages.move",
                "Page has been moved.");
        succeeded(admin("mutation ($id: Int!) { pages { update(id: $id, content: \"v4\") { " + RESULT + " } } }",
                vars("id", id)), "pages.update", "Page has been updated.");
        String history = "query ($id: Int!, $p: Int, $s: Int) { pages { history(id: $id, offsetPage: $p, "
                + "offsetSize: $s) { total trail { versionId actionType valueBefore valueAfter } } } }";
        GraphQLResult first = ok(admin(history, vars("id", id, "p", 0, "s", 2)));
        assertEquals(4, at(first, "pages.history.total"));
        List<Map<String, Object>> newest = list(first, "pages.history.trail");
        assertEquals(2, newest.size());
        assertEquals("move", newest.get(0).get("actionType"));
        assertEquals(path, newest.get(0).get("valueBefore"));
        assertEquals(moved, newest.get(0).get("valueAfter"));
        GraphQLResult second = ok(admin(history, vars("id", id, "p", 1, "s", 2)));
        List<Map<String, Object>> oldest = list(second, "pages.history.trail");
        assertEquals(2, oldest.size());
        // step 4: when total equals (offsetPage + 1) * offsetSize, the oldest shows as a move from "".
        assertEquals("move", oldest.get(1).get("actionType"));
        assertEquals("", oldest.get(1).get("valueBefore"));
        List<Map<String, Object>> rest = list(ok(admin(history, vars("id", id, "p", 1, "s", 3))), "pages.history.trail");
        assertEquals(1, rest.size());
        assertEquals("initial", rest.get(0).get("actionType"));
    }

    @Test
    void decision24_datesInAnyIsoFormAreStoredWithMillisecondsAndEmptyOrNullClearsThem() {
        int id = create(freshPath(), "x");
        String update = "mutation ($id: Int!, $start: Date, $end: Date) { pages { update(id: $id, "
                + "publishStartDate: $start, publishEndDate: $end) { " + RESULT
                + " page { publishStartDate publishEndDate } } } }";
        GraphQLResult set = admin(update, vars("id", id, "start", "2026-03-05T09:07:01.250123Z", "end",
                "2026-03-06T10:00:00-05:00"));
        succeeded(set, "pages.update", "Page has been updated.");
        assertEquals("2026-03-05T09:07:01.250Z", at(set, "pages.update.page.publishStartDate"));
        assertEquals("2026-03-06T15:00:00.000Z", at(set, "pages.update.page.publishEndDate"));
        GraphQLResult cleared = admin(update, vars("id", id, "start", "", "end", null));
        succeeded(cleared, "pages.update", "Page has been updated.");
        assertEquals("", at(cleared, "pages.update.page.publishStartDate"));
        assertEquals("", at(cleared, "pages.update.page.publishEndDate"));
    }

    @Test
    void r_6_12_2_anEmptyTreeLocaleMeansTheSiteLocale() {
        String path = "leer/" + PATHS.incrementAndGet();
        create(path, "x");
        List<Map<String, Object>> top = list(ok(admin("{ pages { tree(mode: ALL, locale: \"\") { path locale } } }")),
                "pages.tree");
        assertTrue(top.stream().anyMatch(n -> "leer".equals(n.get("path")) && "en".equals(n.get("locale"))),
                top.toString());
    }

    @Test
    void decision23_aPageWrittenWithAnApiKeyIsAttributedToUserOne() {
        succeeded(admin("mutation { authentication { setApiState(enabled: true) { " + RESULT + " } } }"),
                "authentication.setApiState", "API State changed successfully");
        String key = (String) at(admin("mutation { authentication { createApiKey(name: \"bot\", expiration: \"1d\", "
                + "fullAccess: true) { key } } }"), "authentication.createApiKey.key");
        GraphQLResult result = api.execute(GraphQLRequest.of(CREATE).withVariables(page(freshPath(), "by bot"))
                .withToken(key));
        succeeded(result, "pages.create", "Page created successfully.");
        assertEquals(1, at(result, "pages.create.page.creatorId"));
        assertEquals(1, at(result, "pages.create.page.authorId"));
    }

    @Test
    void decision37_treeIdsStayWhenOtherPagesAreWritten() {
        String locale = "pl";
        Map<String, @Nullable Object> first = page("drzewo/b", "x");
        first.put("locale", locale);
        succeeded(admin(CREATE, first), "pages.create", "Page created successfully.");
        String query = "query ($l: String!) { pages { tree(mode: ALL, locale: $l) { id path } } }";
        Object before = at(ok(admin(query, vars("l", locale))), "pages.tree");
        Map<String, @Nullable Object> second = page("aaa/a", "x");
        second.put("locale", locale);
        succeeded(admin(CREATE, second), "pages.create", "Page created successfully.");
        List<Map<String, Object>> after = list(ok(admin(query, vars("l", locale))), "pages.tree");
        assertTrue(after.containsAll((List<?>) before), after + " should keep " + before);
    }

    @Test
    void decision39_aFailedCreateConsumesNoId() {
        int first = create(freshPath(), "x");
        failed(admin(CREATE, page(freshPath(), " ")), "pages.create", WikiError.PAGE_EMPTY_CONTENT);
        assertEquals(first + 1, create(freshPath(), "x"));
    }
}
