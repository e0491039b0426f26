package io.wikiengine.graphql;

import static io.wikiengine.graphql.TestWikis.at;
import static io.wikiengine.graphql.Wire.failed;
import static io.wikiengine.graphql.Wire.forbidden;
import static io.wikiengine.graphql.Wire.isDate;
import static io.wikiengine.graphql.Wire.list;
import static io.wikiengine.graphql.Wire.ok;
import static io.wikiengine.graphql.Wire.succeeded;
import static io.wikiengine.graphql.Wire.thrown;
import static io.wikiengine.graphql.Wire.unauthorized;
import static io.wikiengine.graphql.Wire.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.mail.MailMessage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every operation of the {@code users} namespace over the wire, with each error code a client can meet. */
class UsersWireTest {

    private static final String RESULT = "responseResult { succeeded errorCode slug message }";
    private static final String PASSWORD = "user-pass-1";

    private static final String CREATE = """
            mutation CreateUser($email: String!, $name: String!, $passwordRaw: String, $providerKey: String!,
                                $groups: [Int]!, $mustChangePassword: Boolean, $sendWelcomeEmail: Boolean) {
              users {
                create(email: $email, name: $name, passwordRaw: $passwordRaw, providerKey: $providerKey,
                       groups: $groups, mustChangePassword: $mustChangePassword, sendWelcomeEmail: $sendWelcomeEmail) {
                  responseResult { succeeded errorCode slug message }
                  user { id email name providerKey isSystem isActive isVerified groups { id name } }
                }
              }
            }""";

    private static final AtomicInteger EMAILS = new AtomicInteger();
    private static final List<MailMessage> MAILS = new CopyOnWriteArrayList<>();

    private static Wiki wiki;
    private static WikiGraphQL api;
    private static String jwt;

    @BeforeAll
    static void open() {
        wiki = TestWikis.wiki(MAILS::add);
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

    private static GraphQLResult admin(String query) {
        return admin(query, Map.of());
    }

    private static String freshEmail() {
        return "user" + EMAILS.incrementAndGet() + "@example.com";
    }

    private static Map<String, @Nullable Object> newUser(String email) {
        return vars("email", email, "name", "Some User", "passwordRaw", PASSWORD, "providerKey", "local",
                "groups", List.of(2), "mustChangePassword", false, "sendWelcomeEmail", false);
    }

    private static int create(String email) {
        GraphQLResult result = admin(CREATE, newUser(email));
        succeeded(result, "users.create", "User created successfully");
        return (Integer) at(result, "users.create.user.id");
    }

    // ------------------------------------------------------------------------------------------ queries

    @Test
    void r_7_2_listReturnsEveryUserWithTheFieldsTheAdminAreaSelects() {
        GraphQLResult result = ok(admin("""
                query { users { list(filter: "ignored", orderBy: "ignored") {
                  id name email providerKey isSystem isActive createdAt lastLoginAt __typename } } }"""));
        List<Map<String, Object>> users = list(result, "users.list");
        Map<String, Object> adminUser = users.get(0);
        assertEquals(1, adminUser.get("id"));
        assertEquals("UserMinimal", adminUser.get("__typename"));
        isDate(adminUser.get("createdAt"));
        isDate(adminUser.get("lastLoginAt"));
        Map<String, Object> guest = users.get(1);
        assertEquals("guest@example.com", guest.get("email"));
        assertEquals(true, guest.get("isSystem"));
        assertNull(guest.get("lastLoginAt"));
        forbidden(api.execute(GraphQLRequest.of("{ users { list { id } } }")), "users.list");
    }

    @Test
    void decision14_searchReturnsSystemAndActiveFlags() {
        String email = freshEmail();
        create(email);
        GraphQLResult result = ok(admin("query ($q: String!) { users { search(query: $q) { id email name providerKey "
                + "isSystem isActive createdAt } } }", vars("q", email.substring(0, email.indexOf('@')))));
        List<Map<String, Object>> found = list(result, "users.search");
        assertEquals(1, found.size());
        assertEquals(email, found.get(0).get("email"));
        assertEquals(false, found.get(0).get("isSystem"));
        assertEquals(true, found.get(0).get("isActive"));
        forbidden(api.execute(GraphQLRequest.of("{ users { search(query: \"a\") { id } } }")), "users.search");
    }

    @Test
    void r_7_4_singleReturnsTheFullUserWithGroups() {
        GraphQLResult result = ok(admin("""
                query ($id: Int!) { users { single(id: $id) {
                  id name email providerKey providerName providerId providerIs2FACapable isSystem isActive isVerified
                  location jobTitle timezone dateFormat appearance createdAt updatedAt lastLoginAt tfaIsActive
                  groups { id name __typename } } } }""", vars("id", 1)));
        assertEquals("Local", at(result, "users.single.providerName"));
        assertEquals(true, at(result, "users.single.providerIs2FACapable"));
        assertEquals("America/New_York", at(result, "users.single.timezone"));
        assertEquals(false, at(result, "users.single.tfaIsActive"));
        assertEquals(List.of(Map.of("id", 1, "name", "Administrators", "__typename", "Group")),
                at(result, "users.single.groups"));
        isDate(at(result, "users.single.updatedAt"));
    }

    @Test
    void decision15_singleOfAnUnknownUserIsThrown1016() {
        thrown(admin("{ users { single(id: 4242) { id } } }"), "users.single", WikiError.USER_NOT_FOUND);
    }

    @Test
    void r_7_5_profileOfTheSignedInUser() {
        GraphQLResult result = ok(admin("""
                { users { profile { id name email providerKey providerName isSystem isVerified location jobTitle
                  timezone dateFormat appearance createdAt updatedAt lastLoginAt groups pagesTotal } } }"""));
        assertEquals(1, at(result, "users.profile.id"));
        assertEquals(List.of("Administrators"), at(result, "users.profile.groups"));
        assertEquals(0, at(result, "users.profile.pagesTotal"));
        assertEquals("Local", at(result, "users.profile.providerName"));
        isDate(at(result, "users.profile.lastLoginAt"));
    }

    @Test
    void r_7_5_profileRefusesTheGuestAndAnInactiveUser() {
        thrown(api.execute(GraphQLRequest.of("{ users { profile { id } } }")), "users.profile",
                WikiError.AUTH_REQUIRED);
        String email = freshEmail();
        int id = create(email);
        succeeded(admin("mutation ($id: Int!) { users { deactivate(id: $id) { " + RESULT + " } } }", vars("id", id)),
                "users.deactivate", "User deactivated successfully");
        Actor inactive = Actor.user(id, email, "Some User", Set.of("read:pages"), List.of(2));
        thrown(api.execute(GraphQLRequest.of("{ users { profile { id } } }").withActor(inactive)), "users.profile",
                WikiError.AUTH_ACCOUNT_BANNED);
    }

    @Test
    void r_7_6_lastLoginsNewestFirst() {
        GraphQLResult result = ok(admin("{ users { lastLogins { id name lastLoginAt __typename } } }"));
        List<Map<String, Object>> logins = list(result, "users.lastLogins");
        assertEquals(1, logins.get(0).get("id"));
        isDate(logins.get(0).get("lastLoginAt"));
        assertEquals("UserLastLogin", logins.get(0).get("__typename"));
        forbidden(api.execute(GraphQLRequest.of("{ users { lastLogins { id } } }")), "users.lastLogins");
    }

    // ------------------------------------------------------------------------------------------ create

    @Test
    void decision34_createReturnsTheUserWithItsGroups() {
        String email = freshEmail();
        GraphQLResult result = admin(CREATE, newUser(email.toUpperCase(java.util.Locale.ROOT)));
        succeeded(result, "users.create", "User created successfully");
        assertEquals(email, at(result, "users.create.user.email"));
        assertEquals(true, at(result, "users.create.user.isVerified"));
        assertEquals(List.of(Map.of("id", 2, "name", "Guests")), at(result, "users.create.user.groups"));
        assertTrue(TestWikis.login(api, email, PASSWORD).length() > 20);
    }

    @Test
    void r_7_7_createFailures() {
        String email = freshEmail();
        create(email);
        failed(admin(CREATE, newUser(email)), "users.create", WikiError.AUTH_ACCOUNT_ALREADY_EXISTS);
        failed(admin(CREATE, newUser("not-an-email")), "users.create", WikiError.INPUT_INVALID,
                "Email is not a valid email");
        Map<String, @Nullable Object> shortPassword = newUser(freshEmail());
        shortPassword.put("passwordRaw", "abc");
        failed(admin(CREATE, shortPassword), "users.create", WikiError.INPUT_INVALID,
                "Password raw is too short (minimum is 6 characters)");
        Map<String, @Nullable Object> noName = newUser(freshEmail());
        noName.put("name", " ");
        failed(admin(CREATE, noName), "users.create", WikiError.INPUT_INVALID, "Name can't be blank");
        Actor writer = Actor.user(1, TestWikis.ADMIN_EMAIL, "Administrator", Set.of("write:users"), List.of(2));
        Map<String, @Nullable Object> intoAdmins = newUser(freshEmail());
        intoAdmins.put("groups", List.of(1));
        failed(api.execute(GraphQLRequest.of(CREATE).withVariables(intoAdmins).withActor(writer)), "users.create", 1,
                "Error", "You are not authorized to create a user with an assignment to an administrative group.");
        forbidden(api.execute(GraphQLRequest.of(CREATE).withVariables(newUser(freshEmail()))), "users.create");
    }

    @Test
    void r_7_7_aWelcomeMailIsSentWhenAsked() {
        String email = freshEmail();
        Map<String, @Nullable Object> input = newUser(email);
        input.put("sendWelcomeEmail", true);
        succeeded(admin(CREATE, input), "users.create", "User created successfully");
        assertTrue(MAILS.stream().anyMatch(m -> m.to().equals(email)));
    }

    @Test
    void r_7_7_aWelcomeMailWithoutMailIs3002AndNoUser() {
        try (Wiki bare = TestWikis.wiki()) {
            WikiGraphQL other = WikiGraphQL.create(bare);
            String token = TestWikis.login(other);
            Map<String, @Nullable Object> input = newUser("welcome@example.com");
            input.put("sendWelcomeEmail", true);
            failed(other.execute(GraphQLRequest.of(CREATE).withVariables(input).withToken(token)), "users.create",
                    WikiError.MAIL_NOT_CONFIGURED);
            assertEquals(2, list(other.execute(GraphQLRequest.of("{ users { list { id } } }").withToken(token)),
                    "users.list").size());
        }
    }

    // ------------------------------------------------------------------------------------------ update

    @Test
    void r_7_8_updateChangesTheGivenFields() {
        int id = create(freshEmail());
        String email = freshEmail();
        succeeded(admin("""
                mutation ($id: Int!, $email: String, $groups: [Int]) {
                  users { update(id: $id, email: $email, name: " Renamed ", newPassword: "another-pass", groups: $groups,
                    location: "Lyon", jobTitle: "Editor", timezone: "Europe/Paris", dateFormat: "YYYY-MM-DD",
                    appearance: "dark") { responseResult { succeeded errorCode slug message } } }
                }""", vars("id", id, "email", email, "groups", List.of(2))), "users.update", "User updated successfully");
        GraphQLResult user = ok(admin("query ($id: Int!) { users { single(id: $id) { email name location jobTitle "
                + "timezone dateFormat appearance groups { id } } } }", vars("id", id)));
        assertEquals(email, at(user, "users.single.email"));
        assertEquals("Renamed", at(user, "users.single.name"));
        assertEquals("Europe/Paris", at(user, "users.single.timezone"));
        assertEquals("dark", at(user, "users.single.appearance"));
        assertTrue(TestWikis.login(api, email, "another-pass").length() > 20);
    }

    @Test
    void r_7_8_updateFailures() {
        String taken = freshEmail();
        create(taken);
        int id = create(freshEmail());
        String update = "mutation ($id: Int!, $email: String, $newPassword: String, $groups: [Int]) { users { "
                + "update(id: $id, email: $email, newPassword: $newPassword, groups: $groups) { " + RESULT + " } } }";
        failed(admin(update, vars("id", 4242, "email", freshEmail())), "users.update", WikiError.USER_NOT_FOUND);
        failed(admin(update, vars("id", id, "email", taken)), "users.update", WikiError.AUTH_ACCOUNT_ALREADY_EXISTS);
        failed(admin(update, vars("id", id, "newPassword", "abc")), "users.update", WikiError.INPUT_INVALID,
                "Password must be at least 6 characters!");
        Actor manager = Actor.user(1, TestWikis.ADMIN_EMAIL, "Administrator", Set.of("manage:users"), List.of(2));
        failed(api.execute(GraphQLRequest.of(update).withVariables(vars("id", id, "groups", List.of(1)))
                        .withActor(manager)), "users.update", 1, "Error",
                "You are not authorized to modify / assign a user from / to an administrative group.");
        failed(admin(update, vars("id", 1, "groups", List.of(2))), "users.update", 1, "Error",
                "Cannot unassign Administrator user from Administrators group.");
    }

    // ------------------------------------------------------------------------------------------ state changes

    @Test
    void r_7_11_verifyActivateDeactivateAndTfa() {
        int id = create(freshEmail());
        for (String[] op : new String[][] {
                {"verify", "User verified successfully"}, {"deactivate", "User deactivated successfully"},
                {"activate", "User activated successfully"}, {"enableTFA", "User 2FA enabled successfully"},
                {"disableTFA", "User 2FA disabled successfully"}}) {
            succeeded(admin("mutation ($id: Int!) { users { " + op[0] + "(id: $id) { " + RESULT + " } } }",
                    vars("id", id)), "users." + op[0], op[1]);
        }
        GraphQLResult user = ok(admin("query ($id: Int!) { users { single(id: $id) { isActive isVerified tfaIsActive } "
                + "} }", vars("id", id)));
        assertEquals(Map.of("isActive", true, "isVerified", true, "tfaIsActive", false), at(user, "users.single"));
    }

    @Test
    void r_7_9_systemAccountsCannotBeDeactivated() {
        failed(admin("mutation { users { deactivate(id: 2) { " + RESULT + " } } }"), "users.deactivate", 1, "Error",
                "Cannot deactivate system accounts.");
        forbidden(api.execute(GraphQLRequest.of("mutation { users { verify(id: 1) { " + RESULT + " } } }")),
                "users.verify");
    }

    @Test
    void decision16_aDeactivatedUsersTokenIsUnauthorized() {
        String email = freshEmail();
        int id = create(email);
        String token = TestWikis.login(api, email, PASSWORD);
        ok(api.execute(GraphQLRequest.of("{ pages { list { id } } }").withToken(token)));
        succeeded(admin("mutation ($id: Int!) { users { deactivate(id: $id) { " + RESULT + " } } }", vars("id", id)),
                "users.deactivate", "User deactivated successfully");
        unauthorized(api.execute(GraphQLRequest.of("{ pages { list { id } } }").withToken(token)), "pages.list");
        thrown(api.execute(GraphQLRequest.of("{ users { profile { id } } }").withToken(token)), "users.profile",
                WikiError.AUTH_REQUIRED);
    }

    @Test
    void r_7_10_deleteHandsContentOverAndItsFailures() {
        String email = freshEmail();
        int id = create(email);
        String delete = "mutation ($id: Int!, $replaceId: Int!) { users { delete(id: $id, replaceId: $replaceId) { "
                + RESULT + " } } }";
        failed(admin(delete, vars("id", 2, "replaceId", 1)), "users.delete", WikiError.USER_DELETE_PROTECTED);
        failed(admin(delete, vars("id", 4242, "replaceId", 1)), "users.delete", WikiError.USER_NOT_FOUND);
        Actor author = Actor.user(id, email, "Some User", Set.of("write:pages", "manage:system"), List.of(1));
        GraphQLResult page = api.execute(GraphQLRequest.of("mutation { pages { create(content: \"x\", description: "
                + "\"\", editor: \"markdown\", isPublished: true, isPrivate: false, locale: \"en\", path: \"written/by-user"
                + id + "\", tags: [], title: \"t\") { responseResult { succeeded errorCode message } page { id } } } }").withActor(author));
        assertEquals(true, at(page, "pages.create.responseResult.succeeded"), page.body().toString());
        failed(admin(delete, vars("id", id, "replaceId", 4242)), "users.delete",
                WikiError.USER_DELETE_FOREIGN_CONSTRAINT);
        succeeded(admin(delete, vars("id", id, "replaceId", 1)), "users.delete", "User deleted successfully");
        int pageId = (Integer) at(page, "pages.create.page.id");
        assertEquals(1, at(admin("{ pages { single(id: " + pageId + ") { creatorId } } }"), "pages.single.creatorId"));
    }

    @Test
    void decision25_resetPasswordMailsALinkAndNeedsManageUsers() {
        String email = freshEmail();
        int id = create(email);
        GraphQLResult result = admin("mutation ($id: Int!) { users { resetPassword(id: $id) { " + RESULT + " } } }",
                vars("id", id));
        succeeded(result, "users.resetPassword", "Operation succeeded.");
        assertTrue(MAILS.stream().anyMatch(m -> m.to().equals(email) && m.text().contains("/login-reset/")));
        failed(admin("mutation { users { resetPassword(id: 4242) { " + RESULT + " } } }"), "users.resetPassword",
                WikiError.USER_NOT_FOUND);
        failed(api.execute(GraphQLRequest.of("mutation ($id: Int!) { users { resetPassword(id: $id) { " + RESULT
                + " } } }").withVariables(vars("id", id))), "users.resetPassword", 1, "Error", "Forbidden");
    }

    // ------------------------------------------------------------------------------------------ self service

    @Test
    void r_7_12_updateProfileReturnsANewToken() {
        String email = freshEmail();
        create(email);
        String token = TestWikis.login(api, email, PASSWORD);
        String update = """
                mutation ($df: String!, $ap: String!) {
                  users { updateProfile(name: "New Name", location: "Here", jobTitle: "Tester", timezone: "UTC",
                    dateFormat: $df, appearance: $ap) { responseResult { succeeded errorCode slug message } jwt } }
                }""";
        GraphQLResult result = api.execute(GraphQLRequest.of(update).withVariables(vars("df", "DD.MM.YYYY", "ap",
                "light")).withToken(token));
        succeeded(result, "users.updateProfile", "User profile updated successfully");
        String renewed = (String) at(result, "users.updateProfile.jwt");
        assertNotEquals(token, renewed);
        assertEquals("New Name", at(ok(api.execute(GraphQLRequest.of("{ users { profile { name } } }")
                .withToken(renewed))), "users.profile.name"));
        failed(api.execute(GraphQLRequest.of(update).withVariables(vars("df", "someday", "ap", "light"))
                .withToken(renewed)), "users.updateProfile", WikiError.INPUT_INVALID);
        failed(api.execute(GraphQLRequest.of(update).withVariables(vars("df", "", "ap", "purple"))
                .withToken(renewed)), "users.updateProfile", WikiError.INPUT_INVALID);
        failed(api.execute(GraphQLRequest.of(update).withVariables(vars("df", "", "ap", ""))), "users.updateProfile",
                WikiError.AUTH_REQUIRED);
    }

    @Test
    void r_5_5_3_changePasswordAndItsFailures() {
        String email = freshEmail();
        create(email);
        String token = TestWikis.login(api, email, PASSWORD);
        String change = "mutation ($current: String!, $new: String!) { users { changePassword(current: $current, "
                + "new: $new) { " + RESULT + " jwt } } }";
        failed(api.execute(GraphQLRequest.of(change).withVariables(vars("current", "wrong", "new", "abcdefg"))
                .withToken(token)), "users.changePassword", WikiError.AUTH_PASSWORD_INVALID);
        failed(api.execute(GraphQLRequest.of(change).withVariables(vars("current", PASSWORD, "new", "abc"))
                .withToken(token)), "users.changePassword", WikiError.INPUT_INVALID,
                "Password must be at least 6 characters!");
        failed(api.execute(GraphQLRequest.of(change).withVariables(vars("current", PASSWORD, "new", "abcdefg"))),
                "users.changePassword", WikiError.AUTH_REQUIRED);
        GraphQLResult ok = api.execute(GraphQLRequest.of(change).withVariables(vars("current", PASSWORD, "new",
                "changed-pass")).withToken(token));
        succeeded(ok, "users.changePassword", "Password changed successfully");
        assertInstanceOf(String.class, at(ok, "users.changePassword.jwt"));
        assertTrue(TestWikis.login(api, email, "changed-pass").length() > 20);
    }

    @Test
    void r_5_5_3_changePasswordOfAnotherStrategyIs1003AndOfAnUnverifiedUser1014() {
        String email = freshEmail();
        Map<String, @Nullable Object> ldap = newUser(email);
        ldap.put("providerKey", "ldap");
        ldap.put("passwordRaw", null);
        GraphQLResult created = admin(CREATE, ldap);
        succeeded(created, "users.create", "User created successfully");
        int id = (Integer) at(created, "users.create.user.id");
        String change = "mutation { users { changePassword(current: \"x\", new: \"abcdefg\") { " + RESULT + " } } }";
        Actor ldapUser = Actor.user(id, email, "Some User", Set.of("read:pages"), List.of(2));
        failed(api.execute(GraphQLRequest.of(change).withActor(ldapUser)), "users.changePassword",
                WikiError.AUTH_PROVIDER_INVALID);
        String other = freshEmail();
        int unverified = create(other);
        wiki.storage().run(session -> session.users().byId(unverified).ifPresent(u -> session.users().update(
                u.withFlags(u.isSystem(), u.isActive(), false))));
        Actor actor = Actor.user(unverified, other, "Some User", Set.of("read:pages"), List.of(2));
        failed(api.execute(GraphQLRequest.of(change).withActor(actor)), "users.changePassword",
                WikiError.AUTH_ACCOUNT_NOT_VERIFIED);
    }
}
