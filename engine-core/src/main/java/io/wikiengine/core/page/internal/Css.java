package io.wikiengine.core.page.internal;

/**
 * A small CSS minifier for page styles (R-6.3 step 5): comments dropped, whitespace runs collapsed, and
 * spaces around punctuation removed; text inside quotes is kept as written.
 */
public final class Css {

    private static final String TIGHT = "{};:,>";

    private Css() {
    }

    /** The minified stylesheet. */
    public static String minify(String css) {
        StringBuilder out = new StringBuilder(css.length());
        int i = 0;
        boolean pendingSpace = false;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? css.length() : end + 2;
                continue;
            }
            if (Character.isWhitespace(c)) {
                pendingSpace = true;
                i++;
                continue;
            }
            if (pendingSpace && out.length() > 0 && TIGHT.indexOf(c) < 0
                    && TIGHT.indexOf(out.charAt(out.length() - 1)) < 0) {
                out.append(' ');
            }
            pendingSpace = false;
            if (c == '"' || c == '\'') {
                int end = closing(css, i, c);
                out.append(css, i, end);
                i = end;
                continue;
            }
            if (c == '}' && out.length() > 0 && out.charAt(out.length() - 1) == ';') {
                out.setLength(out.length() - 1);
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static int closing(String css, int start, char quote) {
        int i = start + 1;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            i++;
            if (c == quote) {
                return i;
            }
        }
        return css.length();
    }
}
