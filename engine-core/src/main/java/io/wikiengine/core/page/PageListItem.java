package io.wikiengine.core.page;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code pages.list}.
 *
 * @param id          the page id
 * @param path        the path
 * @param locale      the locale code
 * @param title       the title
 * @param description the description
 * @param contentType the content type
 * @param isPublished whether published
 * @param isPrivate   whether private
 * @param privateNS   always null
 * @param createdAt   when created
 * @param updatedAt   when last changed
 * @param tags        every tag of the page (decision 12), sorted
 */
public record PageListItem(int id, String path, String locale, String title, String description, String contentType,
                           boolean isPublished, boolean isPrivate, @Nullable String privateNS, Instant createdAt,
                           Instant updatedAt, List<String> tags) {

    public PageListItem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        tags = List.copyOf(tags);
    }
}
