package io.wikiengine.core.page;

/** What {@code pages.list} sorts by. */
public enum PageOrderBy {
    /** Creation time. */
    CREATED,
    /** The page id (the default). */
    ID,
    /** The path. */
    PATH,
    /** The title. */
    TITLE,
    /** Last change time. */
    UPDATED
}
