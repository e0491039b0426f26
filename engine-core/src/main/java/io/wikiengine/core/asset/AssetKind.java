package io.wikiengine.core.asset;

import java.util.Locale;

/**
 * The kind of an asset, as the GraphQL enum {@code AssetKind} names it. Stored lower-case, as Wiki.js does.
 */
public enum AssetKind {
    /** Content recognised as an image (its detected MIME type starts with {@code image/}). */
    IMAGE,
    /** Anything else. */
    BINARY,
    /** A filter value for {@link AssetService#list}: both kinds. Never the kind of a stored asset. */
    ALL;

    /** The lower-case form Wiki.js stores ({@code image}, {@code binary}). */
    public String stored() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind for a stored lower-case value.
     *
     * @throws IllegalArgumentException for anything but {@code image} or {@code binary}
     */
    public static AssetKind ofStored(String value) {
        return switch (value) {
            case "image" -> IMAGE;
            case "binary" -> BINARY;
            default -> throw new IllegalArgumentException("Not a stored asset kind: " + value);
        };
    }

    /** Whether a stored asset of kind {@code candidate} passes this filter. */
    public boolean admits(AssetKind candidate) {
        return this == ALL || this == candidate;
    }
}
