package io.wikiengine.core.page;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The current state of a page for an editor resolving a conflict.
 *
 * @param id          the page id
 * @param authorId    the last editor
 * @param authorName  the last editor's name
 * @param content     the content
 * @param createdAt   when created
 * @param description the description
 * @param isPublished whether published
 * @param locale      the locale
 * @param path        the path
 * @param tags        the tag strings, sorted
 * @param title       the title
 * @param updatedAt   when last changed
 */
public record PageConflictLatest(int id, int authorId, String authorName, String content, Instant createdAt,
                                 String description, boolean isPublished, String locale, String path,
                                 List<String> tags, String title, Instant updatedAt) {

    public PageConflictLatest {
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(updatedAt, "updatedAt");
        tags = List.copyOf(tags);
    }
}
