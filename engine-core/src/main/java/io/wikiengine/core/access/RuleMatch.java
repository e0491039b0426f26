package io.wikiengine.core.access;

/**
 * How a page rule's {@code path} is compared with a page (spec step 3).
 *
 * <p>The declaration order is the specificity rank from lowest to highest, used to break ties between
 * rules of equal path length: {@code EXACT > TAG > REGEX > END > START}.
 */
public enum RuleMatch {
    /** {@code "/" + page} starts with {@code "/" + rule}; no segment boundary, so {@code docs} matches {@code docsXYZ}. */
    START,
    /** The page path ends with the rule path. */
    END,
    /** The rule path is a regular expression found anywhere in the page path (unanchored, no flags). */
    REGEX,
    /** One of the page's tags equals the rule path. */
    TAG,
    /** The page path equals the rule path. */
    EXACT;

    /** Whether this match type outranks the other at equal specificity. */
    public boolean outranks(RuleMatch other) {
        return ordinal() > other.ordinal();
    }
}
