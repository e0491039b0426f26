package io.wikiengine.core.page;

import java.time.Instant;
import java.util.Objects;

/**
 * A tag: {@code tag} is trimmed and lower-case; {@code title} starts equal to it.
 *
 * @param id        the tag id
 * @param tag       the tag text, unique
 * @param title     the display title
 * @param createdAt when the tag was created
 * @param updatedAt when the tag was last changed
 */
public record PageTag(int id, String tag, String title, Instant createdAt, Instant updatedAt) {

    public PageTag {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
