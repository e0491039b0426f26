package io.wikiengine.core.asset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Asset paths and hashes exactly as spec defines them: the slugs of the folder chain from the root,
 * joined by {@code /}, then {@code /<filename>}; just {@code <filename>} at the root; no leading slash, no
 * locale. Every page-rule check on an asset uses this path (decision 5: without locale).
 */
public final class AssetPath {

    private AssetPath() {
    }

    /**
     * The path of a folder: its chain's slugs joined by {@code /}; {@code ""} for the root.
     *
     * @param chain the folders from the root down to the folder itself
     */
    public static String ofFolder(List<AssetFolder> chain) {
        Objects.requireNonNull(chain, "chain");
        StringBuilder path = new StringBuilder();
        for (AssetFolder folder : chain) {
            if (!path.isEmpty()) {
                path.append('/');
            }
            path.append(folder.slug());
        }
        return path.toString();
    }

    /**
     * The path of an asset (or of a child folder, given its slug) in the folder this chain leads to.
     *
     * @param chain the folders from the root down to the asset's folder; empty at the root
     * @param name  the asset's filename (or the child folder's slug)
     */
    public static String of(List<AssetFolder> chain, String name) {
        Objects.requireNonNull(name, "name");
        if (chain.isEmpty()) {
            return name;
        }
        return ofFolder(chain) + "/" + name;
    }

    /** The asset hash: the lower-case hex SHA-1 of the path's UTF-8 bytes. */
    public static String hash(String path) {
        Objects.requireNonNull(path, "path");
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-1").digest(path.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }
}
