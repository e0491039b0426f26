package io.wikiengine.core.access;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a page-rule check looks at (the "page object" of spec §4.5): a path without leading slash or
 * locale, the locale (absent for assets, whose checks carry none: decision 5), and the page's tags.
 *
 * @param path   the page path or asset path, without leading slash or locale
 * @param locale the locale code, or null when the check carries none
 * @param tags   the page's tags, lower-case; empty when it has none
 */
public record PageTarget(String path, @Nullable String locale, List<String> tags) {

    public PageTarget {
        Objects.requireNonNull(path, "path");
        tags = List.copyOf(tags);
    }

    /** A page in a locale, with its tags. */
    public static PageTarget page(String path, String locale, List<String> tags) {
        return new PageTarget(path, Objects.requireNonNull(locale, "locale"), tags);
    }

    /** A page in a locale, without tags. */
    public static PageTarget page(String path, String locale) {
        return page(path, locale, List.of());
    }

    /** An asset or asset folder path: no locale, no tags. */
    public static PageTarget asset(String path) {
        return new PageTarget(path, null, List.of());
    }
}
