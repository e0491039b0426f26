package io.wikiengine.core.page;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A node of the page tree: a folder (a path prefix), a page, or both. Its id is stable from
 * when the node first appears until it disappears (decision 37).
 *
 * @param id        the node id
 * @param path      the node's path (a prefix of page paths)
 * @param depth     the number of segments
 * @param title     the page title, or the last segment for a pure folder
 * @param isPrivate the page's flag, false for a pure folder
 * @param isFolder  whether other nodes lie under it
 * @param privateNS always null
 * @param parent    the parent node id, 0 at the top level
 * @param pageId    the page at this path, or null for a pure folder
 * @param locale    the locale code
 * @param ancestors the ids of the ancestors, top first
 */
public record PageTreeItem(int id, String path, int depth, String title, boolean isPrivate, boolean isFolder,
                           @Nullable String privateNS, int parent, @Nullable Integer pageId, String locale,
                           List<Integer> ancestors) {

    public PageTreeItem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(locale, "locale");
        ancestors = List.copyOf(ancestors);
    }

    /** A copy with this id. */
    public PageTreeItem withId(int newId) {
        return new PageTreeItem(newId, path, depth, title, isPrivate, isFolder, privateNS, parent, pageId, locale,
                ancestors);
    }

    /** A copy that is a folder or not. */
    public PageTreeItem withFolder(boolean folder) {
        return new PageTreeItem(id, path, depth, title, isPrivate, folder, privateNS, parent, pageId, locale,
                ancestors);
    }

    /** A copy carrying this page (or none, with the segment as title, for a pure folder). */
    public PageTreeItem withPage(@Nullable Integer newPageId, String newTitle, boolean priv,
                                 @Nullable String newPrivateNS) {
        return new PageTreeItem(id, path, depth, newTitle, priv, isFolder, newPrivateNS, parent, newPageId, locale,
                ancestors);
    }

    /** A copy under this parent with these ancestors. */
    public PageTreeItem withParent(int newParent, List<Integer> newAncestors) {
        return new PageTreeItem(id, path, depth, title, isPrivate, isFolder, privateNS, newParent, pageId, locale,
                newAncestors);
    }
}
