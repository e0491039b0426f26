package io.wikiengine.core.render.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Heading ids: a Unicode slug of the text (letters, digits and marks kept, {@code -}, {@code _} and
 * {@code ~} kept, white space runs to one {@code -}, everything else dropped, lower-case), {@code h-} in
 * front of a leading digit, and {@code -1}, {@code -2} … on repeats within one document.
 */
final class Slugger {

    private final Map<String, Integer> seen = new HashMap<>();

    static String slug(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean pendingSpace = false;
        int i = 0;
        String trimmed = text.strip();
        while (i < trimmed.length()) {
            int cp = trimmed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = sb.length() > 0;
                continue;
            }
            if (!keeps(cp)) {
                continue;
            }
            if (pendingSpace) {
                sb.append('-');
                pendingSpace = false;
            }
            sb.appendCodePoint(cp);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean keeps(int cp) {
        if (cp == '-' || cp == '_' || cp == '~') {
            return true;
        }
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER
                || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** The id for a heading: the custom id if given, else the slug; made unique in this document. */
    String id(String customId, String text) {
        String base = customId.isEmpty() ? slug(text) : customId;
        if (!base.isEmpty() && Character.isDigit(base.charAt(0))) {
            base = "h-" + base;
        }
        Integer count = seen.get(base);
        if (count == null) {
            seen.put(base, 0);
            return base;
        }
        String candidate;
        do {
            count++;
            candidate = base + "-" + count;
        } while (seen.containsKey(candidate));
        seen.put(base, count);
        seen.put(candidate, 0);
        return candidate;
    }
}
