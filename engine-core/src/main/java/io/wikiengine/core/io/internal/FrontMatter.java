package io.wikiengine.core.io.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A page file split into its front matter and its content.
 *
 * @param present whether the file had a front-matter block at all
 * @param fields  the block's keys in file order, each with its text or its list of items
 * @param content the content after the block (and after the one blank line Wiki.js writes), never with the
 *                block glued to it
 * @param notes   what was not understood or was read by the tolerant reader, for the import report
 */
public record FrontMatter(boolean present, Map<String, Field> fields, String content, List<String> notes) {

    public FrontMatter {
        Objects.requireNonNull(content, "content");
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        notes = List.copyOf(notes);
    }

    /**
     * One value of the block.
     *
     * @param text   the scalar's text; for a list, its items joined with {@code ", "}
     * @param items  the list's items; for a scalar, empty
     * @param isList whether the value was a list
     */
    public record Field(String text, List<String> items, boolean isList) {

        public Field {
            Objects.requireNonNull(text, "text");
            items = List.copyOf(items);
        }

        static Field scalar(String text) {
            return new Field(text, List.of(), false);
        }

        static Field list(List<String> items) {
            return new Field(String.join(", ", items), items, true);
        }
    }
}
