package io.wikiengine.core.access;

import static io.wikiengine.core.access.Fixtures.READ;
import static io.wikiengine.core.access.Fixtures.allow;
import static io.wikiengine.core.access.Fixtures.deny;
import static io.wikiengine.core.access.Fixtures.group;
import static io.wikiengine.core.access.Fixtures.page;
import static io.wikiengine.core.access.Fixtures.reader;
import static io.wikiengine.core.access.Fixtures.user;
import static io.wikiengine.core.access.RuleMatch.END;
import static io.wikiengine.core.access.RuleMatch.EXACT;
import static io.wikiengine.core.access.RuleMatch.REGEX;
import static io.wikiengine.core.access.RuleMatch.START;
import static io.wikiengine.core.access.RuleMatch.TAG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.access.AccessExplanation.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ExplainAndMemoTest {

    private final PermissionEngine engine = new PermissionEngine();

    // --- explain ------------------------------------------------------------------------------------

    @Test
    void explain_manageSystemBypass() {
        AccessExplanation why = engine.explain(user(Set.of("manage:system")), "read:pages", page("a"));
        assertEquals(Reason.MANAGE_SYSTEM, why.reason());
        assertTrue(why.allowed());
        assertNull(why.decidingRule());
    }

    @Test
    void explain_missingGlobalScope() {
        engine.put(group(3, allow(START, "")));
        AccessExplanation why = engine.explain(reader(3), "write:pages", page("a"));
        assertEquals(Reason.MISSING_SCOPE, why.reason());
        assertFalse(why.allowed());
    }

    @Test
    void explain_noGroups() {
        assertEquals(Reason.NO_GROUPS, engine.explain(reader(), "read:pages", page("a")).reason());
    }

    @Test
    void explain_noRuleMatched() {
        engine.put(group(3, allow(START, "docs")));
        AccessExplanation why = engine.explain(reader(3), "read:pages", page("blog"));
        assertEquals(Reason.NO_RULE_MATCHED, why.reason());
        assertFalse(why.allowed());
        assertNull(why.decidingRule());
    }

    @Test
    void explain_namesTheDenyingRuleAndItsGroup() {
        engine.load(List.of(group(3, "Staff", READ, allow(START, "hr")),
                group(4, "Contractors", READ, PageRule.deny("r-17", START, "hr/pay", READ))));
        AccessExplanation why = engine.explain(reader(3, 4), "read:pages", page("hr/pay/2024"));
        assertEquals(Reason.RULE_DENIES, why.reason());
        AccessExplanation.DecidingRule rule = why.decidingRule();
        assertNotNull(rule);
        assertEquals(4, rule.groupId());
        assertEquals("Contractors", rule.groupName());
        assertEquals("r-17", rule.ruleId());
        assertEquals("hr/pay", rule.rule().path());
        assertTrue(why.describe().contains("r-17"));
    }

    @Test
    void explain_namesTheAllowingRule() {
        engine.put(group(3, "Staff", READ, deny(START, ""), PageRule.allow("kb", START, "kb", READ)));
        AccessExplanation why = engine.explain(reader(3), "read:pages", page("kb/a"));
        assertEquals(Reason.RULE_ALLOWS, why.reason());
        assertTrue(why.allowed());
        assertEquals("kb", why.decidingRule().ruleId());
    }

    @Test
    void explain_fullTieNamesTheLastRuleWalkedAsTheSpecStateMachineDoes() {
        engine.load(List.of(group(3, PageRule.deny("first", START, "kb", READ)),
                group(4, PageRule.deny("second", START, "kb", READ))));
        assertEquals("second", engine.explain(reader(3, 4), "read:pages", page("kb/a")).decidingRule().ruleId());
        assertEquals("first", engine.explain(reader(4, 3), "read:pages", page("kb/a")).decidingRule().ruleId());
    }

    @Test
    void explain_agreesWithCheckEverywhere() {
        engine.load(List.of(
                group(3, allow(START, "docs"), deny(END, "draft"), allow(REGEX, "^docs/.*/public$")),
                group(4, deny(TAG, "hidden"), allow(EXACT, "docs/x/draft"), deny(START, "docsX"))));
        List<PageTarget> targets = List.of(page("docs"), page("docs/a/draft"), page("docs/x/draft"),
                page("docs/a/public", "hidden"), page("docsXY"), page("blog"), page("docs/q", "hidden"));
        for (Actor actor : List.of(reader(3), reader(4), reader(3, 4), reader(4, 3), reader())) {
            for (PageTarget target : targets) {
                assertEquals(engine.check(actor, READ, target),
                        engine.explain(actor, "read:pages", target).allowed(), target + " " + actor.groups());
            }
        }
    }

    // --- memo ---------------------------------------------------------------------------------------

    @Test
    void memo_putInvalidatesEarlierDecisions() {
        engine.put(group(3, allow(START, "")));
        Actor actor = reader(3);
        assertTrue(engine.check(actor, READ, page("docs/a")));
        assertTrue(engine.check(actor, READ, page("docs/a")));
        engine.put(group(3, allow(START, ""), deny(START, "docs")));
        assertFalse(engine.check(actor, READ, page("docs/a")));
        assertEquals(Reason.RULE_DENIES, engine.explain(actor, "read:pages", page("docs/a")).reason());
    }

    @Test
    void memo_putOfAnotherGroupInvalidatesTheSharedPool() {
        engine.load(List.of(group(3, allow(START, "")), group(4)));
        Actor actor = reader(3, 4);
        assertTrue(engine.check(actor, READ, page("docs/a")));
        engine.put(group(4, deny(START, "docs")));
        assertFalse(engine.check(actor, READ, page("docs/a")));
    }

    @Test
    void memo_removeInvalidatesEarlierDecisions() {
        engine.load(List.of(group(3, allow(START, "")), group(4, allow(START, "kb"))));
        Actor actor = reader(4);
        assertTrue(engine.check(actor, READ, page("kb/a")));
        engine.remove(4);
        assertFalse(engine.check(actor, READ, page("kb/a")));
        assertEquals(Reason.NO_RULE_MATCHED, engine.explain(actor, "read:pages", page("kb/a")).reason());
    }

    @Test
    void memo_loadInvalidatesEarlierDecisions() {
        engine.load(List.of(group(3, allow(START, ""))));
        Actor actor = reader(3);
        assertTrue(engine.check(actor, List.of("read:pages", "write:pages"), page("a")));
        engine.load(List.of(group(3, deny(START, ""))));
        assertFalse(engine.check(actor, List.of("read:pages", "write:pages"), page("a")));
    }

    @Test
    void memo_keysOnScopesAndTargetFields() {
        engine.put(group(3, allow(START, ""), deny(TAG, "x"),
                PageRule.deny("fr", START, "", READ).withLocales(List.of("fr"))));
        Actor actor = reader(3);
        assertTrue(engine.check(actor, READ, page("a")));
        assertFalse(engine.check(actor, READ, page("a", "x")));
        assertFalse(engine.check(actor, READ, PageTarget.page("a", "fr")));
        assertTrue(engine.check(actor, READ, PageTarget.asset("a")));
        assertFalse(engine.check(actor, List.of("write:pages"), page("a")));
    }

    @Test
    void memo_staysCorrectPastItsBound() {
        engine.put(group(3, allow(START, ""), deny(END, "7")));
        Actor actor = reader(3);
        for (int i = 0; i < 70_000; i++) {
            assertEquals(i % 10 != 7, engine.check(actor, READ, page("p/" + i)), "p/" + i);
        }
        assertTrue(engine.check(actor, READ, page("p/1")));
        assertFalse(engine.check(actor, READ, page("p/17")));
    }

    @Test
    void memo_neverServesAStaleDecisionUnderConcurrentChecks() throws InterruptedException {
        engine.put(group(3, allow(START, "")));
        Actor actor = reader(3);
        AtomicBoolean changed = new AtomicBoolean();
        AtomicInteger staleAfterChange = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(2);
        List<Thread> readers = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            Thread reader = new Thread(() -> {
                started.countDown();
                while (!stop.get()) {
                    boolean afterChange = changed.get();
                    if (engine.check(actor, READ, page("docs/a")) && afterChange) {
                        staleAfterChange.incrementAndGet();
                    }
                }
            });
            reader.start();
            readers.add(reader);
        }
        assertTrue(started.await(5, TimeUnit.SECONDS));
        engine.put(group(3, allow(START, ""), deny(START, "docs")));
        changed.set(true);
        Thread.sleep(50);
        stop.set(true);
        for (Thread reader : readers) {
            reader.join(5_000);
        }
        assertEquals(0, staleAfterChange.get());
        assertFalse(engine.check(actor, READ, page("docs/a")));
    }

    @Test
    void actorFacts_alternatingActorsAreNeverConfused() {
        engine.put(group(3, allow(START, ""), deny(START, "private"),
                PageRule.allow("w", START, "", List.of("write:pages"))));
        Actor reader = reader(3);
        Actor writer = user(Set.of("write:pages"), 3);
        Actor admin = user(Set.of("manage:system"), 3);
        Actor custom = user(Set.of("custom:x", "read:pages"), 3);
        for (int round = 0; round < 3; round++) {
            assertTrue(engine.check(reader, Scope.READ_PAGES, page("a")));
            assertFalse(engine.check(writer, Scope.READ_PAGES, page("a")));
            assertTrue(engine.check(admin, Scope.READ_PAGES, page("private/a")));
            assertFalse(engine.check(reader, Scope.READ_PAGES, page("private/a")));
            assertTrue(engine.check(writer, List.of("write:pages"), PageTarget.page("a", "en")));
            assertEquals(Reason.MISSING_SCOPE, engine.explain(writer, "read:pages", page("a")).reason());
            assertEquals(Reason.MANAGE_SYSTEM, engine.explain(admin, "read:pages", page("a")).reason());
            assertEquals(List.of("a"), engine.filter(reader, "read:pages", List.of("a", "private/b"), Fixtures::page));
            assertEquals(List.of(), engine.filter(writer, "read:pages", List.of("a"), Fixtures::page));
            assertEquals(List.of(), engine.filter(custom, "custom:x", List.of("a"), Fixtures::page));
            assertEquals(Reason.NO_RULE_MATCHED, engine.explain(custom, "custom:x", page("a")).reason());
            // An equal but distinct actor gets the same answers.
            assertTrue(engine.check(reader(3), Scope.READ_PAGES, page("a")));
        }
    }

    // --- filter -------------------------------------------------------------------------------------

    @Test
    void filter_keepsTheItemsThatPassInOrder() {
        engine.put(group(3, allow(START, ""), deny(START, "private")));
        List<String> paths = List.of("z", "private/a", "b", "privateer", "a", "private");
        List<String> kept = engine.filter(reader(3), "read:pages", paths, Fixtures::page);
        assertEquals(List.of("z", "b", "a"), kept);
    }

    @Test
    void filter_agreesWithCheckOnAThousandItems() {
        engine.load(List.of(group(3, allow(START, "docs"), deny(REGEX, "[0-9]3$")),
                group(4, allow(EXACT, "docs/13"), deny(END, "9"))));
        Actor actor = reader(3, 4);
        List<PageTarget> targets = IntStream.range(0, 1000).mapToObj(i -> page("docs/" + i)).toList();
        List<PageTarget> expected = targets.stream().filter(t -> engine.check(actor, READ, t)).toList();
        assertEquals(expected, engine.filter(actor, "read:pages", targets, t -> t));
        assertTrue(expected.contains(page("docs/13")));
        assertFalse(expected.contains(page("docs/23")));
    }

    @Test
    void filter_appliesTheGlobalSteps() {
        engine.put(group(3, deny(START, "")));
        List<String> paths = List.of("a", "b");
        assertEquals(paths, engine.filter(user(Set.of("manage:system"), 3), "read:pages", paths, Fixtures::page));
        assertEquals(List.of(), engine.filter(user(Set.of("write:pages"), 3), "read:pages", paths, Fixtures::page));
        assertEquals(List.of(), engine.filter(reader(), "read:pages", paths, Fixtures::page));
    }
}
