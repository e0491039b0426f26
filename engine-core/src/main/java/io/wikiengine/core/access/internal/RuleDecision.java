package io.wikiengine.core.access.internal;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of walking the page rules for one request: the deciding rule, or none.
 *
 * <p>Each compiled rule owns one instance, so memoising a decision allocates nothing.
 */
public final class RuleDecision {

    /** No rule matched: the check denies (R-4.5.4 step 5). */
    public static final RuleDecision NO_MATCH = new RuleDecision(null);

    private final @Nullable CompiledRule rule;
    private final boolean allowed;

    /** The decision of this rule, whose deny flag is already set; or of none. */
    RuleDecision(@Nullable CompiledRule rule) {
        this.rule = rule;
        this.allowed = rule != null && !rule.deny();
    }

    /** Whether access is granted: some rule matched and it is not a deny. */
    public boolean allowed() {
        return allowed;
    }

    /** The rule that decided, or null when none matched. */
    public @Nullable CompiledRule rule() {
        return rule;
    }
}
