package io.wikiengine.core.render.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parses the {@code {.class #id target=_blank}} attribute blocks of the markdown core. Only {@code id},
 * {@code class} and {@code target} are kept, as Wiki.js configures its attribute plug-in.
 */
final class AttributeSyntax {

    private AttributeSyntax() {
    }

    /**
     * The attributes of a braced block, or null when the text is not one. Every token must be
     * {@code .cls}, {@code #id} or {@code key=value}: a bare word such as {@code {foo}} is ordinary text
     * and stays visible.
     */
    static @Nullable Map<String, String> parse(String braced) {
        if (braced.length() < 3 || braced.charAt(0) != '{' || braced.charAt(braced.length() - 1) != '}') {
            return null;
        }
        String inner = braced.substring(1, braced.length() - 1).trim();
        if (inner.isEmpty() || inner.indexOf('{') >= 0 || inner.indexOf('}') >= 0) {
            return null;
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        StringBuilder classes = new StringBuilder();
        int i = 0;
        while (i < inner.length()) {
            if (Character.isWhitespace(inner.charAt(i))) {
                i++;
                continue;
            }
            int end = tokenEnd(inner, i);
            String token = inner.substring(i, end);
            i = end;
            if (!addToken(token, attrs, classes)) {
                return null;
            }
        }
        if (classes.length() > 0) {
            attrs.put("class", classes.toString());
        }
        return attrs;
    }

    private static int tokenEnd(String s, int start) {
        boolean quoted = false;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && Character.isWhitespace(c)) {
                return i;
            }
        }
        return s.length();
    }

    private static boolean addToken(String token, Map<String, String> attrs, StringBuilder classes) {
        if (token.length() > 1 && token.charAt(0) == '.') {
            if (classes.length() > 0) {
                classes.append(' ');
            }
            classes.append(token, 1, token.length());
            return true;
        }
        if (token.length() > 1 && token.charAt(0) == '#') {
            attrs.put("id", token.substring(1));
            return true;
        }
        int eq = token.indexOf('=');
        if (eq <= 0) {
            return false;
        }
        String key = token.substring(0, eq);
        String value = token.substring(eq + 1);
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (!key.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
            return false;
        }
        if (key.equals("class")) {
            if (classes.length() > 0) {
                classes.append(' ');
            }
            classes.append(value);
        } else if (key.equals("id") || key.equals("target")) {
            attrs.put(key, value);
        }
        return true;
    }
}
