package io.wikiengine.core.spi;

import java.util.Objects;

/**
 * A published page whose text holds a search term, with where it was found.
 *
 * @param id          the page id
 * @param path        the path
 * @param localeCode  the locale
 * @param title       the title
 * @param description the description
 * @param rank        0 when the title holds the term, 1 the description, 2 only the content (or path)
 */
public record PageSearchMatch(int id, String path, String localeCode, String title, String description, int rank) {

    public PageSearchMatch {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(localeCode, "localeCode");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
    }
}
