package io.wikiengine.storage.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.WikiConfig;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.auth.AuthPolicy;
import io.wikiengine.core.auth.LoginResult;
import io.wikiengine.core.error.WikiException;
import io.wikiengine.core.user.NewUser;
import io.wikiengine.core.user.User;
import io.wikiengine.core.user.UserUpdate;
import io.wikiengine.storage.JdbiStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Passwords longer than bcrypt's 72 bytes are hashed and checked by their first 72 bytes (in UTF-8), as
 * bcryptjs does in Wiki.js, on every path that sets one.
 */
class LongPasswordTest {

    /** 100 characters; only the first 72 count. */
    private static final String LONG = "x".repeat(50) + "y".repeat(50);
    /** The same first 72 characters with another tail. */
    private static final String SAME_HEAD = LONG.substring(0, 72) + "another tail";
    /** {@code crypt(LONG, "$2a$04$abcdefghijklmnopqrstuu")} of libxcrypt, an OpenBSD-compatible bcrypt. */
    private static final String REFERENCE = "$2a$04$abcdefghijklmnopqrstuu4sKz73iWA.nFukZIJ9fnozRKYFXZfgK";
    private static final Actor SYSTEM = Actor.system();

    private final AuthFixture f = new AuthFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private void logsIn(String email, String password) {
        assertNotNull(f.wiki.auth().login(email, password, "local").jwt());
    }

    private void refused(String email, String password) {
        WikiException e = assertThrows(WikiException.class, () -> f.wiki.auth().login(email, password, "local"));
        assertEquals(1002, e.code());
    }

    @Test
    void r_5_5_4_createWithALongPasswordThenLogInByItsFirst72Bytes() {
        f.wiki.users().create(SYSTEM, NewUser.local("alice@example.com", "Alice", LONG));
        logsIn("alice@example.com", LONG);
        logsIn("alice@example.com", SAME_HEAD);
        refused("alice@example.com", LONG.substring(0, 71));
    }

    @Test
    void r_5_5_4_firstBytesCountInUtf8() {
        // 36 two-byte characters fill the 72 bytes; what follows does not count.
        String head = "\u00e9".repeat(36);
        f.wiki.users().create(SYSTEM, NewUser.local("alice@example.com", "Alice", head + "tail"));
        logsIn("alice@example.com", head + "other");
        refused("alice@example.com", "\u00e9".repeat(35));
    }

    @Test
    void r_5_5_4_aWikiJsHashOfALongPasswordVerifies() {
        f.wiki.users().create(SYSTEM, NewUser.local("alice@example.com", "Alice", REFERENCE));
        logsIn("alice@example.com", LONG);
        refused("alice@example.com", LONG.substring(0, 71));
    }

    @Test
    void r_7_8_updateSetsALongPassword() {
        int id = f.user("alice@example.com", "alice-pass").id();
        f.wiki.users().update(SYSTEM, UserUpdate.of(id).withNewPassword(LONG));
        logsIn("alice@example.com", SAME_HEAD);
    }

    @Test
    void r_5_5_3_changePasswordToALongOne() {
        f.user("alice@example.com", "alice-pass");
        Actor alice = f.wiki.auth().resolve(f.loginJwt("alice@example.com", "alice-pass")).actor();
        f.wiki.auth().changePassword(alice, "alice-pass", LONG);
        f.wiki.auth().changePassword(alice, SAME_HEAD, "short-again");
        logsIn("alice@example.com", "short-again");
    }

    @Test
    void r_5_5_1_loginChangePasswordToALongOne() {
        User alice = f.user("alice@example.com", "alice-pass");
        f.edit(alice.id(), u -> new User(u.id(), u.email(), u.name(), u.providerKey(), u.providerId(),
                u.passwordHash(), u.tfaIsActive(), u.tfaSecret(), u.jobTitle(), u.location(), u.pictureUrl(),
                u.timezone(), u.localeCode(), u.defaultEditor(), u.dateFormat(), u.appearance(), u.isSystem(),
                u.isActive(), u.isVerified(), true, u.createdAt(), u.updatedAt(), u.lastLoginAt()));
        LoginResult step = f.wiki.auth().login("alice@example.com", "alice-pass", "local");
        assertNotNull(f.wiki.auth().loginChangePassword(step.continuationToken(), LONG).jwt());
        logsIn("alice@example.com", SAME_HEAD);
    }

    @Test
    void r_5_6_registerWithALongPassword() {
        f.wiki.auth().setPolicy(SYSTEM, AuthPolicy.DEFAULTS.withSelfRegistration(true));
        f.wiki.auth().register("new@example.com", LONG, "Newcomer");
        f.edit(f.storage().inTransaction(s -> s.users().byEmail("local", "new@example.com")).orElseThrow().id(),
                u -> u.withFlags(false, true, true));
        logsIn("new@example.com", SAME_HEAD);
    }

    @Test
    void r_5_5_4_builderAdminWithALongPassword() {
        Wiki wiki = Wiki.builder().storage(JdbiStorage.h2InMemory())
                .config(WikiConfig.DEFAULTS.withPasswordCost(4)).admin("root@example.com", LONG).build();
        try {
            assertNotNull(wiki.auth().login("root@example.com", SAME_HEAD, "local").jwt());
        } finally {
            wiki.close();
            wiki.storage().close();
        }
    }
}
