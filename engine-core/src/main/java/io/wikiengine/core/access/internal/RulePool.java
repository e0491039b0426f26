package io.wikiengine.core.access.internal;

import io.wikiengine.core.access.PageTarget;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rules of one list of groups in one pool (R-4.5.5 c), with the decisions already taken for it.
 *
 * <p>Rules are put in decision order (see {@link #decisionOrder}) and indexed by {@link RuleIndex}, so a check
 * looks only at rules that could match the target. A pool belongs to one
 * {@link DecisionCache}; when the groups change the whole cache is dropped, so a memoised decision can never
 * outlive the rules it came from.
 */
public final class RulePool {

    private final List<Integer> groupIds;
    private final RuleIndex index;
    private final DecisionMemo memo;

    RulePool(List<Integer> groupIds, Map<Integer, CompiledGroup> groups, DecisionCache owner) {
        this.groupIds = groupIds;
        List<CompiledRule> walk = new ArrayList<>();
        for (Integer id : groupIds) {
            CompiledGroup group = groups.get(id);
            if (group != null) {
                walk.addAll(group.rules());
            }
        }
        this.index = new RuleIndex(decisionOrder(walk));
        this.memo = new DecisionMemo(owner);
    }

    /**
     * Sorts the rules so that the first one that applies and matches is the one R-4.5.4's walk would end on.
     *
     * <p>The walk replaces its state with a matching rule exactly when the rule's key (path length, match
     * rank, deny before allow) is at least the state's, and the initial state is below every rule. So the walk
     * ends on the <em>last</em> walked rule among those with the greatest key. Ordering by key descending, and
     * among equal keys by walk position descending, puts that very rule first: evaluation can stop at the first
     * match and still name the same deciding rule.
     */
    private static CompiledRule[] decisionOrder(List<CompiledRule> walk) {
        Integer[] order = new Integer[walk.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Comparator<Integer> byKey = Comparator.<Integer>comparingInt(i -> walk.get(i).specificity())
                .thenComparingInt(i -> walk.get(i).rank())
                .thenComparing(i -> walk.get(i).deny())
                .thenComparingInt(i -> i);
        Arrays.sort(order, byKey.reversed());
        CompiledRule[] sorted = new CompiledRule[order.length];
        for (int i = 0; i < order.length; i++) {
            sorted[i] = walk.get(order[i]);
        }
        return sorted;
    }

    /** The group ids this pool was built for. */
    public List<Integer> groupIds() {
        return groupIds;
    }

    /**
     * The page-rule decision for a request, memoised unless it names a scope outside the 22.
     *
     * @param mask          the requested scopes as bits ({@link ScopeBits}), without the unknown flag
     * @param unknownScopes requested scopes outside the 22, or null
     */
    public RuleDecision decide(int mask, String @Nullable [] unknownScopes, PageTarget target) {
        if (unknownScopes != null) {
            return evaluate(mask, unknownScopes, target);
        }
        if (mask == 0) {
            return RuleDecision.NO_MATCH;
        }
        int hash = DecisionMemo.hash(mask, target);
        RuleDecision known = memo.get(hash, mask, target);
        if (known != null) {
            return known;
        }
        RuleDecision decision = evaluate(mask, null, target);
        memo.put(hash, mask, target, decision);
        return decision;
    }

    private RuleDecision evaluate(int mask, String @Nullable [] unknownScopes, PageTarget target) {
        CompiledRule rule = index.decide(mask, unknownScopes, target);
        return rule == null ? RuleDecision.NO_MATCH : rule.decision();
    }
}
