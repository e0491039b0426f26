package io.wikiengine.core.access;

import io.wikiengine.core.access.internal.SafeRegex;
import java.util.List;
import java.util.Objects;

/**
 * Page-rule helpers: the default rules and permissions that setup and {@code groups.create} give a group
 * and the save-time safety check for REGEX rules.
 *
 * <h2>Regex dialect</h2>
 * Wiki.js runs REGEX rules as JavaScript regexes without flags; Wiki Engine compiles them once with
 * {@link java.util.regex.Pattern#compile(String)} (no flags) and tests with {@code find()}, an unanchored
 * search, which agrees for the ordinary syntax of rule authors (literals, classes, {@code . * + ? {n,m}},
 * groups, alternation, anchors, lookaround, {@code \d \w \b}, back and named references). Known differences:
 * <ul>
 *   <li>{@code [^]} (any character) and {@code []} (nothing) are valid in JavaScript but do not compile in
 *       Java; such a rule never matches, and a warning is logged when the group is loaded. Likewise a
 *       {@code ]} right after {@code [} closes an empty class in JavaScript but is a literal in Java, so
 *       {@code []a]} means different things.</li>
 *   <li>A brace that opens no quantifier ({@code docs{}, {@code a{x}}) is a literal in JavaScript but an
 *       error in Java: the rule never matches.</li>
 *   <li>Java accepts syntax JavaScript (without the {@code u} flag) rejects or reads literally: possessive
 *       quantifiers {@code a*+}, atomic groups {@code (?>…)}, inline flags {@code (?i)}, {@code \p{…}}
 *       classes (a literal {@code p} in JavaScript), class intersection {@code [a-z&&[^e]]}, {@code \Q…\E}.
 *       The save-time check refuses the first two and {@code (?i)}-style groups as malformed.</li>
 *   <li>An escape of a group number that does not exist ({@code \2} with one group) is an octal escape in
 *       JavaScript but a reference that never matches in Java.</li>
 *   <li>{@code \s} is ASCII-only in Java, Unicode in JavaScript; {@code .} in Java also stops at
 *       {@code \u0085}, and {@code $} in Java also matches before a final line terminator. Page paths hold no
 *       whitespace or line terminators, so these do not change any decision on a normalised path.</li>
 *   <li>Java reads a surrogate pair as one character where JavaScript sees two units; it matters only for
 *       {@code .} or a class against astral characters.</li>
 * </ul>
 */
public final class PageRules {

    private static final List<String> DEFAULT_GROUP_PERMISSIONS = List.of(
            Scope.READ_PAGES.wire(), Scope.READ_ASSETS.wire(), Scope.READ_COMMENTS.wire(),
            Scope.WRITE_COMMENTS.wire());
    private static final List<String> GUEST_GROUP_PERMISSIONS = List.of(
            Scope.READ_PAGES.wire(), Scope.READ_ASSETS.wire(), Scope.READ_COMMENTS.wire());
    private static final List<PageRule> DEFAULT_GROUP_RULES = List.of(
            PageRule.allow("default", RuleMatch.START, "", DEFAULT_GROUP_PERMISSIONS));
    private static final List<PageRule> GUEST_GROUP_RULES = List.of(
            PageRule.allow("guest", RuleMatch.START, "", GUEST_GROUP_PERMISSIONS));

    private PageRules() {
    }

    /**
     * Whether a REGEX rule's source passes the save-time heuristic of: star height at most 1 (no
     * quantified group that holds a quantifier, such as {@code (a+)+}, {@code (a*)*} or {@code (a|b*)+}) and at
     * most 25 quantifiers ({@code * + ? {n} {n,} {n,m}}, a lazy {@code ?} being part of its quantifier).
     * A source that is not a well-formed regex is refused as well.
     */
    public static boolean isSafeRegex(String source) {
        Objects.requireNonNull(source, "source");
        return SafeRegex.isSafe(source);
    }

    /** The permissions of a group made with {@code groups.create}. */
    public static List<String> defaultGroupPermissions() {
        return DEFAULT_GROUP_PERMISSIONS;
    }

    /** The page rules of a group made with {@code groups.create}: one allow {@code START ""}, id {@code default}. */
    public static List<PageRule> defaultGroupRules() {
        return DEFAULT_GROUP_RULES;
    }

    /** The permissions setup gives the Guests group, id 2: guests may not comment. */
    public static List<String> guestGroupPermissions() {
        return GUEST_GROUP_PERMISSIONS;
    }

    /** The page rules setup gives the Guests group: one allow {@code START ""}, id {@code guest}. */
    public static List<PageRule> guestGroupRules() {
        return GUEST_GROUP_RULES;
    }
}
