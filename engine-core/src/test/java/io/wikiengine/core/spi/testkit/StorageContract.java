package io.wikiengine.core.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.access.PageRule;
import io.wikiengine.core.access.RuleMatch;
import io.wikiengine.core.group.Group;
import io.wikiengine.core.spi.DuplicateKeyException;
import io.wikiengine.core.spi.Storage;
import io.wikiengine.core.spi.UniqueKey;
import io.wikiengine.core.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The storage SPI test-kit, part one: transactions, settings, groups and users. A backend's test class
 * extends it and says how to make an empty store.
 */
public abstract class StorageContract {

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

    protected static Group group(String name, List<String> permissions, List<PageRule> rules) {
        return new Group(0, name, permissions, rules, false, "/", T0, T0);
    }

    protected static User user(String email) {
        return User.newLocal(email, "User " + email, "$2a$04$abcdefghijklmnopqrstuu", T0);
    }

    @Test
    void transactionCommitsWhenTheWorkReturns() {
        storage.run(s -> s.settings().put("k", "v"));
        assertEquals(Optional.of("v"), storage.inTransaction(s -> s.settings().get("k")));
    }

    @Test
    void transactionRollsBackWhenTheWorkThrowsAndTheExceptionPropagatesUnchanged() {
        IllegalStateException thrown = new IllegalStateException("boom");
        IllegalStateException caught = assertThrows(IllegalStateException.class, () -> storage.run(s -> {
            s.settings().put("k", "v");
            s.groups().insert(group("G", List.of("read:pages"), List.of()));
            throw thrown;
        }));
        assertSame(thrown, caught);
        assertEquals(Optional.empty(), storage.inTransaction(s -> s.settings().get("k")));
        assertEquals(0, (int) storage.inTransaction(s -> s.groups().count()));
    }

    @Test
    void settingsPutReplacesAndRemoveDeletes() {
        storage.run(s -> {
            s.settings().put("a", "1");
            s.settings().put("a", "2");
            s.settings().put("b", "long " + "x".repeat(10_000));
        });
        assertEquals(Optional.of("2"), storage.inTransaction(s -> s.settings().get("a")));
        assertEquals(2, storage.inTransaction(s -> s.settings().all()).size());
        storage.run(s -> s.settings().remove("a"));
        storage.run(s -> s.settings().remove("never-there"));
        assertEquals(Map.of("b", "long " + "x".repeat(10_000)), storage.inTransaction(s -> s.settings().all()));
    }

    @Test
    void groupIdsStartAtOneAndGoUpByOne() {
        Group a = storage.inTransaction(s -> s.groups().insert(group("A", List.of(), List.of())));
        Group b = storage.inTransaction(s -> s.groups().insert(group("B", List.of(), List.of())));
        assertEquals(1, a.id());
        assertEquals(2, b.id());
    }

    @Test
    void groupPermissionsAndRulesRoundTripInOrder() {
        List<PageRule> rules = List.of(
                new PageRule("r1", false, RuleMatch.START, List.of("read:pages", "write:pages"), "docs", List.of()),
                new PageRule("r2", true, RuleMatch.REGEX, List.of("read:pages"), "^a\"b\\\\c$", List.of("en", "fr")),
                new PageRule("r3", false, RuleMatch.TAG, List.of("read:pages"), "secret", List.of("pt-br")));
        Group stored = storage.inTransaction(s -> s.groups().insert(
                group("Editors", List.of("write:pages", "read:pages", "unknown:thing"), rules)));
        Group loaded = storage.inTransaction(s -> s.groups().byId(stored.id())).orElseThrow();
        assertEquals(stored, loaded);
        assertEquals(List.of("write:pages", "read:pages", "unknown:thing"), loaded.permissions());
        assertEquals(rules, loaded.pageRules());
    }

    @Test
    void groupUpdateReplacesPermissionsAndRules() {
        Group stored = storage.inTransaction(s -> s.groups().insert(group("G", List.of("read:pages"),
                List.of(PageRule.allow("a", RuleMatch.START, "", List.of("read:pages"))))));
        Group changed = new Group(stored.id(), "G2", List.of("write:pages"),
                List.of(PageRule.deny("b", RuleMatch.EXACT, "x", List.of("write:pages"))), false, "/home", T0,
                T0.plusSeconds(5));
        assertTrue(storage.<Boolean>inTransaction(s -> s.groups().update(changed)));
        assertEquals(changed, storage.inTransaction(s -> s.groups().byId(stored.id())).orElseThrow());
        Group missing = new Group(99, "Nobody", List.of(), List.of(), false, "/", T0, T0);
        assertFalse(storage.<Boolean>inTransaction(s -> s.groups().update(missing)));
    }

    @Test
    void groupsAllAndByIdsKeepIdOrderAndSkipUnknownIds() {
        storage.run(s -> {
            s.groups().insert(group("A", List.of(), List.of()));
            s.groups().insert(group("B", List.of(), List.of(PageRule.allow("x", RuleMatch.END, ".md", List.of("read:pages")))));
            s.groups().insert(group("C", List.of(), List.of()));
        });
        assertEquals(List.of("A", "B", "C"), storage.inTransaction(s -> s.groups().all()).stream().map(Group::name).toList());
        assertEquals(List.of("A", "C"), storage.inTransaction(s -> s.groups().byIds(List.of(3, 1, 42)))
                .stream().map(Group::name).toList());
        assertEquals(1, storage.inTransaction(s -> s.groups().byIds(List.of(2))).get(0).pageRules().size());
    }

    @Test
    void userRoundTripsEveryField() {
        User full = new User(0, "a@example.com", "Ann", "local", "ext-1", "$2a$12$hash", true, "SECRET", "Boss",
                "Paris", "https://img/x.png", "Europe/Paris", "fr", "code", "YYYY-MM-DD", "dark", false, true, false,
                true, T0, T0.plusMillis(1), T0.plusMillis(2));
        User stored = storage.inTransaction(s -> s.users().insert(full));
        assertEquals(1, stored.id());
        assertEquals(full.withId(1), storage.inTransaction(s -> s.users().byId(1)).orElseThrow());
        assertEquals(Optional.of(stored), storage.inTransaction(s -> s.users().byEmail("local", "a@example.com")));
        assertEquals(Optional.empty(), storage.inTransaction(s -> s.users().byEmail("ldap", "a@example.com")));
    }

    @Test
    void duplicateEmailInOneProviderIsADuplicateKey() {
        storage.run(s -> s.users().insert(user("dup@example.com")));
        DuplicateKeyException e = assertThrows(DuplicateKeyException.class,
                () -> storage.run(s -> s.users().insert(user("dup@example.com"))));
        assertEquals(UniqueKey.USER_EMAIL, e.key());
        assertEquals(1, (int) storage.inTransaction(s -> s.users().count()));
    }

    @Test
    void userUpdateAndDelete() {
        User stored = storage.inTransaction(s -> s.users().insert(user("u@example.com")));
        User renamed = new User(stored.id(), stored.email(), "Renamed", stored.providerKey(), null,
                stored.passwordHash(), false, null, "", "", null, "UTC", "en", "markdown", "", "", false, false, true,
                false, stored.createdAt(), T0.plusSeconds(1), T0.plusSeconds(1));
        assertTrue(storage.<Boolean>inTransaction(s -> s.users().update(renamed)));
        assertEquals(renamed, storage.inTransaction(s -> s.users().byId(stored.id())).orElseThrow());
        assertTrue(storage.<Boolean>inTransaction(s -> s.users().delete(stored.id())));
        assertFalse(storage.<Boolean>inTransaction(s -> s.users().delete(stored.id())));
        assertEquals(Optional.empty(), storage.inTransaction(s -> s.users().byId(stored.id())));
    }

    @Test
    void membershipsAreSetAddedAndRemovedIdempotently() {
        storage.run(s -> {
            s.groups().insert(group("A", List.of(), List.of()));
            s.groups().insert(group("B", List.of(), List.of()));
            s.groups().insert(group("C", List.of(), List.of()));
            s.users().insert(user("one@example.com"));
            s.users().insert(user("two@example.com"));
        });
        storage.run(s -> {
            s.users().setGroups(1, List.of(3, 1, 3));
            s.users().addToGroup(1, 1);
            s.users().addToGroup(2, 1);
        });
        assertEquals(List.of(1, 3), storage.inTransaction(s -> s.users().groupIds(1)));
        assertEquals(List.of(1, 2), storage.inTransaction(s -> s.users().memberIds(1)));
        assertEquals(Map.of(1, List.of(1, 3), 2, List.of(1)), storage.inTransaction(s -> s.users().groupIds(List.of(1, 2))));
        assertEquals(Map.of(1, 2, 3, 1), storage.inTransaction(s -> s.groups().memberCounts()));
        storage.run(s -> {
            s.users().removeFromGroup(1, 3);
            s.users().removeFromGroup(1, 2);
        });
        assertEquals(List.of(1), storage.inTransaction(s -> s.users().groupIds(1)));
    }

    @Test
    void deletingAGroupOrAUserDropsTheirMemberships() {
        storage.run(s -> {
            s.groups().insert(group("A", List.of(), List.of()));
            s.groups().insert(group("B", List.of(), List.of()));
            s.users().insert(user("one@example.com"));
            s.users().setGroups(1, List.of(1, 2));
        });
        assertTrue(storage.<Boolean>inTransaction(s -> s.groups().delete(2)));
        assertEquals(List.of(1), storage.inTransaction(s -> s.users().groupIds(1)));
        storage.run(s -> s.users().delete(1));
        assertEquals(List.of(), storage.inTransaction(s -> s.users().memberIds(1)));
        assertFalse(storage.<Boolean>inTransaction(s -> s.groups().delete(2)));
    }

    @Test
    void usersByIdsSkipsUnknownIds() {
        storage.run(s -> {
            s.users().insert(user("one@example.com"));
            s.users().insert(user("two@example.com"));
        });
        assertEquals(List.of(2), List.copyOf(storage.inTransaction(s -> s.users().byIds(List.of(2, 7))).keySet()));
        assertTrue(storage.inTransaction(s -> s.users().byIds(List.of())).isEmpty());
    }

    @Test
    void revocationsAreReplacedPerSubjectAndPurgedByAge() {
        storage.run(s -> {
            s.revocations().revoke("u3", T0);
            s.revocations().revoke("u3", T0.plusSeconds(10));
            s.revocations().revoke("g1", T0.minusSeconds(100));
        });
        assertEquals(Optional.of(T0.plusSeconds(10)), storage.inTransaction(s -> s.revocations().revokedAt("u3")));
        assertEquals(Optional.empty(), storage.inTransaction(s -> s.revocations().revokedAt("u4")));
        assertEquals(2, storage.inTransaction(s -> s.revocations().all()).size());
        assertEquals(1, (int) storage.inTransaction(s -> s.revocations().purgeBefore(T0)));
        assertEquals(Map.of("u3", T0.plusSeconds(10)), storage.inTransaction(s -> s.revocations().all()));
    }

    @Test
    void latestRevocationIsTheNewestAmongTheSubjectsAsked() {
        storage.run(s -> {
            s.revocations().revoke("u3", T0);
            s.revocations().revoke("g1", T0.plusSeconds(5));
            s.revocations().revoke("g2", T0.minusSeconds(5));
        });
        assertEquals(Optional.of(T0.plusSeconds(5)),
                storage.inTransaction(s -> s.revocations().latestRevocation(List.of("u3", "g1", "g2", "g9"))));
        assertEquals(Optional.of(T0),
                storage.inTransaction(s -> s.revocations().latestRevocation(List.of("g2", "u3"))));
        assertEquals(Optional.of(T0.minusSeconds(5)),
                storage.inTransaction(s -> s.revocations().latestRevocation(List.of("g2"))));
        assertEquals(Optional.empty(),
                storage.inTransaction(s -> s.revocations().latestRevocation(List.of("u4", "g9"))));
        assertEquals(Optional.empty(), storage.inTransaction(s -> s.revocations().latestRevocation(List.of())));
    }
}
