package io.wikiengine.storage.internal;

import io.wikiengine.core.asset.AssetFolder;
import io.wikiengine.core.asset.AssetKind;
import io.wikiengine.core.spi.AssetRepository;
import io.wikiengine.core.spi.StoredAsset;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/** Assets in {@code wiki_assets}, their data in {@code wiki_asset_chunks}. */
final class JdbiAssetRepository implements AssetRepository {

    private static final String FIELDS = "filename, hash, ext, kind, mime, file_size, metadata, folder_id, "
            + "folder_key, author_id, blob_key, created_at, updated_at";
    private static final String VALUES = ":filename, :hash, :ext, :kind, :mime, :fileSize, :metadata, :folderId, "
            + ":folderKey, :authorId, :blobKey, :createdAt, :updatedAt";
    private static final String SELECT = "SELECT id, " + FIELDS + " FROM wiki_assets";

    private final Handle handle;

    JdbiAssetRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public StoredAsset insert(StoredAsset asset) {
        int id = bind(handle.createUpdate("INSERT INTO wiki_assets (" + FIELDS + ") VALUES (" + VALUES + ")"), asset)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Integer.class)
                .one();
        return asset.withId(id);
    }

    @Override
    public Optional<StoredAsset> byId(int id) {
        return handle.createQuery(SELECT + " WHERE id = :id").bind("id", id).map((rs, ctx) -> asset(rs)).findOne();
    }

    @Override
    public Optional<StoredAsset> byHash(String hash) {
        return handle.createQuery(SELECT + " WHERE hash = :hash ORDER BY id")
                .bind("hash", hash)
                .map((rs, ctx) -> asset(rs))
                .findFirst();
    }

    @Override
    public Optional<StoredAsset> byFilename(int folderId, String filename) {
        return handle.createQuery(SELECT + " WHERE folder_key = :folder AND filename = :filename")
                .bind("folder", folderId)
                .bind("filename", filename)
                .map((rs, ctx) -> asset(rs))
                .findOne();
    }

    @Override
    public List<StoredAsset> inFolder(int folderId, AssetKind kind) {
        if (kind == AssetKind.ALL) {
            return handle.createQuery(SELECT + " WHERE folder_key = :folder ORDER BY id")
                    .bind("folder", folderId)
                    .map((rs, ctx) -> asset(rs))
                    .list();
        }
        return handle.createQuery(SELECT + " WHERE folder_key = :folder AND kind = :kind ORDER BY id")
                .bind("folder", folderId)
                .bind("kind", kind.stored())
                .map((rs, ctx) -> asset(rs))
                .list();
    }

    @Override
    public List<StoredAsset> inFolders(Collection<Integer> folderIds) {
        if (folderIds.isEmpty()) {
            return List.of();
        }
        return handle.createQuery(SELECT + " WHERE folder_key IN (<folders>) ORDER BY id")
                .bindList("folders", List.copyOf(new LinkedHashSet<>(folderIds)))
                .map((rs, ctx) -> asset(rs))
                .list();
    }

    @Override
    public int countInFolder(int folderId) {
        return handle.createQuery("SELECT COUNT(*) FROM wiki_assets WHERE folder_key = :folder")
                .bind("folder", folderId)
                .mapTo(Integer.class)
                .one();
    }

    @Override
    public boolean update(StoredAsset asset) {
        StringBuilder set = new StringBuilder();
        String[] fields = FIELDS.split(", ");
        String[] values = VALUES.split(", ");
        for (int i = 0; i < fields.length; i++) {
            set.append(i == 0 ? "" : ", ").append(fields[i]).append(" = ").append(values[i]);
        }
        return bind(handle.createUpdate("UPDATE wiki_assets SET " + set + " WHERE id = :id"), asset)
                .bind("id", asset.id())
                .execute() > 0;
    }

    @Override
    public void updateHashes(Map<Integer, String> hashes) {
        if (hashes.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("UPDATE wiki_assets SET hash = :hash WHERE id = :id");
        hashes.forEach((id, hash) -> batch.bind("id", id).bind("hash", hash).add());
        batch.execute();
    }

    @Override
    public boolean delete(int id) {
        Optional<String> blob = handle.createQuery("SELECT blob_key FROM wiki_assets WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne();
        if (blob.isEmpty()) {
            return false;
        }
        deleteBlob(blob.get());
        return handle.createUpdate("DELETE FROM wiki_assets WHERE id = :id").bind("id", id).execute() > 0;
    }

    @Override
    public int reassignAuthor(int fromUserId, int toUserId) {
        return handle.createUpdate("UPDATE wiki_assets SET author_id = :to WHERE author_id = :from")
                .bind("from", fromUserId)
                .bind("to", toUserId)
                .execute();
    }

    @Override
    public void writeChunk(String blobKey, int seq, byte[] data, int length) {
        if (length < 1 || length > data.length) {
            throw new IllegalArgumentException("chunk length out of range: " + length);
        }
        byte[] exact = length == data.length ? data : Arrays.copyOf(data, length);
        handle.createUpdate("INSERT INTO wiki_asset_chunks (blob_key, seq, data) VALUES (:key, :seq, :data)")
                .bind("key", blobKey)
                .bind("seq", seq)
                .bind("data", exact)
                .execute();
    }

    @Override
    public Optional<byte[]> readChunk(String blobKey, int seq) {
        return handle.createQuery("SELECT data FROM wiki_asset_chunks WHERE blob_key = :key AND seq = :seq")
                .bind("key", blobKey)
                .bind("seq", seq)
                .map((rs, ctx) -> rs.getBytes(1))
                .findOne();
    }

    @Override
    public List<Integer> chunkSizes(String blobKey) {
        return handle.createQuery("SELECT OCTET_LENGTH(data) FROM wiki_asset_chunks WHERE blob_key = :key ORDER BY seq")
                .bind("key", blobKey)
                .mapTo(Integer.class)
                .list();
    }

    @Override
    public void deleteBlob(String blobKey) {
        handle.createUpdate("DELETE FROM wiki_asset_chunks WHERE blob_key = :key").bind("key", blobKey).execute();
    }

    private static <S extends SqlStatement<S>> S bind(S statement, StoredAsset asset) {
        S bound = statement.bind("filename", asset.filename())
                .bind("hash", asset.hash())
                .bind("ext", asset.ext())
                .bind("kind", asset.kind().stored())
                .bind("mime", asset.mime())
                .bind("fileSize", asset.fileSize())
                .bind("folderKey", asset.folderId())
                .bind("authorId", asset.authorId())
                .bind("blobKey", asset.blobKey())
                .bind("createdAt", Sql.at(asset.createdAt()))
                .bind("updatedAt", Sql.at(asset.updatedAt()));
        bound = asset.metadata() == null ? bound.bindNull("metadata", Types.VARCHAR)
                : bound.bind("metadata", asset.metadata());
        return asset.folderId() == AssetFolder.ROOT ? bound.bindNull("folderId", Types.INTEGER)
                : bound.bind("folderId", asset.folderId());
    }

    private static StoredAsset asset(ResultSet rs) throws SQLException {
        return new StoredAsset(rs.getInt("id"), rs.getString("filename"), rs.getString("hash"), rs.getString("ext"),
                AssetKind.ofStored(rs.getString("kind")), rs.getString("mime"), rs.getLong("file_size"),
                rs.getString("metadata"), rs.getInt("folder_key"), rs.getInt("author_id"),
                Sql.requiredInstant(rs, "created_at"), Sql.requiredInstant(rs, "updated_at"), rs.getString("blob_key"));
    }
}
