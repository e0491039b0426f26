package io.wikiengine.core.spi;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A page without its content and render, for listings.
 *
 * @param id          the page id
 * @param path        the path
 * @param localeCode  the locale
 * @param title       the title
 * @param description the description
 * @param contentType the content type
 * @param isPublished the published flag
 * @param isPrivate   the private flag
 * @param privateNS   never written
 * @param authorId    the last editor
 * @param creatorId   the creator
 * @param createdAt   when created
 * @param updatedAt   when last changed
 */
public record PageSummary(int id, String path, String localeCode, String title, String description,
                          String contentType, boolean isPublished, boolean isPrivate, @Nullable String privateNS,
                          int authorId, int creatorId, Instant createdAt, Instant updatedAt) {

    public PageSummary {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(localeCode, "localeCode");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Where the page lives. */
    public PageKey key() {
        return new PageKey(localeCode, path);
    }
}
