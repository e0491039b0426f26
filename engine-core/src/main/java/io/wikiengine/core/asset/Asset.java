package io.wikiengine.core.asset;

import io.wikiengine.core.user.User;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An asset: every column of spec {@code assets}, with its folder and author filled (decision 26; Wiki.js
 * leaves both null). The data itself is read with {@link AssetService#open}.
 *
 * @param id        the asset id, from 1
 * @param filename  lower-case, sanitised
 * @param hash      the lower-case hex SHA-1 of the asset path
 * @param ext       the extension with its leading dot ({@code .png}), {@code ""} when the name has none
 * @param kind      {@link AssetKind#IMAGE} or {@link AssetKind#BINARY}, from the content (decision 26)
 * @param mime      the MIME type recognised from the content's signature, never the client's claim
 * @param fileSize  the size of the stored data in bytes
 * @param metadata  a JSON document, normally null
 * @param folderId  the folder's id, 0 at the root
 * @param authorId  the user who uploaded the current data
 * @param createdAt when the asset was first uploaded
 * @param updatedAt when the asset was last uploaded over or renamed
 * @param folder    the folder, null at the root
 * @param author    the author, null only when the store no longer knows the user
 */
public record Asset(int id, String filename, String hash, String ext, AssetKind kind, String mime, long fileSize,
                    @Nullable String metadata, int folderId, int authorId, Instant createdAt, Instant updatedAt,
                    @Nullable AssetFolder folder, @Nullable User author) {

    public Asset {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(ext, "ext");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mime, "mime");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (kind == AssetKind.ALL) {
            throw new IllegalArgumentException("ALL is a filter, not the kind of an asset");
        }
        if (fileSize < 0) {
            throw new IllegalArgumentException("fileSize must not be negative");
        }
        if (folder != null && folder.id() != folderId) {
            throw new IllegalArgumentException("folder does not match folderId");
        }
        if (author != null && author.id() != authorId) {
            throw new IllegalArgumentException("author does not match authorId");
        }
    }
}
