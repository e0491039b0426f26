package io.wikiengine.core.access;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why a page check came out as it did, for an administrator wondering why a page is hidden.
 *
 * <p>Built by {@link PermissionEngine#explain(Actor, String, PageTarget)} from the very evaluation that
 * {@link PermissionEngine#check(Actor, java.util.Collection, PageTarget)} runs, so the two never disagree.
 *
 * @param reason       what decided
 * @param decidingRule the rule that decided, present exactly when {@code reason} is {@link Reason#RULE_ALLOWS}
 *                     or {@link Reason#RULE_DENIES}
 */
public record AccessExplanation(Reason reason, @Nullable DecidingRule decidingRule) {

    /** What decided a page check, in the order of spec §4.5. */
    public enum Reason {
        /** Allowed: the actor holds {@code manage:system}, so no rule was looked at. */
        MANAGE_SYSTEM,
        /** Denied: the actor's global permissions do not hold the scope. */
        MISSING_SCOPE,
        /** Denied: the actor belongs to no group, so no rule can grant anything. */
        NO_GROUPS,
        /** Denied: no rule of the actor's groups matched the page for that scope (R-4.5.5 d). */
        NO_RULE_MATCHED,
        /** Allowed by the most specific matching rule. */
        RULE_ALLOWS,
        /** Denied by the most specific matching rule. */
        RULE_DENIES
    }

    /**
     * The rule that decided a check.
     *
     * @param groupId   the id of the group that holds the rule
     * @param groupName that group's name
     * @param rule      the rule as stored
     */
    public record DecidingRule(int groupId, String groupName, PageRule rule) {

        public DecidingRule {
            Objects.requireNonNull(groupName, "groupName");
            Objects.requireNonNull(rule, "rule");
        }

        /** The rule's client-generated id. */
        public String ruleId() {
            return rule.id();
        }
    }

    public AccessExplanation {
        Objects.requireNonNull(reason, "reason");
        boolean byRule = reason == Reason.RULE_ALLOWS || reason == Reason.RULE_DENIES;
        if (byRule != (decidingRule != null)) {
            throw new IllegalArgumentException("a deciding rule goes with RULE_ALLOWS or RULE_DENIES only");
        }
    }

    /** Whether the check allows. */
    public boolean allowed() {
        return reason == Reason.MANAGE_SYSTEM || reason == Reason.RULE_ALLOWS;
    }

    /** One English sentence for an administrator. */
    public String describe() {
        DecidingRule rule = decidingRule;
        switch (reason) {
            case MANAGE_SYSTEM:
                return "Allowed: the actor holds manage:system, which bypasses page rules.";
            case MISSING_SCOPE:
                return "Denied: none of the actor's permissions is the requested scope.";
            case NO_GROUPS:
                return "Denied: the actor belongs to no group, so no page rule applies.";
            case NO_RULE_MATCHED:
                return "Denied: no page rule of the actor's groups matches this page for the requested scope.";
            default:
                Objects.requireNonNull(rule, "decidingRule");
                PageRule stored = rule.rule();
                return (reason == Reason.RULE_ALLOWS ? "Allowed" : "Denied") + " by rule '" + stored.id()
                        + "' (" + (stored.deny() ? "deny " : "allow ") + stored.match() + " '" + stored.path()
                        + "') of group " + rule.groupId() + " (" + rule.groupName() + ").";
        }
    }
}
