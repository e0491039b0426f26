package io.wikiengine.core.access.internal;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The save-time heuristic against catastrophic regexes: a source is unsafe when its star
 * height exceeds 1 (a quantified group that holds a quantifier, at any depth) or when it holds more than
 * {@link #MAX_REPETITIONS} quantifiers. Every quantifier counts: {@code *}, {@code +}, {@code ?} and
 * {@code {n}}, {@code {n,}}, {@code {n,m}}; a lazy {@code ?} after one is part of it. A source that is not a
 * well-formed JavaScript regex (unbalanced parentheses, an unterminated class, a trailing backslash,
 * nothing to repeat) is unsafe too, since it cannot be judged.
 */
public final class SafeRegex {

    /** The most quantifiers a safe source may hold. */
    public static final int MAX_REPETITIONS = 25;

    private enum Last { NOTHING, ATOM, GROUP, QUANTIFIED, LAZY }

    /** Whether a group, or anything nested in it, holds a quantifier. */
    private static final class Frame {
        boolean quantified;
    }

    private SafeRegex() {
    }

    /** Whether the source passes the heuristic. */
    public static boolean isSafe(String source) {
        Deque<Frame> open = new ArrayDeque<>();
        Frame current = new Frame();
        Last last = Last.NOTHING;
        boolean lastGroupQuantified = false;
        int repetitions = 0;
        int length = source.length();
        int i = 0;
        while (i < length) {
            char c = source.charAt(i);
            int quantifierEnd = -1;
            switch (c) {
                case '\\':
                    if (i + 1 >= length) {
                        return false;
                    }
                    i += 2;
                    last = Last.ATOM;
                    continue;
                case '[':
                    i = classEnd(source, i);
                    if (i < 0) {
                        return false;
                    }
                    last = Last.ATOM;
                    continue;
                case '(':
                    i = groupBodyStart(source, i);
                    if (i < 0) {
                        return false;
                    }
                    open.push(current);
                    current = new Frame();
                    last = Last.NOTHING;
                    continue;
                case ')':
                    if (open.isEmpty()) {
                        return false;
                    }
                    lastGroupQuantified = current.quantified;
                    Frame parent = open.pop();
                    parent.quantified |= current.quantified;
                    current = parent;
                    last = Last.GROUP;
                    i++;
                    continue;
                case '|':
                case '^':
                case '$':
                    last = Last.NOTHING;
                    i++;
                    continue;
                case '*':
                case '+':
                    quantifierEnd = i + 1;
                    break;
                case '?':
                    if (last == Last.QUANTIFIED) {
                        last = Last.LAZY;
                        i++;
                        continue;
                    }
                    quantifierEnd = i + 1;
                    break;
                case '{':
                    quantifierEnd = braceQuantifierEnd(source, i);
                    if (quantifierEnd == -2) {
                        return false;
                    }
                    if (quantifierEnd < 0) {
                        // Annex B: a brace that does not open a quantifier is a literal.
                        last = Last.ATOM;
                        i++;
                        continue;
                    }
                    break;
                default:
                    last = Last.ATOM;
                    i++;
                    continue;
            }
            if (last != Last.ATOM && last != Last.GROUP) {
                return false;
            }
            if (last == Last.GROUP && lastGroupQuantified) {
                return false;
            }
            repetitions++;
            if (repetitions > MAX_REPETITIONS) {
                return false;
            }
            current.quantified = true;
            last = Last.QUANTIFIED;
            i = quantifierEnd;
        }
        return open.isEmpty();
    }

    /** The index after the class opened at {@code start}, or -1 when it never closes. */
    private static int classEnd(String source, int start) {
        int i = start + 1;
        if (i < source.length() && source.charAt(i) == '^') {
            i++;
        }
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == ']') {
                return i + 1;
            }
            i++;
        }
        return -1;
    }

    /** The index where the body of the group opened at {@code start} begins, or -1 for a malformed prefix. */
    private static int groupBodyStart(String source, int start) {
        int i = start + 1;
        if (i >= source.length() || source.charAt(i) != '?') {
            return i;
        }
        i++;
        if (i >= source.length()) {
            return -1;
        }
        char kind = source.charAt(i);
        if (kind == ':' || kind == '=' || kind == '!') {
            return i + 1;
        }
        if (kind != '<') {
            return -1;
        }
        i++;
        if (i < source.length() && (source.charAt(i) == '=' || source.charAt(i) == '!')) {
            return i + 1;
        }
        int close = source.indexOf('>', i);
        return close <= i ? -1 : close + 1;
    }

    /**
     * The index after a {@code {n}}, {@code {n,}} or {@code {n,m}} quantifier at {@code start}; -1 when the brace
     * opens none (a literal); -2 when the bounds are out of order, which JavaScript rejects.
     */
    private static int braceQuantifierEnd(String source, int start) {
        int i = start + 1;
        int minStart = i;
        while (i < source.length() && Character.isDigit(source.charAt(i)) && source.charAt(i) < 128) {
            i++;
        }
        if (i == minStart || i >= source.length()) {
            return -1;
        }
        String min = source.substring(minStart, i);
        String max = null;
        if (source.charAt(i) == ',') {
            i++;
            int maxStart = i;
            while (i < source.length() && Character.isDigit(source.charAt(i)) && source.charAt(i) < 128) {
                i++;
            }
            max = i > maxStart ? source.substring(maxStart, i) : null;
        }
        if (i >= source.length() || source.charAt(i) != '}') {
            return -1;
        }
        if (max != null && new BigInteger(min).compareTo(new BigInteger(max)) > 0) {
            return -2;
        }
        return i + 1;
    }
}
