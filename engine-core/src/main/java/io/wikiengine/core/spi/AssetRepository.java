package io.wikiengine.core.spi;

import io.wikiengine.core.asset.AssetKind;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assets and their data. The data is kept as numbered chunks under a blob key, so that neither writing nor
 * reading ever needs the whole file in memory: a writer appends chunks as it reads an upload, a reader fetches
 * them one by one. Chunks have no row of their own in the asset table: {@link #delete} removes the asset's
 * chunks with it, and an upload over an asset writes a new key and drops the old one with
 * {@link #deleteBlob}.
 */
public interface AssetRepository {

    /**
     * Stores a new asset; its {@code id} is ignored and the stored asset, with its id, is returned.
     *
     * @throws DuplicateKeyException with {@link UniqueKey#ASSET_FILENAME} if the folder has that filename already
     */
    StoredAsset insert(StoredAsset asset);

    /** The asset with this id. */
    Optional<StoredAsset> byId(int id);

    /** The asset with this path hash, the lowest id first should several share it. */
    Optional<StoredAsset> byHash(String hash);

    /** The asset of this folder (0 = root) with this filename. */
    Optional<StoredAsset> byFilename(int folderId, String filename);

    /** The assets directly in this folder (0 = root) that the kind admits, in id order. */
    List<StoredAsset> inFolder(int folderId, AssetKind kind);

    /** The assets directly in any of these folders (0 = root), in id order. */
    List<StoredAsset> inFolders(Collection<Integer> folderIds);

    /** The number of assets directly in this folder (0 = root). */
    int countInFolder(int folderId);

    /**
     * Replaces every column of the stored asset of the same id; returns whether it existed.
     *
     * @throws DuplicateKeyException with {@link UniqueKey#ASSET_FILENAME} if the folder has that filename already
     */
    boolean update(StoredAsset asset);

    /** Sets the path hash of each asset id in the map (after a folder above them changed). */
    void updateHashes(Map<Integer, String> hashes);

    /** Deletes the asset and its data; returns whether it existed. */
    boolean delete(int id);

    /** Attributes every asset of one user to another (before the first is deleted); returns how many. */
    int reassignAuthor(int fromUserId, int toUserId);

    /**
     * Stores one chunk of data under a blob key.
     *
     * @param blobKey a key unique to one version of one asset's data
     * @param seq     the chunk's number, from 0 up, without gaps
     * @param data    the buffer holding the chunk
     * @param length  how many bytes of {@code data}, from its start, the chunk has (at least 1)
     */
    void writeChunk(String blobKey, int seq, byte[] data, int length);

    /** Chunk {@code seq} of a blob, or empty when there is no such chunk. */
    Optional<byte[]> readChunk(String blobKey, int seq);

    /** The size in bytes of each chunk of the blob, in order; empty for an unknown key. */
    List<Integer> chunkSizes(String blobKey);

    /** Deletes every chunk of the blob. */
    void deleteBlob(String blobKey);
}
