package io.wikiengine.core.access.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The pools and memoised decisions of one generation of rules. Bounded: past {@link #MAX_ENTRIES} entries the
 * owning {@link RuleSet} swaps in an empty cache, which is cheaper and simpler than evicting one by one.
 */
public final class DecisionCache {

    /** Pools plus memoised decisions kept before the cache starts afresh. */
    public static final int MAX_ENTRIES = 1 << 16;

    private final RuleSet owner;
    private final ConcurrentHashMap<List<Integer>, RulePool> pools = new ConcurrentHashMap<>();
    private final AtomicInteger entries = new AtomicInteger();
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
                counted();
            }
        }
        last = pool;
        return pool;
    }

    void counted() {
        if (entries.incrementAndGet() > MAX_ENTRIES) {
            owner.restartCache(this);
        }
    }
}
