package io.wikiengine.core.page;

import java.util.Objects;

/**
 * What {@link PageService#importPages} did with one page.
 *
 * @param id      the page's id
 * @param locale  the page's locale code
 * @param path    the page's normalised path
 * @param outcome whether the page was created, changed or already as given
 */
public record PageImportResult(int id, String locale, String path, Outcome outcome) {

    public PageImportResult {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** What an import did with a page. */
    public enum Outcome {
        /** No page was at that place: it was created. */
        CREATED,
        /** A page was there and differed: it was updated, its previous state kept in history. */
        UPDATED,
        /** A page was there with the same title, description, flags, tags, editor, content and dates. */
        UNCHANGED
    }
}
