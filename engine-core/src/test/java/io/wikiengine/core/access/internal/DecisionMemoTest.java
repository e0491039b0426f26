package io.wikiengine.core.access.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.wikiengine.core.access.PageTarget;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-pool memo: keys, the two-way sets, growth and the shared budget. */
class DecisionMemoTest {

    private static final RuleDecision DECIDED = new RuleDecision(null);

    private static DecisionCache cache() {
        return new DecisionCache(RuleSet.empty());
    }

    private static RuleDecision get(DecisionMemo memo, int mask, PageTarget target) {
        return memo.get(DecisionMemo.hash(mask, target), mask, target);
    }

    private static void put(DecisionMemo memo, int mask, PageTarget target, RuleDecision decision) {
        memo.put(DecisionMemo.hash(mask, target), mask, target, decision);
    }

    @Test
    void findsByEqualTargetAndTheSameScopeBitsOnly() {
        DecisionMemo memo = new DecisionMemo(cache());
        put(memo, 1, PageTarget.page("a/b", "en", List.of("x")), DECIDED);
        assertSame(DECIDED, get(memo, 1, PageTarget.page("a/b", "en", List.of("x"))));
        assertNull(get(memo, 2, PageTarget.page("a/b", "en", List.of("x"))));
        assertNull(get(memo, 3, PageTarget.page("a/b", "en", List.of("x"))));
        assertNull(get(memo, 1, PageTarget.page("a/b", "en")));
        assertNull(get(memo, 1, PageTarget.page("a/b", "fr", List.of("x"))));
        assertNull(get(memo, 1, PageTarget.asset("a/b")));
    }

    @Test
    void equalHashesAreToldApartByTheFullKey() {
        DecisionMemo memo = new DecisionMemo(cache());
        PageTarget a = PageTarget.asset("a");
        PageTarget b = PageTarget.asset("b");
        RuleDecision other = new RuleDecision(null);
        memo.put(7, 1, a, DECIDED);
        memo.put(7, 1, b, other);
        memo.put(7, 2, a, other);
        assertSame(DECIDED, memo.get(7, 1, a));
        assertSame(other, memo.get(7, 1, b));
        assertSame(other, memo.get(7, 2, a));
        assertNull(memo.get(7, 1, PageTarget.asset("c")));
        assertNull(memo.get(7, 4, a));
    }

    @Test
    void growsUpToItsBoundKeepingEveryEntryThenStartsAfresh() {
        DecisionMemo memo = new DecisionMemo(cache());
        assertEquals(DecisionMemo.INITIAL_SLOTS, memo.capacity());
        List<PageTarget> targets = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            targets.add(PageTarget.asset("p/" + i));
            put(memo, 1, targets.get(i), DECIDED);
        }
        assertEquals(2048, memo.capacity());
        for (PageTarget target : targets) {
            assertSame(DECIDED, get(memo, 1, target), target.path());
        }
        int half = DecisionMemo.MAX_SLOTS / 2;
        for (int i = 0; i < half; i++) {
            put(memo, 1, PageTarget.asset("q/" + i), DECIDED);
        }
        assertEquals(DecisionMemo.MAX_SLOTS, memo.capacity());
        // Half full at its bound: emptied, then filled again by what came after.
        assertNull(get(memo, 1, targets.get(0)));
        assertSame(DECIDED, get(memo, 1, PageTarget.asset("q/" + (half - 1))));
        assertEquals(DecisionMemo.MAX_SLOTS, memo.capacity());
    }

    @Test
    void poolsOfOneCacheShareTheSlotBudget() {
        DecisionCache cache = cache();
        int full = DecisionCache.MAX_MEMO_SLOTS / DecisionMemo.MAX_SLOTS;
        List<DecisionMemo> memos = new ArrayList<>();
        for (int m = 0; m <= full; m++) {
            DecisionMemo memo = new DecisionMemo(cache);
            for (int i = 0; i < 2 * DecisionMemo.MAX_SLOTS; i++) {
                put(memo, 1, PageTarget.asset(m + "/" + i), DECIDED);
            }
            memos.add(memo);
        }
        int slots = memos.stream().mapToInt(DecisionMemo::capacity).sum();
        assertEquals(true, slots <= DecisionCache.MAX_MEMO_SLOTS + DecisionMemo.MAX_PROBES, "slots " + slots);
        assertEquals(true, memos.get(full).capacity() < DecisionMemo.MAX_SLOTS, "the last memo stayed small");
        // A memo past the budget still answers, from its small table.
        PageTarget late = PageTarget.asset("late");
        DecisionMemo last = new DecisionMemo(cache);
        put(last, 1, late, DECIDED);
        assertSame(DECIDED, get(last, 1, late));
    }
}
