package io.wikiengine.core.io.internal;

import io.wikiengine.core.page.PageEditor;
import java.util.Locale;
import java.util.Optional;

/** The page files of Wiki.js storage: one extension per content type, each with the editor it implies. */
public enum PageFormat {
    /** {@code .md}: markdown, front matter between {@code ---} lines. */
    MARKDOWN("md", PageEditor.MARKDOWN),
    /** {@code .html}: the visual and code editors, front matter inside {@code <!--} and {@code -->}. */
    HTML("html", PageEditor.CKEDITOR),
    /** {@code .adoc}: AsciiDoc, front matter between {@code ---} lines. */
    ASCIIDOC("adoc", PageEditor.ASCIIDOC);

    private final String extension;
    private final PageEditor editor;

    PageFormat(String extension, PageEditor editor) {
        this.extension = extension;
        this.editor = editor;
    }

    /** The extension without its dot. */
    public String extension() {
        return extension;
    }

    /** The editor a file of this format gets when its front matter names none (or a wrong one). */
    public PageEditor defaultEditor() {
        return editor;
    }

    /** The content type of the format's pages. */
    public String contentType() {
        return editor.contentType();
    }

    /** The format of a file name, if it is a page file (the extension compared case-insensitively). */
    public static Optional<PageFormat> ofFile(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (PageFormat format : values()) {
            if (format.extension.equals(ext)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format pages of this content type are written in; markdown for anything unknown. */
    public static PageFormat ofContentType(String contentType) {
        for (PageFormat format : values()) {
            if (format.contentType().equals(contentType)) {
                return format;
            }
        }
        return MARKDOWN;
    }
}
