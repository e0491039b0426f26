package io.wikiengine.core.render.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * URL path parsing of, used for internal links.
 *
 * <p>A first segment "looks like a locale" when it is two letters, optionally followed by a region or
 * script subtag of two letters, three digits or four letters ({@code en}, {@code pt-br}, {@code es-419},
 * {@code zh-hans}), case-insensitive. Three-letter codes such as {@code fil} are not recognised in links,
 * since a three-letter first folder ({@code dev}, {@code api}) is far more often a real folder.
 *
 * @param locale the explicit locale of the URL, lower-cased, or null when it has none
 * @param path   the page path, {@code home} for the empty path
 */
public record PagePath(@Nullable String locale, String path) {

    private static final Pattern LOCALE = Pattern.compile("^[a-z]{2}(?:-(?:[a-z]{2}|[0-9]{3}|[a-z]{4}))?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_UNSAFE = Pattern.compile("[\\x00-\\x1f\\x80-\\x9f\\\\\"|<>:*?]");
    private static final Pattern DOT_RUNS = Pattern.compile("\\.{2,}");

    /** Whether a path segment looks like a locale code. */
    public static boolean looksLikeLocale(String segment) {
        return LOCALE.matcher(segment).matches();
    }

    /** Parses an absolute or site-relative URL path such as {@code /en/docs/a}. */
    public static PagePath parse(String raw) {
        String s = unescape(raw).trim();
        if (s.startsWith("/")) {
            s = s.substring(1);
        }
        s = FIRST_UNSAFE.matcher(s).replaceFirst("");
        if (s.isEmpty()) {
            s = "home";
        }
        s = s.replace("\\", "").replace("//", "");
        s = DOT_RUNS.matcher(s).replaceAll("");
        List<String> segments = new ArrayList<>();
        for (String seg : s.split("/")) {
            if (!seg.isEmpty() && !seg.equals(".") && !seg.equals("..")) {
                segments.add(seg);
            }
        }
        if (!segments.isEmpty() && segments.get(0).length() == 1) {
            segments.remove(0);
        }
        String locale = null;
        if (!segments.isEmpty() && looksLikeLocale(segments.get(0))) {
            locale = segments.remove(0).toLowerCase(Locale.ROOT);
        }
        String path = String.join("/", segments);
        return new PagePath(locale, path.isEmpty() ? "home" : path);
    }

    private static String unescape(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }
}
