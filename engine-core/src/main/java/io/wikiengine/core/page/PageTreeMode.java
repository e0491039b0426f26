package io.wikiengine.core.page;

/** Which nodes {@code pages.tree} lists. */
public enum PageTreeMode {
    /** Folders only. */
    FOLDERS,
    /** Nodes carrying a page, including folder-pages. */
    PAGES,
    /** Every node. */
    ALL
}
