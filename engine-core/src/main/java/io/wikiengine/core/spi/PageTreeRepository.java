package io.wikiengine.core.spi;

import io.wikiengine.core.page.PageTreeItem;
import io.wikiengine.core.page.PageTreeMode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The nodes of the page tree, one per (locale, path prefix). */
public interface PageTreeRepository {

    /** Stores a new node; its id is ignored and the stored node, with its id, is returned. */
    PageTreeItem insert(PageTreeItem node);

    /** Replaces the node of the same id. */
    void update(PageTreeItem node);

    /** Deletes the node. */
    void delete(int id);

    /** The node with this id. */
    Optional<PageTreeItem> byId(int id);

    /** The node at this place. */
    Optional<PageTreeItem> byKey(PageKey key);

    /** The node carrying this page. */
    Optional<PageTreeItem> byPageId(int pageId);

    /** The nodes with these ids, in id order. */
    List<PageTreeItem> byIds(Collection<Integer> ids);

    /** Whether any node has this parent. */
    boolean hasChildren(int id);

    /**
     * The nodes of a locale under a parent (0 for the top level) that the mode selects, folders first, then by
     * title.
     */
    List<PageTreeItem> children(String locale, int parent, PageTreeMode mode);

    /** Every node, in id order. */
    List<PageTreeItem> all();
}
