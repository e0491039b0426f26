package io.wikiengine.storage.auth;

import static io.wikiengine.storage.auth.AuthFixture.ADMIN_EMAIL;
import static io.wikiengine.storage.auth.AuthFixture.ADMIN_PASSWORD;
import static io.wikiengine.storage.auth.AuthFixture.claims;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.WikiConfig;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.auth.AuthPolicy;
import io.wikiengine.core.auth.ProfileUpdate;
import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.error.WikiException;
import io.wikiengine.core.group.Group;
import io.wikiengine.core.spi.Storage;
import io.wikiengine.core.user.User;
import io.wikiengine.storage.testing.TestStores;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** forgotPassword, register, changePassword, updateProfile. */
class AccountTest {

    private AuthFixture f = new AuthFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private static WikiException fails(WikiError expected, Executable call) {
        WikiException e = assertThrows(WikiException.class, call);
        assertEquals(expected, e.error().orElseThrow(), e.getMessage());
        return e;
    }

    private Actor signedIn(String email, String password) {
        return f.wiki.auth().resolve(f.loginJwt(email, password)).actor();
    }

    private void openRegistration() {
        f.wiki.auth().setPolicy(Actor.system(), AuthPolicy.DEFAULTS.withSelfRegistration(true));
    }

    private Optional<User> byEmail(String email) {
        return f.storage().inTransaction(s -> s.users().byEmail("local", email));
    }

    // ---------------------------------------------------------------- forgotPassword

    @Test
    void r_5_5_2_unknownEmailSucceedsSilently() {
        f.wiki.auth().forgotPassword("nobody@example.com");
        assertTrue(f.mails.isEmpty());
    }

    @Test
    void r_5_5_2_inactiveUserSucceedsSilently() {
        User alice = f.user("alice@example.com", "alice-pass");
        f.edit(alice.id(), u -> u.withFlags(false, false, true));
        f.wiki.auth().forgotPassword("alice@example.com");
        assertTrue(f.mails.isEmpty());
    }

    @Test
    void decision20_forgotPasswordLooksTheEmailUpLowerCased() {
        f.user("alice@example.com", "alice-pass");
        f.wiki.auth().forgotPassword("Alice@Example.com");
        assertEquals(1, f.mails.size());
        assertEquals("alice@example.com", f.mails.get(0).to());
        assertTrue(f.mails.get(0).text().contains("https://wiki.example.com/login-reset/"), f.mails.get(0).text());
    }

    @Test
    void r_5_5_2_withoutMailIs3002() {
        f.close();
        f = new AuthFixture(false);
        fails(WikiError.MAIL_NOT_CONFIGURED, () -> f.wiki.auth().forgotPassword(ADMIN_EMAIL));
    }

    // ---------------------------------------------------------------- register (R-5.6, decision 19)

    @Test
    void r_5_6_1_registrationOffIs1010() {
        fails(WikiError.AUTH_REGISTRATION_DISABLED,
                () -> f.wiki.auth().register("new@example.com", "new-pass", "Newcomer"));
    }

    @Test
    void r_5_6_2_validationMessagesAre1012() {
        openRegistration();
        String[][] cases = {
                {"not-an-email", "new-pass", "Newcomer", "Email is not a valid email"},
                {"a@localhost", "new-pass", "Newcomer", "Email is not a valid email"},
                {"x".repeat(250) + "@example.com", "new-pass", "Newcomer",
                        "Email is too long (maximum is 255 characters)"},
                {"new@example.com", "   ", "Newcomer", "Password can't be blank"},
                {"new@example.com", "short", "Newcomer", "Password is too short (minimum is 6 characters)"},
                {"new@example.com", "new-pass", " ", "Name can't be blank"},
                {"new@example.com", "new-pass", "N", "Name is too short (minimum is 2 characters)"},
                {"new@example.com", "new-pass", "N".repeat(256), "Name is too long (maximum is 255 characters)"}};
        for (String[] c : cases) {
            WikiException e = fails(WikiError.INPUT_INVALID, () -> f.wiki.auth().register(c[0], c[1], c[2]));
            assertEquals(c[3], e.getMessage());
        }
        assertEquals(2, (int) f.storage().inTransaction(s -> s.users().count()));
    }

    @Test
    void r_5_6_2_quotedLocalPartsAndIpLiteralsAreValid() {
        openRegistration();
        f.wiki.auth().register("\"john doe\"@example.com", "new-pass", "John");
        f.wiki.auth().register("jane@[192.168.0.1]", "new-pass", "Jane");
        assertEquals(4, (int) f.storage().inTransaction(s -> s.users().count()));
    }

    @Test
    void r_5_6_3_domainOutsideTheWhitelistIs1011() {
        f.wiki.auth().setPolicy(Actor.system(),
                AuthPolicy.DEFAULTS.withSelfRegistration(true).withDomainWhitelist(List.of("Example.com")));
        fails(WikiError.AUTH_REGISTRATION_DOMAIN_UNAUTHORIZED,
                () -> f.wiki.auth().register("new@elsewhere.org", "new-pass", "Newcomer"));
        f.wiki.auth().register("new@EXAMPLE.com", "new-pass", "Newcomer");
        assertTrue(byEmail("new@example.com").isPresent());
    }

    @Test
    void r_5_6_4_existingEmailIs1004() {
        openRegistration();
        fails(WikiError.AUTH_ACCOUNT_ALREADY_EXISTS, () -> f.wiki.auth().register("Admin@Example.com", "new-pass", "Me"));
    }

    @Test
    void r_5_6_5_registeredUserIsUnverifiedInTheAutoEnrollGroupsAndGetsAVerificationLink() {
        Group members = f.group("Members", List.of("read:pages"), "/");
        f.wiki.auth().setPolicy(Actor.system(),
                AuthPolicy.DEFAULTS.withSelfRegistration(true).withAutoEnrollGroups(List.of(members.id())));
        f.wiki.auth().register("New@Example.com", "new-pass", " Newcomer ");
        User user = byEmail("new@example.com").orElseThrow();
        assertEquals(3, user.id());
        assertTrue(user.isActive());
        assertFalse(user.isVerified());
        assertEquals(" Newcomer ", user.name());
        assertEquals(List.of(members.id()), f.storage().inTransaction(s -> s.users().groupIds(user.id())));
        assertTrue(f.mails.get(0).text().contains("https://wiki.example.com/verify/"));
        fails(WikiError.AUTH_ACCOUNT_NOT_VERIFIED, () -> f.wiki.auth().login("new@example.com", "new-pass", "local"));
    }

    @Test
    void decision19_withoutMailRegistrationIs3002AndCreatesNoUser() {
        f.close();
        f = new AuthFixture(false);
        openRegistration();
        fails(WikiError.MAIL_NOT_CONFIGURED, () -> f.wiki.auth().register("new@example.com", "new-pass", "Newcomer"));
        assertTrue(byEmail("new@example.com").isEmpty());
        assertEquals(2, (int) f.storage().inTransaction(s -> s.users().count()));
    }

    @Test
    void decision19_failingMailSenderLeavesNoUser() {
        // A sender that throws: the user insert is undone with it.
        Storage storage = TestStores.fresh();
        try (Wiki wiki = Wiki.builder().storage(storage).config(WikiConfig.DEFAULTS.withPasswordCost(4))
                .mailSender(m -> {
                    throw new IllegalStateException("SMTP down");
                })
                .admin(ADMIN_EMAIL, ADMIN_PASSWORD).build()) {
            wiki.auth().setPolicy(Actor.system(), AuthPolicy.DEFAULTS.withSelfRegistration(true));
            fails(WikiError.MAIL_GENERIC_ERROR, () -> wiki.auth().register("new@example.com", "new-pass", "New"));
            assertEquals(2, (int) storage.inTransaction(s -> s.users().count()));
        } finally {
            storage.close();
        }
    }

    // ---------------------------------------------------------------- changePassword (R-5.5.3, decision 21)

    @Test
    void r_5_5_3_withoutASignedInUserIs1019() {
        fails(WikiError.AUTH_REQUIRED, () -> f.wiki.auth().changePassword(null, "a", "new-secret"));
        fails(WikiError.AUTH_REQUIRED, () -> f.wiki.auth().changePassword(f.wiki.auth().guest(), "", "new-secret"));
        fails(WikiError.AUTH_REQUIRED, () -> f.wiki.auth().changePassword(Actor.system(), "", "new-secret"));
        fails(WikiError.AUTH_REQUIRED, () -> f.wiki.auth().changePassword(
                Actor.apiKey(1, Set.of("manage:system"), List.of(1)), ADMIN_PASSWORD, "new-secret"));
    }

    @Test
    void r_5_5_3_inactiveIs1013AndUnverifiedIs1014() {
        User alice = f.user("alice@example.com", "alice-pass");
        Actor actor = signedIn("alice@example.com", "alice-pass");
        f.edit(alice.id(), u -> u.withFlags(false, true, false));
        fails(WikiError.AUTH_ACCOUNT_NOT_VERIFIED, () -> f.wiki.auth().changePassword(actor, "alice-pass", "new-pass"));
        f.edit(alice.id(), u -> u.withFlags(false, false, false));
        fails(WikiError.AUTH_ACCOUNT_BANNED, () -> f.wiki.auth().changePassword(actor, "alice-pass", "new-pass"));
    }

    @Test
    void r_5_5_3_nonLocalAccountIs1003() {
        User alice = f.user("alice@example.com", "alice-pass");
        Actor actor = signedIn("alice@example.com", "alice-pass");
        f.edit(alice.id(), u -> new User(u.id(), u.email(), u.name(), "ldap", "cn=alice", u.passwordHash(),
                false, null, "", "", null, u.timezone(), "en", "markdown", "", "", false, true, true, false,
                u.createdAt(), u.updatedAt(), null));
        fails(WikiError.AUTH_PROVIDER_INVALID, () -> f.wiki.auth().changePassword(actor, "alice-pass", "new-pass"));
    }

    @Test
    void r_5_5_3_wrongCurrentPasswordIs1020() {
        Actor admin = signedIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        fails(WikiError.AUTH_PASSWORD_INVALID, () -> f.wiki.auth().changePassword(admin, "not-it", "new-secret"));
    }

    @Test
    void decision21_emptyOrShortNewPasswordIs1012() {
        Actor admin = signedIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        for (String bad : List.of("", "12345")) {
            WikiException e = fails(WikiError.INPUT_INVALID,
                    () -> f.wiki.auth().changePassword(admin, ADMIN_PASSWORD, bad));
            assertEquals("Password must be at least 6 characters!", e.getMessage());
        }
        assertNotNull(f.loginJwt(ADMIN_EMAIL, ADMIN_PASSWORD));
    }

    @Test
    void r_5_5_3_successChangesThePasswordAndGivesANewJwt() {
        Actor admin = signedIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        String jwt = f.wiki.auth().changePassword(admin, ADMIN_PASSWORD, "brand-new-secret");
        assertEquals(1L, claims(jwt).getClaim("id"));
        assertNotNull(f.loginJwt(ADMIN_EMAIL, "brand-new-secret"));
        fails(WikiError.AUTH_LOGIN_FAILED, () -> f.wiki.auth().login(ADMIN_EMAIL, ADMIN_PASSWORD, "local"));
    }

    // ---------------------------------------------------------------- updateProfile

    private static ProfileUpdate profile(String name, String dateFormat, String appearance) {
        return new ProfileUpdate(name, " Berlin ", " Editor ", "Europe/Berlin", dateFormat, appearance);
    }

    @Test
    void r_7_12_withoutASignedInUserIs1019() {
        fails(WikiError.AUTH_REQUIRED, () -> f.wiki.auth().updateProfile(null, profile("X y", "", "")));
        fails(WikiError.AUTH_REQUIRED,
                () -> f.wiki.auth().updateProfile(f.wiki.auth().guest(), profile("X y", "", "")));
    }

    @Test
    void r_7_12_inactiveIs1013AndUnverifiedIs1014() {
        User alice = f.user("alice@example.com", "alice-pass");
        Actor actor = signedIn("alice@example.com", "alice-pass");
        f.edit(alice.id(), u -> u.withFlags(false, true, false));
        fails(WikiError.AUTH_ACCOUNT_NOT_VERIFIED, () -> f.wiki.auth().updateProfile(actor, profile("A", "", "")));
        f.edit(alice.id(), u -> u.withFlags(false, false, true));
        fails(WikiError.AUTH_ACCOUNT_BANNED, () -> f.wiki.auth().updateProfile(actor, profile("A", "", "")));
    }

    @Test
    void r_7_12_dateFormatAndAppearanceOutsideTheListAre1012() {
        Actor admin = signedIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        WikiException e = fails(WikiError.INPUT_INVALID,
                () -> f.wiki.auth().updateProfile(admin, profile("Admin", "DD-MM-YY", "")));
        assertEquals("Input data is invalid.", e.getMessage());
        fails(WikiError.INPUT_INVALID, () -> f.wiki.auth().updateProfile(admin, profile("Admin", "", "purple")));
    }

    @Test
    void r_7_12_updatesTrimmedFieldsAndReturnsAJwtCarryingThem() {
        Actor admin = signedIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        String jwt = f.wiki.auth().updateProfile(admin, profile("  Root  ", "YYYY-MM-DD", "dark"));
        User stored = f.stored(1);
        assertEquals("Root", stored.name());
        assertEquals("Berlin", stored.location());
        assertEquals("Editor", stored.jobTitle());
        assertEquals("Europe/Berlin", stored.timezone());
        assertEquals("Root", claims(jwt).getClaim("name"));
        assertEquals("YYYY-MM-DD", claims(jwt).getClaim("df"));
        assertEquals("dark", claims(jwt).getClaim("ap"));
        assertEquals("Europe/Berlin", claims(jwt).getClaim("tz"));
    }

    @Test
    void r_7_12_emptyNameKeepsTheStoredOne() {
        Actor admin = signedIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        f.wiki.auth().updateProfile(admin, new ProfileUpdate("", "", "", "", "", ""));
        User stored = f.stored(1);
        assertEquals("Administrator", stored.name());
        assertEquals("America/New_York", stored.timezone());
    }
}
