package io.wikiengine.core.page;

import java.time.Instant;
import java.util.Objects;

/**
 * One page of {@link PageService#importPages}: the page as {@code pages.create} takes it, with the dates it
 * carried where it came from. Only an import may set these dates; every other write stamps them with now.
 *
 * @param page      the page; its publish dates and scripts are used when the page is new, and the stored
 *                  ones are kept when it already exists (the Wiki.js file format does not carry them)
 * @param createdAt when the page was first created, kept as {@code createdAt}
 * @param updatedAt when the page was last changed, kept as {@code updatedAt}
 */
public record PageImport(PageCreate page, Instant createdAt, Instant updatedAt) {

    public PageImport {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
