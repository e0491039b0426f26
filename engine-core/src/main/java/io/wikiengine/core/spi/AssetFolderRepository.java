package io.wikiengine.core.spi;

import io.wikiengine.core.asset.AssetFolder;
import java.util.List;
import java.util.Optional;

/** Asset folders. The root is no row: a folder at the root has parent id 0. */
public interface AssetFolderRepository {

    /**
     * Stores a new folder; its {@code id} is ignored and the stored folder, with its id, is returned.
     *
     * @throws DuplicateKeyException with {@link UniqueKey#ASSET_FOLDER_SLUG} if the parent has that slug already
     */
    AssetFolder insert(AssetFolder folder);

    /** The folder with this id. */
    Optional<AssetFolder> byId(int id);

    /** The folder of this parent (0 = root) with this slug. */
    Optional<AssetFolder> bySlug(int parentId, String slug);

    /** The direct children of this folder (0 = root), in id order. */
    List<AssetFolder> children(int parentId);

    /** The folders from the root down to this one, itself last; empty when it does not exist. */
    List<AssetFolder> chain(int id);

    /** Every folder below this one (children, their children, ...), itself excluded, in no given order. */
    List<AssetFolder> descendants(int id);

    /**
     * Replaces the stored folder of the same id (slug, name, parent); returns whether it existed.
     *
     * @throws DuplicateKeyException with {@link UniqueKey#ASSET_FOLDER_SLUG} if the parent has that slug already
     */
    boolean update(AssetFolder folder);

    /**
     * Deletes the folder; returns whether it existed.
     *
     * @throws ReferenceException if folders or assets are still in it
     */
    boolean delete(int id);
}
