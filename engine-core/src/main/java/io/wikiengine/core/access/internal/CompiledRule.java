package io.wikiengine.core.access.internal;

import io.wikiengine.core.access.PageRule;
import io.wikiengine.core.access.PageTarget;
import io.wikiengine.core.access.RuleMatch;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One page rule prepared for fast evaluation: roles as a bit mask, locales as an array, the regex compiled.
 */
public final class CompiledRule {

    private final int groupId;
    private final String groupName;
    private final PageRule source;
    private final RuleMatch match;
    private final int rank;
    private final boolean deny;
    private final String path;
    private final int specificity;
    private final String @Nullable [] locales;
    private final int roleMask;
    private final String[] otherRoles;
    private final @Nullable Pattern pattern;
    private final boolean literalRegex;
    private final @Nullable String regexPrefix;
    private final String @Nullable [] regexLiterals;
    private final String @Nullable [] regexLeading;
    private final long @Nullable [] literalCharSets;
    private final RuleDecision decision;

    CompiledRule(int groupId, String groupName, PageRule source, @Nullable Pattern pattern) {
        this.groupId = groupId;
        this.groupName = groupName;
        this.source = source;
        this.match = source.match();
        this.rank = match.ordinal();
        this.deny = source.deny();
        this.path = source.path();
        // step 4: specificity is the UTF-16 length of the rule's path text, whatever the match type.
        this.specificity = path.length();
        this.locales = source.locales().isEmpty() ? null : source.locales().toArray(new String[0]);
        int mask = 0;
        List<String> roles = source.roles();
        for (String role : roles) {
            int bit = ScopeBits.bit(role);
            mask |= bit < 0 ? 0 : 1 << bit;
        }
        this.roleMask = mask;
        this.otherRoles = roles.stream().filter(role -> ScopeBits.bit(role) < 0).distinct().toArray(String[]::new);
        this.pattern = pattern;
        this.literalRegex = match == RuleMatch.REGEX && literalLength(path, 0) == path.length();
        this.regexPrefix = match == RuleMatch.REGEX && !literalRegex ? anchoredPrefix(path) : null;
        this.regexLiterals = match == RuleMatch.REGEX && !literalRegex && pattern != null
                ? RequiredLiterals.of(path, regexPrefix == null ? "" : regexPrefix) : null;
        this.regexLeading = match == RuleMatch.REGEX && !literalRegex && pattern != null
                ? RequiredLiterals.leading(path) : null;
        String[] literals = literalRegex ? new String[] {path} : regexLiterals;
        if (match == RuleMatch.REGEX && literals != null) {
            long[] sets = new long[literals.length];
            for (int i = 0; i < literals.length; i++) {
                sets[i] = RequiredLiterals.charSet(literals[i]);
            }
            this.literalCharSets = sets;
        } else {
            this.literalCharSets = null;
        }
        this.decision = new RuleDecision(this);
    }

    /** The id of the group the rule belongs to. */
    public int groupId() {
        return groupId;
    }

    /** The name of that group when the rule was compiled. */
    public String groupName() {
        return groupName;
    }

    /** The rule as stored. */
    public PageRule source() {
        return source;
    }

    /** Whether the rule denies. */
    public boolean deny() {
        return deny;
    }

    int rank() {
        return rank;
    }

    /** The known scopes among the roles, as bits. */
    int roleMask() {
        return roleMask;
    }

    /** The locales the rule is limited to, or null when it admits every locale; not to be changed. */
    String @Nullable [] locales() {
        return locales;
    }

    int specificity() {
        return specificity;
    }

    RuleDecision decision() {
        return decision;
    }

    /** Whether some role can ever intersect a request. */
    boolean hasRoles() {
        return roleMask != 0 || otherRoles.length > 0;
    }

    /** Whether the roles share a scope with the request (R-4.5.4 step 4.2). */
    boolean appliesTo(int mask, String @Nullable [] unknownScopes) {
        if ((roleMask & mask) != 0) {
            return true;
        }
        if (unknownScopes == null || otherRoles.length == 0) {
            return false;
        }
        for (String scope : unknownScopes) {
            for (String role : otherRoles) {
                if (role.equals(scope)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the locale restriction lets the target through (R-4.5.4 step 4.1): exact, case-sensitive. */
    boolean admitsLocale(@Nullable String locale) {
        String[] allowed = locales;
        if (allowed == null) {
            return true;
        }
        if (locale == null) {
            return false;
        }
        for (String candidate : allowed) {
            if (candidate.equals(locale)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a page whose {@link RequiredLiterals#charSet} this is may match this REGEX rule: false only when
     * it lacks some character of each literal every match must contain.
     */
    boolean mayMatchChars(long pageChars) {
        long[] sets = literalCharSets;
        return sets == null || RequiredLiterals.mayHoldAny(pageChars, sets);
    }

    /** Whether the rule has literals for {@link #mayMatchChars} to test. */
    boolean hasLiteralChars() {
        return literalCharSets != null;
    }

    /** Whether the rule's path test matches (R-4.5.4 step 4.3). */
    boolean matches(PageTarget target) {
        String page = target.path();
        switch (match) {
            case START:
                // "/" + page starts with "/" + rule is the same test as a plain prefix test, with no allocation.
                return page.startsWith(path);
            case END:
                return page.endsWith(path);
            case EXACT:
                return page.equals(path);
            case TAG:
                // Applying the rule once per equal tag ends in the same state as applying it once.
                return target.tags().contains(path);
            case REGEX:
                if (literalRegex) {
                    return page.contains(path);
                }
                String prefix = regexPrefix;
                if (prefix != null && !page.startsWith(prefix)) {
                    return false;
                }
                String[] required = regexLiterals;
                if (required != null && !RequiredLiterals.containsAny(page, required)) {
                    return false;
                }
                Pattern compiled = pattern;
                if (compiled == null) {
                    return false;
                }
                String[] leading = regexLeading;
                if (leading == null) {
                    return compiled.matcher(page).find();
                }
                // Every match starts with one of these: none can start before the first of them.
                int from = RequiredLiterals.firstIndexOfAny(page, leading);
                return from >= 0 && compiled.matcher(page).find(from);
            default:
                return false;
        }
    }

    /**
     * A literal the page must start with for an anchored regex to match, or null. Only the simple, common form
     * is recognised: {@code ^} then plain characters, in a source without alternation anywhere; the last plain
     * character is dropped when a quantifier follows it. It only spares a regex run that cannot succeed.
     */
    private static @Nullable String anchoredPrefix(String source) {
        if (!source.startsWith("^") || source.indexOf('|') >= 0) {
            return null;
        }
        int end = 1 + literalLength(source, 1);
        if (end < source.length() && "*+?{".indexOf(source.charAt(end)) >= 0) {
            end--;
        }
        return end > 1 ? source.substring(1, end) : null;
    }

    /** How many characters from {@code start} are plain: the same literal in JavaScript and Java. */
    private static int literalLength(String source, int start) {
        int i = start;
        while (i < source.length() && isPlain(source.charAt(i))) {
            i++;
        }
        return i - start;
    }

    private static boolean isPlain(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' || c == '-'
                || c == '_' || c == ' ' || c == ':' || c == '@' || c == '~' || c == '%' || c == '!' || c == '='
                || c == '&' || c == ',' || c == ';' || c == '\'' || c == '"' || c == '#' || c == '<' || c == '>';
    }
}
