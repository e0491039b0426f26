package io.wikiengine.graphql;

import static io.wikiengine.graphql.TestWikis.at;
import static io.wikiengine.graphql.Wire.failed;
import static io.wikiengine.graphql.Wire.forbidden;
import static io.wikiengine.graphql.Wire.isDate;
import static io.wikiengine.graphql.Wire.list;
import static io.wikiengine.graphql.Wire.ok;
import static io.wikiengine.graphql.Wire.succeeded;
import static io.wikiengine.graphql.Wire.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.error.WikiError;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every operation of the {@code assets} namespace over the wire, with each error code a client can meet. */
class AssetsWireTest {

    private static final String RESULT = "responseResult { succeeded errorCode slug message }";

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H',
        'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};

    private static final String LIST = """
            query Assets($folderId: Int!, $kind: AssetKind!) {
              assets {
                list(folderId: $folderId, kind: $kind) {
                  id filename ext kind mime fileSize metadata createdAt updatedAt
                  folder { id slug name __typename }
                  author { id name email __typename }
                  __typename
                }
              }
            }""";

    private static final String RENAME = "mutation ($id: Int!, $filename: String!) { assets { renameAsset(id: $id, "
            + "filename: $filename) { " + RESULT + " } } }";

    private static final AtomicInteger NAMES = new AtomicInteger();

    private static Wiki wiki;
    private static WikiGraphQL api;
    private static String jwt;
    /** A group that may read and manage every asset, and write only to names starting with {@code ok-}. */
    private static int managers;

    @BeforeAll
    static void open() {
        wiki = TestWikis.wiki();
        api = WikiGraphQL.create(wiki);
        jwt = TestWikis.login(api);
        int id = (Integer) at(admin("mutation { groups { create(name: \"Asset managers\") { group { id } } } }"),
                "groups.create.group.id");
        ok(admin("""
                mutation ($id: Int!) { groups { update(id: $id, name: "Asset managers", redirectOnLogin: "/",
                  permissions: ["read:assets", "manage:assets", "write:assets"], pageRules: [
                    {id: "a", deny: false, match: START, roles: ["read:assets", "manage:assets"], path: "", locales: []},
                    {id: "b", deny: false, match: START, roles: ["write:assets"], path: "ok-", locales: []}]) {
                  responseResult { succeeded } } } }""", vars("id", id)));
        managers = id;
    }

    @AfterAll
    static void close() {
        wiki.close();
    }

    private static GraphQLResult admin(String query, Map<String, @Nullable Object> variables) {
        return api.execute(GraphQLRequest.of(query).withVariables(variables).withToken(jwt));
    }

    private static GraphQLResult admin(String query) {
        return admin(query, Map.of());
    }

    private static GraphQLResult as(Set<String> scopes, int group, String query, Map<String, @Nullable Object> vars) {
        Actor actor = Actor.user(1, TestWikis.ADMIN_EMAIL, "Administrator", scopes, List.of(group));
        return api.execute(GraphQLRequest.of(query).withVariables(vars).withActor(actor));
    }

    private static int upload(int folderId, String filename, byte[] content) {
        return wiki.assets().upload(Actor.system(), folderId, filename, new ByteArrayInputStream(content), null).id();
    }

    private static int folder(int parent, String slug) {
        succeeded(admin("mutation ($p: Int!, $s: String!) { assets { createFolder(parentFolderId: $p, slug: $s) { "
                + RESULT + " } } }", vars("p", parent, "s", slug)), "assets.createFolder",
                "Asset Folder has been created successfully.");
        return (Integer) list(admin("query ($p: Int!) { assets { folders(parentFolderId: $p) { id slug } } }",
                vars("p", parent)), "assets.folders").stream().filter(f -> slug.equals(f.get("slug"))).findFirst()
                .orElseThrow().get("id");
    }

    private static String freshName(String ext) {
        return "file-" + NAMES.incrementAndGet() + ext;
    }

    @Test
    void decision26_listFillsFolderAndAuthorAndTheTypeComesFromTheContent() {
        int folderId = folder(0, "images-" + NAMES.incrementAndGet());
        int id = upload(folderId, "Photo One.png", PNG);
        upload(folderId, "notes.txt", "plain text".getBytes(StandardCharsets.UTF_8));
        GraphQLResult images = ok(admin(LIST, vars("folderId", folderId, "kind", "IMAGE")));
        List<Map<String, Object>> items = list(images, "assets.list");
        assertEquals(1, items.size());
        Map<String, Object> item = items.get(0);
        assertEquals(id, item.get("id"));
        assertEquals("photo_one.png", item.get("filename"));
        assertEquals(".png", item.get("ext"));
        assertEquals("IMAGE", item.get("kind"));
        assertEquals("image/png", item.get("mime"));
        assertEquals(PNG.length, item.get("fileSize"));
        assertEquals("AssetItem", item.get("__typename"));
        isDate(item.get("createdAt"));
        isDate(item.get("updatedAt"));
        Map<?, ?> folder = (Map<?, ?>) item.get("folder");
        assertEquals(folderId, folder.get("id"));
        assertEquals("AssetFolder", folder.get("__typename"));
        Map<?, ?> author = (Map<?, ?>) item.get("author");
        assertEquals("User", author.get("__typename"));
        assertEquals(3, list(ok(admin(LIST, vars("folderId", folderId, "kind", "ALL"))), "assets.list").size()
                + list(ok(admin(LIST, vars("folderId", folderId, "kind", "BINARY"))), "assets.list").size());
        forbidden(as(Set.of("read:pages"), 2, LIST, vars("folderId", 0, "kind", "ALL")), "assets.list");
    }

    @Test
    void decision26_createFolderKeepsTheNameAndSlugifiesTheSlug() {
        String slug = "Docs-" + NAMES.incrementAndGet();
        succeeded(admin("mutation ($s: String!) { assets { createFolder(parentFolderId: 0, slug: $s, name: \"My Docs\") "
                + "{ " + RESULT + " } } }", vars("s", slug)), "assets.createFolder",
                "Asset Folder has been created successfully.");
        Map<String, Object> created = list(ok(admin("{ assets { folders(parentFolderId: 0) { id slug name __typename } "
                + "} }")), "assets.folders").stream().filter(f -> slug.toLowerCase(java.util.Locale.ROOT)
                .equals(f.get("slug"))).findFirst().orElseThrow();
        assertEquals("My Docs", created.get("name"));
        failed(admin("mutation ($s: String!) { assets { createFolder(parentFolderId: 0, slug: $s) { " + RESULT
                + " } } }", vars("s", slug)), "assets.createFolder", WikiError.ASSET_FOLDER_EXISTS);
        forbidden(as(Set.of("read:assets"), 2, "mutation { assets { createFolder(parentFolderId: 0, slug: \"x\") { "
                + RESULT + " } } }", Map.of()), "assets.createFolder");
        forbidden(as(Set.of("read:pages"), 2, "{ assets { folders(parentFolderId: 0) { id } } }", Map.of()),
                "assets.folders");
    }

    @Test
    void r_9_6_renameAndItsFailuresInOrder() {
        String name = freshName(".png");
        int id = upload(0, name, PNG);
        String other = freshName(".png");
        upload(0, other, PNG);
        failed(admin(RENAME, vars("id", 4242, "filename", "x.png")), "assets.renameAsset", WikiError.ASSET_INVALID);
        failed(admin(RENAME, vars("id", id, "filename", "x.jpg")), "assets.renameAsset",
                WikiError.ASSET_RENAME_INVALID_EXT);
        failed(admin(RENAME, vars("id", id, "filename", ".png")), "assets.renameAsset", WikiError.ASSET_RENAME_INVALID);
        failed(admin(RENAME, vars("id", id, "filename", other)), "assets.renameAsset", WikiError.ASSET_RENAME_COLLISION);
        int readers = 2;
        failed(as(Set.of("manage:assets"), readers, RENAME, vars("id", id, "filename", freshName(".png"))),
                "assets.renameAsset", WikiError.ASSET_RENAME_FORBIDDEN);
        failed(as(Set.of("manage:assets", "write:assets"), managers, RENAME, vars("id", id, "filename", freshName(".png"))),
                "assets.renameAsset", WikiError.ASSET_RENAME_TARGET_FORBIDDEN);
        String renamed = "ok-" + freshName(".png");
        succeeded(as(Set.of("manage:assets", "write:assets"), managers, RENAME, vars("id", id, "filename", renamed.toUpperCase(
                java.util.Locale.ROOT).replace(".PNG", ".png"))), "assets.renameAsset",
                "Asset has been renamed successfully.");
        assertTrue(list(ok(admin(LIST, vars("folderId", 0, "kind", "ALL"))), "assets.list").stream()
                .anyMatch(a -> renamed.equals(a.get("filename"))));
        succeeded(admin(RENAME, vars("id", id, "filename", renamed)), "assets.renameAsset",
                "Asset has been renamed successfully.");
        forbidden(as(Set.of("read:assets"), 2, RENAME, vars("id", id, "filename", "y.png")), "assets.renameAsset");
    }

    @Test
    void r_9_7_deleteAndItsFailures() {
        int id = upload(0, freshName(".png"), PNG);
        String delete = "mutation ($id: Int!) { assets { deleteAsset(id: $id) { " + RESULT + " } } }";
        failed(as(Set.of("manage:assets"), 2, delete, vars("id", id)), "assets.deleteAsset",
                WikiError.ASSET_DELETE_FORBIDDEN);
        succeeded(admin(delete, vars("id", id)), "assets.deleteAsset", "Asset has been deleted successfully.");
        failed(admin(delete, vars("id", id)), "assets.deleteAsset", WikiError.ASSET_INVALID);
        forbidden(as(Set.of("write:assets"), 2, delete, vars("id", id)), "assets.deleteAsset");
    }

    @Test
    void r_9_8_flushTempUploads() {
        succeeded(admin("mutation { assets { flushTempUploads { " + RESULT + " } } }"), "assets.flushTempUploads",
                "Temporary Uploads have been flushed successfully.");
        forbidden(as(Set.of("manage:assets"), managers, "mutation { assets { flushTempUploads { " + RESULT + " } } }",
                Map.of()), "assets.flushTempUploads");
    }

    @Test
    void r_9_4_aReaderSeesOnlyWhatTheRulesLetThrough() {
        int folderId = folder(0, "mixed-" + NAMES.incrementAndGet());
        upload(folderId, "a.png", PNG);
        int restricted = (Integer) at(admin("mutation { groups { create(name: \"Narrow\") { group { id } } } }"),
                "groups.create.group.id");
        String slug = (String) list(admin("{ assets { folders(parentFolderId: 0) { id slug } } }"), "assets.folders")
                .stream().filter(f -> f.get("id").equals(folderId)).findFirst().orElseThrow().get("slug");
        ok(admin("""
                mutation ($id: Int!, $path: String!) { groups { update(id: $id, name: "Narrow", redirectOnLogin: "/",
                  permissions: ["read:assets"], pageRules: [
                    {id: "a", deny: false, match: START, roles: ["read:assets"], path: "", locales: []},
                    {id: "b", deny: true, match: START, roles: ["read:assets"], path: $path, locales: []}]) {
                  responseResult { succeeded } } } }""", vars("id", restricted, "path", slug)));
        assertEquals(List.of(), list(ok(as(Set.of("read:assets"), restricted, LIST, vars("folderId", folderId, "kind",
                "ALL"))), "assets.list"));
        assertTrue(list(ok(as(Set.of("read:assets"), restricted, "{ assets { folders(parentFolderId: 0) { id } } }",
                Map.of())), "assets.folders").stream().noneMatch(f -> f.get("id").equals(folderId)));
    }

    @Test
    void decision26_theGuestSeesFolderAndAuthorToo() {
        int folderId = folder(0, "public-" + NAMES.incrementAndGet());
        int id = upload(folderId, "shared.png", PNG);
        GraphQLResult result = ok(api.execute(GraphQLRequest.of("query ($f: Int!) { assets { list(folderId: $f, "
                + "kind: ALL) { id filename folder { id slug } author { id name } } } }").withVariables(
                vars("f", folderId))));
        Map<String, Object> item = list(result, "assets.list").get(0);
        assertEquals(id, item.get("id"));
        assertEquals(folderId, ((Map<?, ?>) item.get("folder")).get("id"));
        assertTrue(((Map<?, ?>) item.get("author")).containsKey("name"));
    }
}
