package io.wikiengine.core.page;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored snapshot of a page. Versions do not record tags or scripts.
 *
 * @param versionId        the snapshot id
 * @param pageId           the page it belongs to (kept after the page is deleted)
 * @param action           what was done when it was taken: {@code updated}, {@code moved}, {@code deleted},
 *                         {@code restored}
 * @param authorId         the author of the snapshotted state
 * @param authorName       that author's name ({@code ""} if the user is gone)
 * @param path             the path then
 * @param locale           the locale then
 * @param title            the title then
 * @param description      the description then
 * @param content          the content then
 * @param contentType      the content type then
 * @param editor           the editor key then
 * @param isPrivate        the flag then
 * @param isPublished      the flag then
 * @param publishStartDate then, {@code ""} when unset
 * @param publishEndDate   then, {@code ""} when unset
 * @param versionDate      the page's {@code updatedAt} before the change
 * @param createdAt        when the snapshot was written
 */
public record PageVersion(int versionId, int pageId, String action, int authorId, String authorName, String path,
                          String locale, String title, String description, String content, String contentType,
                          String editor, boolean isPrivate, boolean isPublished, String publishStartDate,
                          String publishEndDate, Instant versionDate, Instant createdAt) {

    public PageVersion {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(editor, "editor");
        Objects.requireNonNull(publishStartDate, "publishStartDate");
        Objects.requireNonNull(publishEndDate, "publishEndDate");
        Objects.requireNonNull(versionDate, "versionDate");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
