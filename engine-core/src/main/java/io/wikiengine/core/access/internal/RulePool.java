package io.wikiengine.core.access.internal;

import io.wikiengine.core.access.PageTarget;
import io.wikiengine.core.access.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The rules of one list of groups in one pool (R-4.5.5 c), with the decisions already taken for it.
 *
 * <p>Rules are kept in evaluation order (groups as listed, then stored order), once in full and once per
 * known scope, so a single-scope request only walks the rules that name that scope. A pool belongs to one
 * {@link DecisionCache}; when the groups change the whole cache is dropped, so a memoised decision can never
 * outlive the rules it came from.
 */
public final class RulePool {

    private static final int SCOPES = Scope.values().length;

    private final List<Integer> groupIds;
    private final DecisionCache owner;
    private final CompiledRule[] all;
    private final CompiledRule[][] byScope;
    private final ConcurrentHashMap<PageTarget, RuleDecision>[] singleScopeMemo;
    private final ConcurrentHashMap<Integer, ConcurrentHashMap<PageTarget, RuleDecision>> multiScopeMemo =
            new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    RulePool(List<Integer> groupIds, Map<Integer, CompiledGroup> groups, DecisionCache owner) {
        this.groupIds = groupIds;
        this.owner = owner;
        List<CompiledRule> rules = new ArrayList<>();
        for (Integer id : groupIds) {
            CompiledGroup group = groups.get(id);
            if (group != null) {
                rules.addAll(group.rules());
            }
        }
        this.all = rules.toArray(new CompiledRule[0]);
        this.byScope = new CompiledRule[SCOPES][];
        this.singleScopeMemo = new ConcurrentHashMap[SCOPES];
        for (int bit = 0; bit < SCOPES; bit++) {
            int mask = 1 << bit;
            byScope[bit] = rules.stream().filter(rule -> (rule.roleMask() & mask) != 0).toArray(CompiledRule[]::new);
            singleScopeMemo[bit] = new ConcurrentHashMap<>();
        }
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
            return evaluate(all, true, mask, unknownScopes, target);
        }
        if (mask == 0) {
            return RuleDecision.NO_MATCH;
        }
        boolean single = Integer.bitCount(mask) == 1;
        ConcurrentHashMap<PageTarget, RuleDecision> memo = single
                ? singleScopeMemo[Integer.numberOfTrailingZeros(mask)]
                : multiScopeMemo.computeIfAbsent(mask, key -> new ConcurrentHashMap<>());
        RuleDecision known = memo.get(target);
        if (known != null) {
            return known;
        }
        RuleDecision decision = single
                ? evaluate(byScope[Integer.numberOfTrailingZeros(mask)], false, mask, null, target)
                : evaluate(all, true, mask, null, target);
        if (memo.putIfAbsent(target, decision) == null) {
            owner.counted();
        }
        return decision;
    }

    /**
     * Walks the rules with the state machine of step 4. A rule that could not change the state is
     * skipped before its path test, which changes nothing in the result and spares a regex run.
     */
    private static RuleDecision evaluate(CompiledRule[] rules, boolean filterRoles, int mask,
                                         String @Nullable [] unknownScopes, PageTarget target) {
        CompiledRule best = null;
        int stateLength = 0;
        int stateRank = -1;
        boolean stateDeny = false;
        for (CompiledRule rule : rules) {
            int length = rule.specificity();
            if (length < stateLength) {
                continue;
            }
            int rank = rule.rank();
            if (length == stateLength && (stateRank > rank || (stateRank == rank && stateDeny && !rule.deny()))) {
                continue;
            }
            if (filterRoles && !rule.appliesTo(mask, unknownScopes)) {
                continue;
            }
            if (!rule.admitsLocale(target.locale()) || !rule.matches(target)) {
                continue;
            }
            best = rule;
            stateLength = length;
            stateRank = rank;
            stateDeny = rule.deny();
        }
        return best == null ? RuleDecision.NO_MATCH : best.decision();
    }
}
