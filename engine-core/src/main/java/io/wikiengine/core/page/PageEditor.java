package io.wikiengine.core.page;

import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.error.WikiException;
import java.util.Objects;

/**
 * The editors a page can be written with, and the content type each gives. Any other key is
 * refused with 1012 naming these (decision 33).
 */
public enum PageEditor {
    /** Markdown, rendered by the markdown core. */
    MARKDOWN("markdown", "markdown"),
    /** The visual editor: stores HTML. */
    CKEDITOR("ckeditor", "html"),
    /** Raw HTML. */
    CODE("code", "html"),
    /** AsciiDoc. */
    ASCIIDOC("asciidoc", "asciidoc");

    private final String key;
    private final String contentType;

    PageEditor(String key, String contentType) {
        this.key = key;
        this.contentType = contentType;
    }

    /** The editor key as stored and sent, for example {@code markdown}. */
    public String key() {
        return key;
    }

    /** The content type the editor's pages have: {@code markdown}, {@code html} or {@code asciidoc}. */
    public String contentType() {
        return contentType;
    }

    /**
     * The editor with this key (exact, lower-case).
     *
     * @throws WikiException 1012 naming the valid keys when none has it
     */
    public static PageEditor of(String key) {
        Objects.requireNonNull(key, "editor");
        for (PageEditor editor : values()) {
            if (editor.key.equals(key)) {
                return editor;
            }
        }
        throw WikiException.of(WikiError.INPUT_INVALID,
                "Unknown editor \"" + key + "\": use one of markdown, ckeditor, code, asciidoc.");
    }
}
