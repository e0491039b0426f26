package io.wikiengine.core.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * A history snapshot of a page's previous state.
 *
 * @param id               the version id; 0 when not stored yet
 * @param pageId           the page (no foreign key: versions outlive their page)
 * @param action           {@code updated}, {@code moved}, {@code deleted} or {@code restored}
 * @param path             the path then
 * @param hash             the hash then
 * @param title            the title then
 * @param description      the description then
 * @param isPrivate        the flag then
 * @param isPublished      the flag then
 * @param publishStartDate then
 * @param publishEndDate   then
 * @param content          the content then
 * @param contentType      the content type then
 * @param editorKey        the editor then
 * @param localeCode       the locale then
 * @param authorId         the author of that state
 * @param versionDate      the page's updatedAt then
 * @param createdAt        when the snapshot was written
 */
public record StoredVersion(int id, int pageId, String action, String path, String hash, String title,
                            String description, boolean isPrivate, boolean isPublished, String publishStartDate,
                            String publishEndDate, String content, String contentType, String editorKey,
                            String localeCode, int authorId, Instant versionDate, Instant createdAt) {

    public StoredVersion {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(publishStartDate, "publishStartDate");
        Objects.requireNonNull(publishEndDate, "publishEndDate");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(editorKey, "editorKey");
        Objects.requireNonNull(localeCode, "localeCode");
        Objects.requireNonNull(versionDate, "versionDate");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A snapshot of the page as it is now, taken for {@code action} at {@code now}. */
    public static StoredVersion of(StoredPage page, String action, Instant now) {
        return new StoredVersion(0, page.id(), action, page.path(), page.hash(), page.title(), page.description(),
                page.isPrivate(), page.isPublished(), page.publishStartDate(), page.publishEndDate(), page.content(),
                page.contentType(), page.editorKey(), page.localeCode(), page.authorId(), page.updatedAt(), now);
    }
}
