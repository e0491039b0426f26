package io.wikiengine.storage.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.PageRule;
import io.wikiengine.core.access.PageTarget;
import io.wikiengine.core.access.RuleMatch;
import io.wikiengine.core.access.Scope;
import io.wikiengine.core.group.Group;
import io.wikiengine.core.page.Page;
import io.wikiengine.core.page.PageCreate;
import io.wikiengine.core.page.PageUpdate;
import io.wikiengine.core.plugin.Topic;
import io.wikiengine.storage.JdbiStorage;
import io.wikiengine.storage.PostgresNotifications;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two wiki instances over one PostgreSQL schema, each with {@link PostgresNotifications}: what one commits,
 * the other's caches follow within a second.
 */
class NotificationsPostgresTest {

    private static final Actor GUEST = Actor.guest(Set.of(Scope.READ_PAGES.wire()), List.of(Group.GUESTS));
    private static final PageTarget SECRET = PageTarget.page("secret/plans", "en");

    private static PostgresDatabase database;

    private TwoInstances two;
    private JdbiStorage storeA;
    private Wiki a;
    private Wiki b;

    @BeforeAll
    static void database() {
        database = PostgresDatabase.require();
    }

    @BeforeEach
    void open() {
        two = new TwoInstances(database);
        storeA = two.storeA;
        a = two.a;
        b = two.b;
    }

    @AfterEach
    void close() {
        two.close();
    }

    /** Writes the guests' rules with or without a rule denying {@code read:pages} under {@code secret}. */
    private void guestRules(JdbiStorage store, boolean denySecret) {
        store.run(s -> {
            Group guests = s.groups().byId(Group.GUESTS).orElseThrow();
            List<PageRule> rules = new ArrayList<>(guests.pageRules().stream()
                    .filter(rule -> !rule.id().equals("no-secret")).toList());
            if (denySecret) {
                rules.add(new PageRule("no-secret", true, RuleMatch.START, List.of(Scope.READ_PAGES.wire()),
                        "secret", List.of()));
            }
            s.groups().update(guests.withAccess(guests.permissions(), rules));
        });
    }

    private static boolean secretReadable(Wiki wiki) {
        return wiki.permissions().check(GUEST, Scope.READ_PAGES, SECRET);
    }

    @Test
    void aGroupsRulesChangedOnAAreEnforcedOnBWithinOneSecond() {
        assertTrue(secretReadable(b));
        guestRules(storeA, true);
        a.changed(Topic.GROUPS);
        assertFalse(secretReadable(a));
        TwoInstances.within1s(() -> !secretReadable(b));
    }

    @Test
    void aPageUpdatedOnAIsReadFreshOnBWithinOneSecond() {
        Actor admin = Actor.user(1, TwoInstances.ADMIN_EMAIL, "Administrator", Set.of(Scope.MANAGE_SYSTEM.wire()),
                List.of(Group.ADMINISTRATORS));
        Page page = a.pages().create(admin, PageCreate.of("en", "docs/a", "A", "first"));
        assertEquals("first", b.pages().single(admin, page.id()).content());
        assertEquals("first", b.pages().singleByPath(admin, "docs/a", "en").content());
        a.pages().update(admin, PageUpdate.of(page.id()).withContent("second"));
        assertEquals("second", a.pages().single(admin, page.id()).content());
        TwoInstances.within1s(() -> b.pages().single(admin, page.id()).content().equals("second")
                && b.pages().singleByPath(admin, "docs/a", "en").content().equals("second"));
    }

    @Test
    void invalidationLatencyBetweenTwoInstancesStaysUnderOneSecond() {
        int rounds = 40;
        long[] micros = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            boolean deny = i % 2 == 0;
            guestRules(storeA, deny);
            // Measured from just before the commit is announced, as a service announces it after committing.
            long start = System.nanoTime();
            a.changed(Topic.GROUPS);
            TwoInstances.within1s(() -> secretReadable(b) != deny);
            micros[i] = (System.nanoTime() - start) / 1000;
        }
        Arrays.sort(micros);
        System.out.printf("Invalidation latency A->B over %d changes: median %.2f ms, p95 %.2f ms, max %.2f ms%n",
                rounds, micros[rounds / 2] / 1000.0, micros[rounds * 95 / 100] / 1000.0, micros[rounds - 1] / 1000.0);
        assertTrue(micros[rounds - 1] < 1_000_000);
    }

    @Test
    void aChangeMissedWhileTheListenerWasCutIsCaughtUpOnReconnect() {
        assertTrue(secretReadable(b));
        // Cut both instances' listening connections, then change the rules without telling anyone: only the
        // reconnection may bring B up to date.
        two.schema.terminateListeners();
        guestRules(storeA, true);
        long start = System.nanoTime();
        while (secretReadable(b)) {
            if (System.nanoTime() - start > 10 * TwoInstances.WITHIN_NANOS) {
                throw new AssertionError("B did not drop its caches after reconnecting");
            }
            Thread.onSpinWait();
        }
        // And it listens again: a later change arrives as usual.
        guestRules(storeA, false);
        a.changed(Topic.GROUPS);
        TwoInstances.within1s(() -> secretReadable(b));
    }

    @Test
    void theNotificationsNeedAPostgresStore() {
        try (JdbiStorage h2 = JdbiStorage.h2InMemory()) {
            assertThrows(IllegalArgumentException.class, () -> new PostgresNotifications(h2));
        }
    }
}
