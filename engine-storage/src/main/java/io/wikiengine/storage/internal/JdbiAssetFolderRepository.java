package io.wikiengine.storage.internal;

import io.wikiengine.core.asset.AssetFolder;
import io.wikiengine.core.spi.AssetFolderRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jspecify.annotations.Nullable;

/** Asset folders in {@code wiki_asset_folders}; the root (0) is stored as a NULL parent. */
final class JdbiAssetFolderRepository implements AssetFolderRepository {

    private static final String SELECT = "SELECT id, name, slug, parent_key FROM wiki_asset_folders";

    private final Handle handle;

    JdbiAssetFolderRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public AssetFolder insert(AssetFolder folder) {
        int id = bind(handle.createUpdate("INSERT INTO wiki_asset_folders (name, slug, parent_id, parent_key) "
                + "VALUES (:name, :slug, :parentId, :parentKey)"), folder)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Integer.class)
                .one();
        return folder.withId(id);
    }

    @Override
    public Optional<AssetFolder> byId(int id) {
        return handle.createQuery(SELECT + " WHERE id = :id").bind("id", id).map((rs, ctx) -> folder(rs)).findOne();
    }

    @Override
    public Optional<AssetFolder> bySlug(int parentId, String slug) {
        return handle.createQuery(SELECT + " WHERE parent_key = :parent AND slug = :slug")
                .bind("parent", parentId)
                .bind("slug", slug)
                .map((rs, ctx) -> folder(rs))
                .findOne();
    }

    @Override
    public List<AssetFolder> children(int parentId) {
        return handle.createQuery(SELECT + " WHERE parent_key = :parent ORDER BY id")
                .bind("parent", parentId)
                .map((rs, ctx) -> folder(rs))
                .list();
    }

    @Override
    public List<AssetFolder> chain(int id) {
        return handle.createQuery("WITH RECURSIVE up (id, name, slug, parent_key, parent_id, depth) AS ("
                        + "SELECT id, name, slug, parent_key, parent_id, 0 FROM wiki_asset_folders WHERE id = :id "
                        + "UNION ALL SELECT f.id, f.name, f.slug, f.parent_key, f.parent_id, up.depth + 1 "
                        + "FROM wiki_asset_folders f JOIN up ON f.id = up.parent_id) "
                        + "SELECT id, name, slug, parent_key FROM up ORDER BY depth DESC")
                .bind("id", id)
                .map((rs, ctx) -> folder(rs))
                .list();
    }

    @Override
    public List<AssetFolder> descendants(int id) {
        return handle.createQuery("WITH RECURSIVE down (id, name, slug, parent_key) AS ("
                        + "SELECT id, name, slug, parent_key FROM wiki_asset_folders WHERE parent_key = :id "
                        + "UNION ALL SELECT f.id, f.name, f.slug, f.parent_key "
                        + "FROM wiki_asset_folders f JOIN down ON f.parent_key = down.id) "
                        + "SELECT id, name, slug, parent_key FROM down")
                .bind("id", id)
                .map((rs, ctx) -> folder(rs))
                .list();
    }

    @Override
    public boolean update(AssetFolder folder) {
        return bind(handle.createUpdate("UPDATE wiki_asset_folders SET name = :name, slug = :slug, "
                + "parent_id = :parentId, parent_key = :parentKey WHERE id = :id"), folder)
                .bind("id", folder.id())
                .execute() > 0;
    }

    @Override
    public boolean delete(int id) {
        return handle.createUpdate("DELETE FROM wiki_asset_folders WHERE id = :id").bind("id", id).execute() > 0;
    }

    private static <S extends SqlStatement<S>> S bind(S statement, AssetFolder folder) {
        return statement.bind("name", folder.name())
                .bind("slug", folder.slug())
                .bind("parentId", root(folder.parentId()))
                .bind("parentKey", folder.parentId());
    }

    private static @Nullable Integer root(int id) {
        return id == AssetFolder.ROOT ? null : id;
    }

    private static AssetFolder folder(ResultSet rs) throws SQLException {
        return new AssetFolder(rs.getInt("id"), rs.getString("slug"), rs.getString("name"), rs.getInt("parent_key"));
    }
}
