package io.wikiengine.core.access.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The pools and memoised decisions of one generation of rules, bounded twice: at most {@link #MAX_POOLS}
 * pools (past that the owning {@link RuleSet} swaps in an empty cache, which only a wiki whose actors hold
 * that many distinct lists of groups ever pays), and at most {@link #MAX_MEMO_SLOTS} memo slots over all its
 * pools' {@link DecisionMemo}s, which stop growing, and evict instead, once the budget is spent.
 */
public final class DecisionCache {

    /** Pools kept before the cache starts afresh. */
    public static final int MAX_POOLS = 1024;
    /** Memo slots shared by all pools of the cache. */
    public static final int MAX_MEMO_SLOTS = 1 << 18;

    private final RuleSet owner;
    private final ConcurrentHashMap<List<Integer>, RulePool> pools = new ConcurrentHashMap<>();
    private final AtomicInteger poolCount = new AtomicInteger();
    private final AtomicInteger memoSlots = new AtomicInteger();
    // The same actor usually asks many times in a row (a filter, a page view): skip even the map lookup.
    private volatile @Nullable RulePool last;

    DecisionCache(RuleSet owner) {
        this.owner = owner;
    }

    RulePool pool(List<Integer> groupIds, Map<Integer, CompiledGroup> groups) {
        RulePool recent = last;
        if (recent != null && (recent.groupIds() == groupIds || recent.groupIds().equals(groupIds))) {
            return recent;
        }
        RulePool pool = pools.get(groupIds);
        if (pool == null) {
            RulePool fresh = new RulePool(List.copyOf(groupIds), groups, this);
            pool = pools.putIfAbsent(fresh.groupIds(), fresh);
            if (pool == null) {
                pool = fresh;
                if (poolCount.incrementAndGet() > MAX_POOLS) {
                    owner.restartCache(this);
                }
            }
        }
        last = pool;
        return pool;
    }

    /** Takes this many memo slots from the budget if it still has them. */
    boolean reserve(int slots) {
        while (true) {
            int used = memoSlots.get();
            if (used + slots > MAX_MEMO_SLOTS) {
                return false;
            }
            if (memoSlots.compareAndSet(used, used + slots)) {
                return true;
            }
        }
    }
}
