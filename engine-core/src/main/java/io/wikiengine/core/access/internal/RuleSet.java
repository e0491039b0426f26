package io.wikiengine.core.access.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One immutable generation of compiled groups, with its own decision cache.
 *
 * <p>Every change to the groups builds a new {@code RuleSet}, and with it an empty cache. A check reads the
 * current set once and uses only that set's rules and cache, so a decision taken under old rules can land only
 * in the old cache, which nobody reads any more: no decision is ever served stale.
 */
public final class RuleSet {

    private final Map<Integer, CompiledGroup> groups;
    private final AtomicReference<DecisionCache> cache = new AtomicReference<>();

    private RuleSet(Map<Integer, CompiledGroup> groups) {
        this.groups = Map.copyOf(groups);
        cache.set(new DecisionCache(this));
    }

    /** A set without groups. */
    public static RuleSet empty() {
        return new RuleSet(Map.of());
    }

    /** A set of exactly these groups; ids must be distinct. */
    public static RuleSet of(Collection<CompiledGroup> compiled) {
        Map<Integer, CompiledGroup> byId = new HashMap<>();
        for (CompiledGroup group : compiled) {
            if (byId.put(group.id(), group) != null) {
                throw new IllegalArgumentException("duplicate group id " + group.id());
            }
        }
        return new RuleSet(byId);
    }

    /** A new set with this group added or replaced. */
    public RuleSet with(CompiledGroup group) {
        Map<Integer, CompiledGroup> copy = new HashMap<>(groups);
        copy.put(group.id(), group);
        return new RuleSet(copy);
    }

    /** A new set without this group. */
    public RuleSet without(int groupId) {
        Map<Integer, CompiledGroup> copy = new HashMap<>(groups);
        copy.remove(groupId);
        return new RuleSet(copy);
    }

    /** The compiled group with this id, if loaded. */
    public Optional<CompiledGroup> group(int groupId) {
        return Optional.ofNullable(groups.get(groupId));
    }

    /** The pool of rules of these groups, in this order. */
    public RulePool pool(List<Integer> groupIds) {
        return cache.get().pool(groupIds, groups);
    }

    void restartCache(DecisionCache full) {
        cache.compareAndSet(full, new DecisionCache(this));
    }
}
