package io.wikiengine.core.spi;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The stored columns of a page; {@code extra} is split into its two scripts.
 *
 * @param id               the page id; 0 for a page not stored yet
 * @param path             the normalised path
 * @param hash             the hash of
 * @param title            the title
 * @param description      the description
 * @param isPrivate        the private flag
 * @param isPublished      the published flag
 * @param privateNS        never written by the API
 * @param publishStartDate ISO-8601 or {@code ""}
 * @param publishEndDate   ISO-8601 or {@code ""}
 * @param content          the source
 * @param render           the rendered HTML
 * @param toc              the TOC JSON
 * @param contentType      the content type
 * @param editorKey        the editor key
 * @param localeCode       the locale code
 * @param scriptCss        the CSS
 * @param scriptJs         the script
 * @param authorId         the last editor's id
 * @param creatorId        the creator's id
 * @param createdAt        when created
 * @param updatedAt        when last changed
 */
public record StoredPage(int id, String path, String hash, String title, String description, boolean isPrivate,
                         boolean isPublished, @Nullable String privateNS, String publishStartDate,
                         String publishEndDate, String content, String render, String toc, String contentType,
                         String editorKey, String localeCode, String scriptCss, String scriptJs, int authorId,
                         int creatorId, Instant createdAt, Instant updatedAt) {

    public StoredPage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(publishStartDate, "publishStartDate");
        Objects.requireNonNull(publishEndDate, "publishEndDate");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(render, "render");
        Objects.requireNonNull(toc, "toc");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(editorKey, "editorKey");
        Objects.requireNonNull(localeCode, "localeCode");
        Objects.requireNonNull(scriptCss, "scriptCss");
        Objects.requireNonNull(scriptJs, "scriptJs");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Where the page lives. */
    public PageKey key() {
        return new PageKey(localeCode, path);
    }

    /** A copy with this id. */
    public StoredPage withId(int newId) {
        return new StoredPage(newId, path, hash, title, description, isPrivate, isPublished, privateNS,
                publishStartDate, publishEndDate, content, render, toc, contentType, editorKey, localeCode, scriptCss,
                scriptJs, authorId, creatorId, createdAt, updatedAt);
    }

    /** A copy with this render and TOC. */
    public StoredPage withRender(String newRender, String newToc) {
        return new StoredPage(id, path, hash, title, description, isPrivate, isPublished, privateNS, publishStartDate,
                publishEndDate, content, newRender, newToc, contentType, editorKey, localeCode, scriptCss, scriptJs,
                authorId, creatorId, createdAt, updatedAt);
    }

    /** A copy at this place, with this title and hash. */
    public StoredPage withLocation(String newLocale, String newPath, String newTitle, String newHash) {
        return new StoredPage(id, newPath, newHash, newTitle, description, isPrivate, isPublished, privateNS,
                publishStartDate, publishEndDate, content, render, toc, contentType, editorKey, newLocale, scriptCss,
                scriptJs, authorId, creatorId, createdAt, updatedAt);
    }

    /** A copy with this editor, content type and content. */
    public StoredPage withSource(String newEditor, String newContentType, String newContent) {
        return new StoredPage(id, path, hash, title, description, isPrivate, isPublished, privateNS, publishStartDate,
                publishEndDate, newContent, render, toc, newContentType, newEditor, localeCode, scriptCss, scriptJs,
                authorId, creatorId, createdAt, updatedAt);
    }
}
