package io.wikiengine.core.spi;

import java.util.Objects;

/**
 * Where a page lives: a locale and a path (without leading slash). Link targets are keys too, whether or
 * not a page exists there.
 *
 * @param locale the locale code
 * @param path   the path
 */
public record PageKey(String locale, String path) {

    public PageKey {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(path, "path");
    }

    /** {@code <locale>/<path>}, the form {@code pages.links} reports. */
    public String qualified() {
        return locale + "/" + path;
    }
}
