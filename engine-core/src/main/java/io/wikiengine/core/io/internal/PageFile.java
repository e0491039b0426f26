package io.wikiengine.core.io.internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A page file as the importer understood it.
 *
 * @param title       the title
 * @param description the description
 * @param published   the published flag
 * @param tags        the tags as written (the page service normalises them)
 * @param editor      the editor key, one that fits the file's format
 * @param createdAt   {@code dateCreated}
 * @param updatedAt   {@code date}
 * @param content     the content without the front matter
 * @param notes       every decision taken on a value that was missing, odd or not understood
 */
public record PageFile(String title, String description, boolean published, List<String> tags, String editor,
                       Instant createdAt, Instant updatedAt, String content, List<String> notes) {

    public PageFile {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(editor, "editor");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(content, "content");
        tags = List.copyOf(tags);
        notes = List.copyOf(notes);
    }
}
