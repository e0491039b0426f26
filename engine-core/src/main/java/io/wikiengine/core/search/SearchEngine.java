package io.wikiengine.core.search;

import io.wikiengine.core.search.internal.DatabaseSearchEngine;

/**
 * Finds pages for {@code pages.search}. A host installs its own with {@code Wiki.builder().search(engine)};
 * the default, {@link #database()}, searches the store directly.
 *
 * <p>{@link #pageChanged} is called in the same transaction as every create, update, delete, move, restore,
 * convert and locale migration, so an engine that indexes into the same store cannot drift from it.
 */
public interface SearchEngine {

    /** The default engine of decision 13: title, description and content, ranked in that order. */
    static SearchEngine database() {
        return DatabaseSearchEngine.INSTANCE;
    }

    /** Runs a search. */
    SearchResults search(SearchRequest request);

    /** Follows a change of a page; the default does nothing (for engines that read the store directly). */
    default void pageChanged(SearchUpdate update) {
    }
}
