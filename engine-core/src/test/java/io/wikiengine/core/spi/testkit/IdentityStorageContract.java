package io.wikiengine.core.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.spi.DuplicateKeyException;
import io.wikiengine.core.spi.ReferenceException;
import io.wikiengine.core.spi.Storage;
import io.wikiengine.core.spi.UserKey;
import io.wikiengine.core.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The storage SPI test-kit for identities: user search and last logins, and user keys. A backend's test
 * class extends it and says how to make an empty store.
 */
public abstract class IdentityStorageContract {

    protected static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");

    protected Storage storage;

    /** A new, empty store. */
    protected abstract Storage newStorage();

    @BeforeEach
    void openStore() {
        storage = newStorage();
    }

    @AfterEach
    void closeStore() {
        storage.close();
    }

    private User insert(String email, String name) {
        return storage.inTransaction(s -> s.users().insert(User.newLocal(email, name, "", T0)));
    }

    private void loggedIn(int id, Instant at) {
        storage.run(s -> {
            User u = s.users().byId(id).orElseThrow();
            s.users().update(new User(u.id(), u.email(), u.name(), u.providerKey(), u.providerId(), u.passwordHash(),
                    u.tfaIsActive(), u.tfaSecret(), u.jobTitle(), u.location(), u.pictureUrl(), u.timezone(),
                    u.localeCode(), u.defaultEditor(), u.dateFormat(), u.appearance(), u.isSystem(), u.isActive(),
                    u.isVerified(), u.mustChangePwd(), u.createdAt(), u.updatedAt(), at));
        });
    }

    @Test
    void searchMatchesEmailOrNameIgnoringCaseInIdOrder() {
        insert("ann@example.com", "Ann Smith");
        insert("bob@corp.org", "Bob");
        insert("carl@example.com", "Carl SMITHSON");
        List<String> hits = storage.inTransaction(s -> s.users().search("smith", 10)).stream().map(User::email).toList();
        assertEquals(List.of("ann@example.com", "carl@example.com"), hits);
        assertEquals(List.of("bob@corp.org"),
                storage.inTransaction(s -> s.users().search("CORP", 10)).stream().map(User::email).toList());
    }

    @Test
    void searchTakesWildcardsLiterally() {
        insert("a_b@example.com", "Under");
        insert("axb@example.com", "Other");
        insert("pct@example.com", "100% sure!");
        assertEquals(List.of("a_b@example.com"),
                storage.inTransaction(s -> s.users().search("a_b", 10)).stream().map(User::email).toList());
        assertEquals(List.of("pct@example.com"),
                storage.inTransaction(s -> s.users().search("0% sure!", 10)).stream().map(User::email).toList());
        assertEquals(List.of("pct@example.com"),
                storage.inTransaction(s -> s.users().search("%", 10)).stream().map(User::email).toList());
    }

    @Test
    void searchStopsAtTheLimit() {
        for (int i = 0; i < 12; i++) {
            insert("user" + i + "@example.com", "User " + i);
        }
        assertEquals(10, storage.inTransaction(s -> s.users().search("example", 10)).size());
        assertEquals(12, storage.inTransaction(s -> s.users().search("", 20)).size());
    }

    @Test
    void lastLoginsAreTheMostRecentFirstAndSkipUsersWhoNeverLoggedIn() {
        for (int i = 0; i < 13; i++) {
            insert("u" + i + "@example.com", "U" + i);
        }
        for (int id = 1; id <= 12; id++) {
            loggedIn(id, T0.plusSeconds(id));
        }
        List<Integer> ids = storage.inTransaction(s -> s.users().lastLogins(10)).stream().map(User::id).toList();
        assertEquals(List.of(12, 11, 10, 9, 8, 7, 6, 5, 4, 3), ids);
        assertEquals(12, storage.inTransaction(s -> s.users().lastLogins(50)).size());
    }

    @Test
    void userKeysRoundTripAndAreFoundByKindAndToken() {
        User user = insert("k@example.com", "Key");
        UserKey key = new UserKey(UserKey.Kind.RESET_PWD, "tok-1", user.id(), T0, T0.plus(UserKey.VALIDITY));
        storage.run(s -> s.userKeys().insert(key));
        assertEquals(Optional.of(key), storage.inTransaction(s -> s.userKeys().find(UserKey.Kind.RESET_PWD, "tok-1")));
        assertEquals(Optional.empty(), storage.inTransaction(s -> s.userKeys().find(UserKey.Kind.VERIFY, "tok-1")));
        assertEquals(List.of(key), storage.inTransaction(s -> s.userKeys().byUser(user.id())));
    }

    @Test
    void deletingAUserKeyTellsWhetherItWasThere() {
        User user = insert("k@example.com", "Key");
        storage.run(s -> s.userKeys().insert(UserKey.issue(UserKey.Kind.TFA, user.id(), T0)));
        String token = storage.inTransaction(s -> s.userKeys().byUser(user.id())).get(0).token();
        assertFalse(storage.<Boolean>inTransaction(s -> s.userKeys().delete(UserKey.Kind.VERIFY, token)));
        assertTrue(storage.<Boolean>inTransaction(s -> s.userKeys().delete(UserKey.Kind.TFA, token)));
        assertFalse(storage.<Boolean>inTransaction(s -> s.userKeys().delete(UserKey.Kind.TFA, token)));
    }

    @Test
    void aDuplicateTokenIsADuplicateKeyAndAnUnknownUserAReference() {
        User user = insert("k@example.com", "Key");
        UserKey key = new UserKey(UserKey.Kind.VERIFY, "same", user.id(), T0, T0.plusSeconds(60));
        storage.run(s -> s.userKeys().insert(key));
        assertThrows(DuplicateKeyException.class, () -> storage.run(s -> s.userKeys().insert(key)));
        UserKey orphan = new UserKey(UserKey.Kind.VERIFY, "other", 999, T0, T0.plusSeconds(60));
        assertThrows(ReferenceException.class, () -> storage.run(s -> s.userKeys().insert(orphan)));
    }

    @Test
    void userKeysGoWithTheirUserAndExpiredOnesArePurged() {
        User a = insert("a@example.com", "A");
        User b = insert("b@example.com", "B");
        storage.run(s -> {
            s.userKeys().insert(new UserKey(UserKey.Kind.VERIFY, "a1", a.id(), T0, T0.plusSeconds(10)));
            s.userKeys().insert(new UserKey(UserKey.Kind.VERIFY, "b1", b.id(), T0, T0.plusSeconds(10)));
            s.userKeys().insert(new UserKey(UserKey.Kind.VERIFY, "b2", b.id(), T0, T0.plusSeconds(100)));
        });
        storage.run(s -> s.users().delete(a.id()));
        assertEquals(Optional.empty(), storage.inTransaction(s -> s.userKeys().find(UserKey.Kind.VERIFY, "a1")));
        assertEquals(1, (int) storage.inTransaction(s -> s.userKeys().purgeExpired(T0.plusSeconds(10))));
        assertEquals(List.of("b2"),
                storage.inTransaction(s -> s.userKeys().byUser(b.id())).stream().map(UserKey::token).toList());
        assertEquals(1, (int) storage.inTransaction(s -> s.userKeys().deleteByUser(b.id())));
    }

    @Test
    void issuedKeysHaveTwentyOneUrlSafeCharactersAndLastADay() {
        UserKey key = UserKey.issue(UserKey.Kind.RESET_PWD, 7, T0);
        assertTrue(key.token().matches("[A-Za-z0-9_-]{21}"), key.token());
        assertEquals(T0.plusSeconds(24 * 3600), key.expiresAt());
        assertFalse(key.isExpiredAt(T0.plusSeconds(24 * 3600 - 1)));
        assertTrue(key.isExpiredAt(T0.plusSeconds(24 * 3600)));
        assertFalse(key.token().equals(UserKey.issue(UserKey.Kind.RESET_PWD, 7, T0).token()));
    }
}
