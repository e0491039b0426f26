package io.wikiengine.core.access.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A prefilter for a REGEX rule: a few strings of which every match of the pattern must contain at least one,
 * so that a page containing none of them is rejected with {@code String.contains} instead of a
 * {@code Matcher.find()} that would fail anyway.
 *
 * <p>The strings are read from the source of a {@link java.util.regex.Pattern} compiled without flags, and only
 * where that is certainly right. Literal characters and escaped punctuation ({@code \.}, {@code \/}) make runs;
 * a capturing or non-capturing group whose branches are all plain literals, such as {@code (docs|guides)},
 * multiplies a run into at most {@link #MAX_ALTERNATIVES} alternatives; every other construct (a class,
 * {@code .}, an anchor, a class escape such as {@code \d}, a lookaround, an atomic group) ends the run, and so
 * does an optional atom ({@code ?}, {@code *}, {@code {0,n}}). A repeated atom ({@code +}, {@code {n,m}} with
 * {@code n >= 1}) counts once. A group that is not optional passes on what its own branches all require. The
 * result is the run or group requirement whose shortest alternative is the longest. A source with anything the
 * reading does not know for sure (inline flags such as {@code (?i)}, {@code \Q...\E}, back references, octal,
 * hexadecimal, Unicode and control escapes, {@code \G} (whose meaning depends on where a search starts),
 * nested or intersected classes, a class opening with {@code ]}, two quantifiers in a row) gets no prefilter at
 * all; nor does one where some match could contain no literal,
 * such as {@code a|.*}.
 */
public final class RequiredLiterals {

    /** The most alternatives a requirement may have before it is dropped as too weak to pay for its tests. */
    public static final int MAX_ALTERNATIVES = 8;

    private static final String[] NONE = new String[0];
    /** {@link #charBit} of each ASCII character. */
    private static final byte[] ASCII_BITS = asciiBits();

    /** What a piece of the pattern tells about the text it matches. */
    private static final class Info {
        /** Every string the piece can match, when there are few and they are all known; else null. */
        final @Nullable Set<String> exact;
        /** Strings one of which is in every match of the piece, none of them empty; or null. */
        final @Nullable Set<String> required;
        /** Strings one of which every match of the piece starts with, none of them empty; or null. */
        final @Nullable Set<String> leading;

        Info(@Nullable Set<String> exact, @Nullable Set<String> required) {
            this(exact, required, null);
        }

        Info(@Nullable Set<String> exact, @Nullable Set<String> required, @Nullable Set<String> leading) {
            this.exact = exact;
            this.required = required;
            this.leading = leading;
        }
    }

    /** Thrown inside the reading when the source holds something it does not handle for sure. */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    private final String source;
    private final String implied;
    private int pos;

    private RequiredLiterals(String source, String implied) {
        this.source = source;
        this.implied = implied;
    }

    /**
     * Strings one of which every match of the pattern compiled from this source (no flags) contains, or null
     * when no such set is known. None of them is empty.
     */
    public static String @Nullable [] of(String source) {
        return of(source, "");
    }

    /**
     * The same, leaving out requirements the caller already tests: a requirement whose every alternative is a
     * substring of {@code implied} is never chosen, since a page that passes the caller's own test (such as
     * starting with {@code implied}) contains it anyway.
     */
    public static String @Nullable [] of(String source, String implied) {
        Info info = read(source, implied);
        return info == null || info.required == null ? null : info.required.toArray(NONE);
    }

    /**
     * Strings one of which every match of the pattern compiled from this source (no flags) starts with, or null
     * when no such set is known: then the first place one of them occurs in a text is where a search for a
     * match may begin. None of them is empty. Only literals at the very start of the source (or of each of its
     * top-level branches) count; a leading anchor, lookaround or optional atom leaves none.
     */
    public static String @Nullable [] leading(String source) {
        Info info = read(source, "");
        return info == null || info.leading == null ? null : info.leading.toArray(NONE);
    }

    /** What the whole source gives, or null when it holds a construct this reader does not follow. */
    private static @Nullable Info read(String source, String implied) {
        RequiredLiterals reading = new RequiredLiterals(source, implied);
        try {
            Info info = reading.alternation();
            return reading.pos == source.length() ? info : null;
        } catch (Unsupported e) {
            return null;
        }
    }

    /**
     * The characters of a text as a 64-bit set: lower-case letters and digits each have a bit of their own,
     * upper-case letters share the next 26, other ASCII characters bit 62 and the rest bit 63. A text can hold a
     * literal only if its set holds the literal's, so comparing the sets spares most searches that would fail.
     */
    static long charSet(String text) {
        long set = 0;
        byte[] bits = ASCII_BITS;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            set |= 1L << (c < 128 ? bits[c] : 63);
        }
        return set;
    }

    private static byte[] asciiBits() {
        byte[] bits = new byte[128];
        for (char c = 0; c < 128; c++) {
            bits[c] = (byte) charBit(c);
        }
        return bits;
    }

    private static int charBit(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return 26 + (c - '0');
        }
        if (c >= 'A' && c <= 'Z') {
            return 36 + (c - 'A');
        }
        return c < 128 ? 62 : 63;
    }

    /** Whether a text whose {@link #charSet} is {@code text} may hold one of the literals whose sets these are. */
    static boolean mayHoldAny(long text, long[] literals) {
        for (long literal : literals) {
            if ((literal & ~text) == 0) {
                return true;
            }
        }
        return false;
    }

    /** Where the first of the strings occurs in the page, or -1 when none does. */
    static int firstIndexOfAny(String page, String[] leading) {
        int first = -1;
        for (String literal : leading) {
            int at = page.indexOf(literal);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /** Whether the page contains one of the strings. */
    static boolean containsAny(String page, String[] required) {
        for (String literal : required) {
            if (page.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    /** Branches separated by {@code |}, up to a {@code )} or the end. */
    private Info alternation() {
        Info first = sequence();
        if (!at('|')) {
            return first;
        }
        Set<String> exact = first.exact == null ? null : new LinkedHashSet<>(first.exact);
        Set<String> required = first.required == null ? null : new LinkedHashSet<>(first.required);
        Set<String> leading = first.leading == null ? null : new LinkedHashSet<>(first.leading);
        while (at('|')) {
            pos++;
            Info branch = sequence();
            exact = union(exact, branch.exact);
            required = union(required, branch.required);
            leading = union(leading, branch.leading);
        }
        return new Info(exact, required, leading);
    }

    private static @Nullable Set<String> union(@Nullable Set<String> into, @Nullable Set<String> more) {
        if (into == null || more == null) {
            return null;
        }
        into.addAll(more);
        return into.size() > MAX_ALTERNATIVES ? null : into;
    }

    /** Atoms, each maybe quantified, up to a {@code |}, a {@code )} or the end. */
    private Info sequence() {
        Set<String> run = Set.of("");
        boolean whole = true;
        Set<String> best = null;
        // The first run, once it ends, is what every match starts with.
        Set<String> leading = null;
        while (pos < source.length() && !at('|') && !at(')')) {
            Info atom = atom();
            int min = quantifier();
            if (whole && (min == 0 || atom.exact == null)) {
                leading = run;
            }
            if (min == 0) {
                // An optional atom may be absent: nothing in it is required, and the run cannot cross it.
                best = better(best, run);
                run = Set.of("");
                whole = false;
            } else if (atom.exact != null) {
                Set<String> joined = product(run, atom.exact);
                if (joined == null) {
                    if (whole) {
                        leading = run;
                    }
                    best = better(best, run);
                    run = atom.exact;
                    whole = false;
                } else {
                    run = joined;
                }
                if (min > 1) {
                    // Repeated: the text holds the run up to the first repetition, and the last one then what
                    // follows; what lies between is not known.
                    if (whole) {
                        leading = run;
                    }
                    best = better(best, run);
                    run = atom.exact;
                    whole = false;
                }
            } else {
                best = better(best, run);
                best = better(best, atom.required);
                run = Set.of("");
                whole = false;
            }
        }
        best = better(best, run);
        if (whole) {
            leading = run;
        }
        return new Info(whole ? run : null, best, leading == null || shortest(leading) == 0 ? null : leading);
    }

    /**
     * One atom: a literal, an escape, a class, a group, {@code .} or an anchor. Its exact strings are known only
     * for a literal, escaped punctuation, and a group made of such.
     */
    private Info atom() {
        char c = source.charAt(pos);
        switch (c) {
            case '\\':
                return escape();
            case '[':
                skipClass();
                return new Info(null, null);
            case '(':
                return group();
            case '.':
            case '^':
            case '$':
            case ']':
            case '}':
                pos++;
                return new Info(null, null);
            case '*':
            case '+':
            case '?':
            case '{':
                throw new Unsupported();
            default:
                pos++;
                if (Character.isSurrogate(c)) {
                    // A quantifier after a pair applies to the whole code point: never split one.
                    return new Info(null, null);
                }
                return literal(c);
        }
    }

    private static Info literal(char c) {
        Set<String> one = Set.of(String.valueOf(c));
        return new Info(one, one);
    }

    private Info escape() {
        if (pos + 1 >= source.length()) {
            throw new Unsupported();
        }
        char e = source.charAt(pos + 1);
        pos += 2;
        if (e < 128 && !Character.isLetterOrDigit(e) && e > ' ') {
            // Java: a backslash before a non-alphabetic character always means that character itself.
            return literal(e);
        }
        if ("dDsSwWhHvVRXbBAzZtnrfae".indexOf(e) >= 0) {
            return new Info(null, null);
        }
        if (e == 'p' || e == 'P') {
            if (at('{')) {
                int close = source.indexOf('}', pos);
                if (close < 0) {
                    throw new Unsupported();
                }
                pos = close + 1;
            } else {
                pos++;
            }
            return new Info(null, null);
        }
        throw new Unsupported();
    }

    /** Skips a class; nested classes, {@code []...]} and {@code \Q} are not handled. */
    private void skipClass() {
        pos++;
        if (at('^')) {
            pos++;
        }
        if (at(']')) {
            throw new Unsupported();
        }
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (c == '\\') {
                if (pos + 1 >= source.length() || source.charAt(pos + 1) == 'Q') {
                    throw new Unsupported();
                }
                pos += 2;
            } else if (c == '[') {
                throw new Unsupported();
            } else if (c == ']') {
                pos++;
                return;
            } else {
                pos++;
            }
        }
        throw new Unsupported();
    }

    private Info group() {
        pos++;
        boolean keeps = true;
        if (at('?')) {
            pos++;
            if (at(':')) {
                pos++;
            } else if (at('<') && pos + 1 < source.length() && isAsciiLetter(source.charAt(pos + 1))) {
                int close = source.indexOf('>', pos);
                if (close < 0) {
                    throw new Unsupported();
                }
                pos = close + 1;
            } else if (at('=') || at('!') || at('>')) {
                pos++;
                keeps = false;
            } else if (at('<') && pos + 1 < source.length()
                    && (source.charAt(pos + 1) == '=' || source.charAt(pos + 1) == '!')) {
                pos += 2;
                keeps = false;
            } else {
                throw new Unsupported();
            }
        }
        Info inner = alternation();
        if (!at(')')) {
            throw new Unsupported();
        }
        pos++;
        // Lookarounds match no text of their own; atomic groups are left alone rather than reasoned about.
        return keeps ? inner : new Info(null, null);
    }

    /**
     * Reads the quantifier after an atom, if any, with its lazy or possessive mark.
     *
     * @return the least number of times the atom occurs: 1 without a quantifier, 2 standing for "one or more
     *     with unknown text between", 0 when it may be absent
     */
    private int quantifier() {
        if (pos >= source.length()) {
            return 1;
        }
        int min;
        char q = source.charAt(pos);
        if (q == '*' || q == '?') {
            pos++;
            min = 0;
        } else if (q == '+') {
            pos++;
            min = 2;
        } else if (q == '{') {
            int close = source.indexOf('}', pos);
            if (close < 0) {
                throw new Unsupported();
            }
            String body = source.substring(pos + 1, close);
            int comma = body.indexOf(',');
            String low = comma < 0 ? body : body.substring(0, comma);
            if (low.isEmpty() || !low.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                throw new Unsupported();
            }
            pos = close + 1;
            min = low.chars().allMatch(ch -> ch == '0') ? 0 : 2;
        } else {
            return 1;
        }
        if (at('?') || at('+')) {
            pos++;
        }
        if (at('*') || at('+') || at('?') || at('{')) {
            throw new Unsupported();
        }
        return min;
    }

    private boolean at(char c) {
        return pos < source.length() && source.charAt(pos) == c;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Every string of {@code left} followed by every string of {@code right}, or null when too many. */
    private static @Nullable Set<String> product(Set<String> left, Set<String> right) {
        if ((long) left.size() * right.size() > MAX_ALTERNATIVES) {
            return null;
        }
        Set<String> joined = new LinkedHashSet<>();
        for (String head : left) {
            for (String tail : right) {
                joined.add(head + tail);
            }
        }
        return joined;
    }

    /** The stronger requirement: the longer shortest alternative, then fewer alternatives. */
    private @Nullable Set<String> better(@Nullable Set<String> current, @Nullable Set<String> candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return current;
        }
        int shortest = shortest(candidate);
        if (shortest == 0 || candidate.stream().allMatch(implied::contains)) {
            return current;
        }
        if (current == null) {
            return candidate;
        }
        int incumbent = shortest(current);
        if (shortest > incumbent || (shortest == incumbent && candidate.size() < current.size())) {
            return candidate;
        }
        return current;
    }

    private static int shortest(Set<String> strings) {
        int min = Integer.MAX_VALUE;
        for (String s : strings) {
            min = Math.min(min, s.length());
        }
        return min;
    }

    /** For tests: the requirement as a list, empty when there is none. */
    static List<String> asList(String source, String implied) {
        String[] found = of(source, implied);
        return found == null ? List.of() : List.of(found);
    }
}
