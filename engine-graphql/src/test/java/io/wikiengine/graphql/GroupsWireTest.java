package io.wikiengine.graphql;

import static io.wikiengine.graphql.TestWikis.at;
import static io.wikiengine.graphql.Wire.forbidden;
import static io.wikiengine.graphql.Wire.isDate;
import static io.wikiengine.graphql.Wire.list;
import static io.wikiengine.graphql.Wire.ok;
import static io.wikiengine.graphql.Wire.succeeded;
import static io.wikiengine.graphql.Wire.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.access.Actor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the {@code groups} namespace over the wire. Group mutations fail as top-level errors
 * with Wiki.js's fixed sentences, with the mutation's field null.
 */
class GroupsWireTest {

    private static final String RESULT = "responseResult { succeeded errorCode slug message }";

    private static final String UPDATE = """
            mutation UpdateGroup($id: Int!, $name: String!, $redirectOnLogin: String!, $permissions: [String]!,
                                 $pageRules: [PageRuleInput]!) {
              groups {
                update(id: $id, name: $name, redirectOnLogin: $redirectOnLogin, permissions: $permissions,
                       pageRules: $pageRules) {
                  responseResult { succeeded errorCode slug message }
                }
              }
            }""";

    private static final AtomicInteger NAMES = new AtomicInteger();

    private static Wiki wiki;
    private static WikiGraphQL api;
    private static String jwt;

    @BeforeAll
    static void open() {
        wiki = TestWikis.wiki();
        api = WikiGraphQL.create(wiki);
        jwt = TestWikis.login(api);
    }

    @AfterAll
    static void close() {
        wiki.close();
    }

    private static GraphQLResult admin(String query, Map<String, @Nullable Object> variables) {
        return api.execute(GraphQLRequest.of(query).withVariables(variables).withToken(jwt));
    }

    private static GraphQLResult as(Set<String> scopes, String query, Map<String, @Nullable Object> variables) {
        Actor actor = Actor.user(1, TestWikis.ADMIN_EMAIL, "Administrator", scopes, List.of(2));
        return api.execute(GraphQLRequest.of(query).withVariables(variables).withActor(actor));
    }

    private static int create() {
        GraphQLResult result = admin("mutation ($name: String!) { groups { create(name: $name) { " + RESULT
                + " group { id name isSystem redirectOnLogin permissions pageRules { id deny match roles path "
                + "locales } createdAt updatedAt } } } }", vars("name", "Team " + NAMES.incrementAndGet()));
        succeeded(result, "groups.create", "Group created successfully.");
        return (Integer) at(result, "groups.create.group.id");
    }

    private static int user() {
        GraphQLResult result = admin("mutation ($email: String!) { users { create(email: $email, name: \"Member\", "
                + "passwordRaw: \"member-pass\", providerKey: \"local\", groups: []) { user { id } } } }",
                vars("email", "member" + NAMES.incrementAndGet() + "@example.com"));
        return (Integer) at(result, "users.create.user.id");
    }

    private static Map<String, @Nullable Object> update(int id, List<String> permissions,
                                                        List<Map<String, Object>> rules) {
        return vars("id", id, "name", "Renamed", "redirectOnLogin", "", "permissions", permissions,
                "pageRules", rules);
    }

    private static Map<String, Object> rule(String match, String path) {
        return Map.of("id", "r1", "deny", false, "match", match, "roles", List.of("read:pages"), "path", path,
                "locales", List.of());
    }

    /** A plain top-level error with the mutation null: Wiki.js's group style. */
    private static void refused(GraphQLResult result, String path, String message) {
        Wire.topLevel(result, path, message, null);
        assertNull(at(result, path), result.body().toString());
    }

    @Test
    void r_4_3_3_createGivesTheDefaultPermissionsAndRule() {
        GraphQLResult result = admin("mutation { groups { create(name: \"Editors\") { " + RESULT + " group { id name "
                + "isSystem redirectOnLogin permissions pageRules { id deny match roles path locales } createdAt "
                + "updatedAt __typename } __typename } } }", Map.of());
        succeeded(result, "groups.create", "Group created successfully.");
        Map<?, ?> group = (Map<?, ?>) at(result, "groups.create.group");
        assertEquals("Editors", group.get("name"));
        assertEquals(false, group.get("isSystem"));
        assertEquals("/", group.get("redirectOnLogin"));
        List<String> defaults = List.of("read:pages", "read:assets", "read:comments", "write:comments");
        assertEquals(defaults, group.get("permissions"));
        assertEquals(List.of(Map.of("id", "default", "deny", false, "match", "START", "roles", defaults, "path", "",
                "locales", List.of())), group.get("pageRules"));
        isDate(group.get("createdAt"));
        assertEquals("GroupResponse", at(result, "groups.create.__typename"));
        forbidden(as(Set.of("read:pages"), "mutation { groups { create(name: \"x\") { " + RESULT + " } } }", Map.of()),
                "groups.create");
    }

    @Test
    void r_8_2_listAndSingleWithMembers() {
        int id = create();
        int member = user();
        succeeded(admin("mutation ($g: Int!, $u: Int!) { groups { assignUser(groupId: $g, userId: $u) { " + RESULT
                + " } } }", vars("g", id, "u", member)), "groups.assignUser", "User has been assigned to group.");
        GraphQLResult listed = ok(admin("{ groups { list(filter: \"\", orderBy: \"\") { id name isSystem userCount "
                + "createdAt updatedAt __typename } } }", Map.of()));
        List<Map<String, Object>> groups = list(listed, "groups.list");
        assertEquals("Administrators", groups.get(0).get("name"));
        assertEquals(1, groups.get(0).get("userCount"));
        assertEquals(true, groups.get(1).get("isSystem"));
        Map<String, Object> mine = groups.stream().filter(g -> g.get("id").equals(id)).findFirst().orElseThrow();
        assertEquals(1, mine.get("userCount"));
        assertEquals("GroupMinimal", mine.get("__typename"));
        isDate(mine.get("updatedAt"));
        GraphQLResult single = ok(admin("query ($id: Int!) { groups { single(id: $id) { id name isSystem "
                + "redirectOnLogin permissions pageRules { id match path } users { id name email isSystem isActive "
                + "createdAt } createdAt updatedAt } } }", vars("id", id)));
        List<Map<String, Object>> users = list(single, "groups.single.users");
        assertEquals(List.of(member), users.stream().map(u -> u.get("id")).toList());
        isDate(users.get(0).get("createdAt"));
        assertNull(at(ok(admin("{ groups { single(id: 4242) { id } } }", Map.of())), "groups.single"));
        forbidden(as(Set.of("read:pages"), "{ groups { list { id } } }", Map.of()), "groups.list");
        forbidden(as(Set.of("write:users"), "{ groups { single(id: 1) { id } } }", Map.of()), "groups.single");
    }

    @Test
    void r_8_4_updateReplacesEverythingAndTheRulesComeBackAsEnums() {
        int id = create();
        List<Map<String, Object>> rules = List.of(
                Map.of("id", "a", "deny", false, "match", "START", "roles", List.of("read:pages", "write:pages"),
                        "path", "docs", "locales", List.of("en")),
                Map.of("id", "b", "deny", true, "match", "TAG", "roles", List.of("read:pages"), "path", "secret",
                        "locales", List.of()),
                rule("REGEX", "^docs/[a-z]+$"));
        succeeded(admin(UPDATE, update(id, List.of("read:pages", "write:pages"), rules)), "groups.update",
                "Group has been updated.");
        GraphQLResult single = ok(admin("query ($id: Int!) { groups { single(id: $id) { name redirectOnLogin "
                + "permissions pageRules { id deny match roles path locales } } } }", vars("id", id)));
        assertEquals("Renamed", at(single, "groups.single.name"));
        assertEquals("/", at(single, "groups.single.redirectOnLogin"));
        assertEquals(List.of("read:pages", "write:pages"), at(single, "groups.single.permissions"));
        assertEquals(rules, at(single, "groups.single.pageRules"));
    }

    @Test
    void r_8_4_updateRefusals() {
        int id = create();
        refused(admin(UPDATE, update(id, List.of("read:pages"), List.of(rule("REGEX", "(a+)+")))), "groups.update",
                "Some Page Rules contains unsafe or exponential time regex.");
        refused(as(Set.of("write:groups"), UPDATE, update(id, List.of("manage:users"), List.of())), "groups.update",
                "You are not authorized to manage this group or assign these administrative permissions.");
        refused(as(Set.of("manage:groups"), UPDATE, update(id, List.of("manage:system"), List.of())), "groups.update",
                "You are not authorized to manage this group or assign the manage:system permissions.");
        forbidden(as(Set.of("read:pages"), UPDATE, update(id, List.of(), List.of())), "groups.update");
    }

    @Test
    void decision17_aLesserActorCannotRewriteAdministrators() {
        refused(as(Set.of("write:groups"), UPDATE, update(1, List.of("read:pages"), List.of())), "groups.update",
                "You are not authorized to manage this group or assign these administrative permissions.");
        refused(admin(UPDATE, update(1, List.of("read:pages"), List.of())), "groups.update",
                "Cannot remove the manage:system permission from the Administrators group.");
    }

    @Test
    void r_8_5_deleteAndTheSystemGroups() {
        int id = create();
        succeeded(admin("mutation ($id: Int!) { groups { delete(id: $id) { " + RESULT + " } } }", vars("id", id)),
                "groups.delete", "Group has been deleted.");
        assertNull(at(ok(admin("query ($id: Int!) { groups { single(id: $id) { id } } }", vars("id", id))),
                "groups.single"));
        refused(admin("mutation { groups { delete(id: 2) { " + RESULT + " } } }", Map.of()), "groups.delete",
                "Cannot delete this group.");
    }

    @Test
    void r_8_6_assignUserRefusals() {
        int id = create();
        int member = user();
        String assign = "mutation ($g: Int!, $u: Int!) { groups { assignUser(groupId: $g, userId: $u) { " + RESULT
                + " } } }";
        refused(admin(assign, vars("g", id, "u", 2)), "groups.assignUser", "Cannot assign the Guest user to a group.");
        refused(admin(assign, vars("g", 4242, "u", member)), "groups.assignUser", "Invalid Group ID");
        refused(as(Set.of("write:groups"), assign, vars("g", 1, "u", member)), "groups.assignUser",
                "You are not authorized to assign a user to this administrative group.");
        refused(as(Set.of("manage:groups"), assign, vars("g", 1, "u", member)), "groups.assignUser",
                "You are not authorized to assign a user to a group with the manage:system permission.");
        refused(admin(assign, vars("g", id, "u", 4242)), "groups.assignUser", "Invalid User ID");
        succeeded(admin(assign, vars("g", id, "u", member)), "groups.assignUser", "User has been assigned to group.");
        refused(admin(assign, vars("g", id, "u", member)), "groups.assignUser", "User is already assigned to group.");
    }

    @Test
    void r_8_7_unassignUserAndItsRefusals() {
        int id = create();
        int member = user();
        String unassign = "mutation ($g: Int!, $u: Int!) { groups { unassignUser(groupId: $g, userId: $u) { " + RESULT
                + " } } }";
        refused(admin(unassign, vars("g", 2, "u", 2)), "groups.unassignUser", "Cannot unassign Guest user");
        refused(admin(unassign, vars("g", 1, "u", 1)), "groups.unassignUser",
                "Cannot unassign Administrator user from Administrators group.");
        refused(admin(unassign, vars("g", 4242, "u", member)), "groups.unassignUser", "Invalid Group ID");
        refused(admin(unassign, vars("g", id, "u", 4242)), "groups.unassignUser", "Invalid User ID");
        succeeded(admin("mutation ($g: Int!, $u: Int!) { groups { assignUser(groupId: $g, userId: $u) { " + RESULT
                + " } } }", vars("g", id, "u", member)), "groups.assignUser", "User has been assigned to group.");
        succeeded(admin(unassign, vars("g", id, "u", member)), "groups.unassignUser",
                "User has been unassigned from group.");
        List<Map<String, Object>> users = list(ok(admin("query ($id: Int!) { groups { single(id: $id) { users { id } } "
                + "} }", vars("id", id))), "groups.single.users");
        assertTrue(users.isEmpty());
    }

    @Test
    void decision16_aTokenIssuedBeforeAnAssignmentIsServedWithTheNewPermissions() {
        int id = create();
        int member = user();
        String email = (String) at(admin("query ($id: Int!) { users { single(id: $id) { email } } }",
                vars("id", member)), "users.single.email");
        String token = TestWikis.login(api, email, "member-pass");
        forbidden(api.execute(GraphQLRequest.of("{ users { list { id } } }").withToken(token)), "users.list");
        succeeded(admin(UPDATE, update(id, List.of("write:users"), List.of())), "groups.update",
                "Group has been updated.");
        succeeded(admin("mutation ($g: Int!, $u: Int!) { groups { assignUser(groupId: $g, userId: $u) { " + RESULT
                + " } } }", vars("g", id, "u", member)), "groups.assignUser", "User has been assigned to group.");
        GraphQLResult after = api.execute(GraphQLRequest.of("{ users { list { id } } }").withToken(token));
        ok(after);
        assertTrue(after.renewed().isPresent());
    }
}
