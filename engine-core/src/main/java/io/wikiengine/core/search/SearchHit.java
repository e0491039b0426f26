package io.wikiengine.core.search;

import java.util.Objects;

/**
 * One search result (the {@code PageSearchResult} type).
 *
 * @param id          the page id
 * @param title       the title
 * @param description the description
 * @param path        the path
 * @param locale      the locale code
 */
public record SearchHit(int id, String title, String description, String path, String locale) {

    public SearchHit {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(locale, "locale");
    }
}
