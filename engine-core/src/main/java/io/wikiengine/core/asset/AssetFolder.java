package io.wikiengine.core.asset;

import java.util.Objects;

/**
 * An asset folder (spec {@code assetFolders}).
 *
 * @param id       the folder id, from 1; 0 only for a folder not stored yet
 * @param slug     the path segment: filename-sanitised and lower-case
 * @param name     the display name, kept as given to {@code createFolder} (decision 26)
 * @param parentId the parent folder's id, 0 for a folder at the root
 */
public record AssetFolder(int id, String slug, String name, int parentId) {

    /** The id that names the root, which is no stored folder. */
    public static final int ROOT = 0;

    public AssetFolder {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        if (id < 0 || parentId < 0) {
            throw new IllegalArgumentException("folder ids must not be negative");
        }
    }

    /** A copy with this id. */
    public AssetFolder withId(int newId) {
        return new AssetFolder(newId, slug, name, parentId);
    }
}
