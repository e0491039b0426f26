package io.wikiengine.core.spi;

import io.wikiengine.core.asset.AssetKind;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An asset row as the store keeps it: the columns of spec and the key of its data.
 *
 * @param id        the asset id; ignored by {@link AssetRepository#insert}
 * @param filename  the filename, unique within the folder
 * @param hash      the lower-case hex SHA-1 of the asset path
 * @param ext       the extension with its dot, or {@code ""}
 * @param kind      {@code IMAGE} or {@code BINARY}
 * @param mime      the MIME type
 * @param fileSize  the data's size in bytes
 * @param metadata  a JSON document, or null
 * @param folderId  the folder's id, 0 at the root
 * @param authorId  the uploading user's id
 * @param createdAt when the asset was created
 * @param updatedAt when the asset was last changed
 * @param blobKey   the key of the data's chunks ({@link AssetRepository#writeChunk}); a new upload over the
 *                  asset writes a new key, so a reader of the old key never sees a mix of two versions
 */
public record StoredAsset(int id, String filename, String hash, String ext, AssetKind kind, String mime,
                          long fileSize, @Nullable String metadata, int folderId, int authorId, Instant createdAt,
                          Instant updatedAt, String blobKey) {

    public StoredAsset {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(ext, "ext");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mime, "mime");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(blobKey, "blobKey");
        if (kind == AssetKind.ALL) {
            throw new IllegalArgumentException("ALL is a filter, not the kind of an asset");
        }
    }

    /** A copy with this id. */
    public StoredAsset withId(int newId) {
        return new StoredAsset(newId, filename, hash, ext, kind, mime, fileSize, metadata, folderId, authorId,
                createdAt, updatedAt, blobKey);
    }

    /** A copy with this filename and hash, changed at this time. */
    public StoredAsset renamed(String newFilename, String newHash, Instant at) {
        return new StoredAsset(id, newFilename, newHash, ext, kind, mime, fileSize, metadata, folderId, authorId,
                createdAt, at, blobKey);
    }
}
