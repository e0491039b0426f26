/**
 * Assets (uploaded files with their data) and asset folders, as the Wiki.js asset manager sees them
 * (spec §9), through {@link io.wikiengine.core.asset.AssetService}.
 */
@NullMarked
package io.wikiengine.core.asset;

import org.jspecify.annotations.NullMarked;
