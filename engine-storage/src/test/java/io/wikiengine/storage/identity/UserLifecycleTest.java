package io.wikiengine.storage.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.WikiConfig;
import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.group.Group;
import io.wikiengine.core.mail.MailMessage;
import io.wikiengine.core.spi.UserKey;
import io.wikiengine.core.user.NewUser;
import io.wikiengine.core.user.User;
import io.wikiengine.core.user.UserDetail;
import io.wikiengine.storage.testing.TestDatabase;
import io.wikiengine.storage.testing.TestStores;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** users.delete, verify, activate, deactivate, enableTFA, disableTFA, resetPassword (spec ). */
class UserLifecycleTest extends IdentityFixture {

    @Test
    void r_7_10_deleteOfUsersOneAndTwoIs1018() {
        open();
        assertError(WikiError.USER_DELETE_PROTECTED, () -> wiki.users().delete(ADMIN, 1, 3));
        assertError(WikiError.USER_DELETE_PROTECTED, () -> wiki.users().delete(ADMIN, 2, 1));
        assertEquals(2, userCount());
    }

    @Test
    void r_7_10_deleteOfAnUnknownIdIs1016() {
        open();
        assertError(WikiError.USER_NOT_FOUND, () -> wiki.users().delete(ADMIN, 3, 1));
    }

    @Test
    void r_7_10_deleteNeedsManageUsers() {
        open();
        UserDetail ann = user("ann@example.com");
        assertPlain("Forbidden", () -> wiki.users().delete(actor(9, "write:users"), ann.id(), 1));
    }

    @Test
    void r_7_10_deleteRemovesTheUserTheirMembershipsAndKeysAndRevokesTheirTokens() {
        open();
        Group a = group("A", "read:pages");
        UserDetail ann = user("ann@example.com", a.id());
        wiki.users().resetPassword(ADMIN, ann.id());
        wiki.users().delete(ADMIN, ann.id(), 1);
        assertEquals(Optional.empty(), wiki.storage().inTransaction(s -> s.users().byId(ann.id())));
        assertEquals(List.of(), wiki.storage().inTransaction(s -> s.users().memberIds(a.id())));
        assertEquals(List.of(), wiki.storage().inTransaction(s -> s.userKeys().byUser(ann.id())));
        assertEquals(Optional.of(NOW), revokedAt("u" + ann.id()));
    }

    @Test
    void r_7_10_selfDeletionIsAllowed() {
        open();
        UserDetail ann = user("ann@example.com");
        wiki.users().delete(actor(ann.id(), "manage:users"), ann.id(), 1);
        assertEquals(2, userCount());
    }

    @Test
    void r_7_10_contentThatStillRefersToTheUserIs1017() throws SQLException {
        try (TestDatabase database = TestStores.freshDatabase();
             Wiki fk = Wiki.builder().storage(database.open())
                .config(WikiConfig.DEFAULTS.withPasswordCost(4)).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .admin("admin@example.com", "secret-123").build()) {
            UserDetail ann = fk.users().create(SYSTEM, NewUser.local("ann@example.com", "Ann", "password-1"));
            try (Connection c = database.connect(); Statement st = c.createStatement()) {
                // Content of another area that still points at the user, as pages and assets will.
                st.execute("CREATE TABLE test_content (author_id INTEGER NOT NULL REFERENCES wiki_users (id))");
                st.execute("INSERT INTO test_content VALUES (" + ann.id() + ")");
            }
            assertError(WikiError.USER_DELETE_FOREIGN_CONSTRAINT, () -> fk.users().delete(ADMIN, ann.id(), 1));
            assertTrue(fk.storage().inTransaction(s -> s.users().byId(ann.id())).isPresent());
            assertEquals(Optional.empty(), fk.storage().inTransaction(s -> s.revocations().revokedAt("u" + ann.id())));
        }
    }

    @Test
    void r_7_11_verifyAndActivateSetTheirFlags() {
        open();
        UserDetail ann = user("ann@example.com");
        wiki.storage().run(s -> s.users().update(s.users().byId(ann.id()).orElseThrow().withFlags(false, false, false)));
        wiki.users().verify(ADMIN, ann.id());
        assertTrue(stored(ann.id()).isVerified());
        assertFalse(stored(ann.id()).isActive());
        wiki.users().activate(ADMIN, ann.id());
        assertTrue(stored(ann.id()).isActive());
    }

    @Test
    void r_7_11_verifyActivateAndTfaOfAnUnknownIdSucceedAndChangeNothing() {
        open();
        wiki.users().verify(ADMIN, 77);
        wiki.users().activate(ADMIN, 77);
        wiki.users().deactivate(ADMIN, 77);
        wiki.users().enableTFA(ADMIN, 77);
        wiki.users().disableTFA(ADMIN, 77);
        assertEquals(2, userCount());
        assertEquals(Optional.empty(), revokedAt("u77"));
    }

    @Test
    void r_7_9_deactivateOfUsersOneAndTwoIsRefused() {
        open();
        assertPlain("Cannot deactivate system accounts.", () -> wiki.users().deactivate(ADMIN, 1));
        assertPlain("Cannot deactivate system accounts.", () -> wiki.users().deactivate(ADMIN, 2));
        assertTrue(stored(1).isActive());
    }

    @Test
    void decision16_deactivateRevokesTheUsersTokens() {
        open();
        UserDetail ann = user("ann@example.com");
        wiki.users().deactivate(ADMIN, ann.id());
        assertFalse(stored(ann.id()).isActive());
        assertEquals(Optional.of(NOW), revokedAt("u" + ann.id()));
    }

    @Test
    void r_7_11_lifecycleOperationsNeedManageUsers() {
        open();
        UserDetail ann = user("ann@example.com");
        assertPlain("Forbidden", () -> wiki.users().verify(actor(9, "write:users"), ann.id()));
        assertPlain("Forbidden", () -> wiki.users().activate(actor(9, "write:users"), ann.id()));
        assertPlain("Forbidden", () -> wiki.users().deactivate(actor(9, "write:users"), ann.id()));
        assertPlain("Forbidden", () -> wiki.users().enableTFA(actor(9, "write:users"), ann.id()));
        assertPlain("Forbidden", () -> wiki.users().disableTFA(actor(9, "write:users"), ann.id()));
        assertTrue(stored(ann.id()).isActive());
    }

    @Test
    void r_7_11_enableTfaForcesEnrolmentAndDisableTfaForgetsTheSecret() {
        open();
        UserDetail ann = user("ann@example.com");
        wiki.storage().run(s -> {
            User u = s.users().byId(ann.id()).orElseThrow();
            s.users().update(new User(u.id(), u.email(), u.name(), u.providerKey(), u.providerId(), u.passwordHash(),
                    true, "JBSWY3DPEHPK3PXP", u.jobTitle(), u.location(), u.pictureUrl(), u.timezone(), u.localeCode(),
                    u.defaultEditor(), u.dateFormat(), u.appearance(), u.isSystem(), u.isActive(), u.isVerified(),
                    u.mustChangePwd(), u.createdAt(), u.updatedAt(), u.lastLoginAt()));
        });
        wiki.users().enableTFA(ADMIN, ann.id());
        assertTrue(stored(ann.id()).tfaIsActive());
        assertNull(stored(ann.id()).tfaSecret());
        wiki.users().disableTFA(ADMIN, ann.id());
        assertFalse(stored(ann.id()).tfaIsActive());
        assertNull(stored(ann.id()).tfaSecret());
    }

    @Test
    void decision25_resetPasswordMailsAResetLinkWithADayLongKey() {
        open();
        UserDetail ann = user("ann@example.com");
        wiki.users().resetPassword(actor(9, "manage:users"), ann.id());
        List<UserKey> keys = wiki.storage().inTransaction(s -> s.userKeys().byUser(ann.id()));
        assertEquals(1, keys.size());
        UserKey key = keys.get(0);
        assertEquals(UserKey.Kind.RESET_PWD, key.kind());
        assertTrue(key.token().matches("[A-Za-z0-9_-]{21}"), key.token());
        assertEquals(NOW.plus(UserKey.VALIDITY), key.expiresAt());
        MailMessage mail = mails.get(0);
        assertEquals("ann@example.com", mail.to());
        assertTrue(mail.text().contains(HOST + "/login-reset/" + key.token()), mail.text());
        assertTrue(mail.html().contains(HOST + "/login-reset/" + key.token()), mail.html());
    }

    @Test
    void decision25_resetPasswordNeedsManageUsers() {
        open();
        UserDetail ann = user("ann@example.com");
        assertPlain("Forbidden", () -> wiki.users().resetPassword(actor(9, "write:users"), ann.id()));
        assertEquals(List.of(), mails);
    }

    @Test
    void decision25_resetPasswordWithoutAMailSenderIs3002AndStoresNoKey() {
        open(b -> { });
        UserDetail ann = user("ann@example.com");
        assertError(WikiError.MAIL_NOT_CONFIGURED, () -> wiki.users().resetPassword(ADMIN, ann.id()));
        assertEquals(List.of(), wiki.storage().inTransaction(s -> s.userKeys().byUser(ann.id())));
    }

    @Test
    void decision25_resetPasswordOfAnUnknownUserIs1016() {
        open();
        assertError(WikiError.USER_NOT_FOUND, () -> wiki.users().resetPassword(ADMIN, 99));
        assertEquals(List.of(), mails);
    }

    @Test
    void decision25_resetPasswordOfAUserOfAnotherStrategyIs1003() {
        open();
        UserDetail bob = wiki.users().create(ADMIN, NewUser.local("bob@example.com", "Bob", null).withProvider("ldap"));
        assertError(WikiError.AUTH_PROVIDER_INVALID, () -> wiki.users().resetPassword(ADMIN, bob.id()));
    }
}
