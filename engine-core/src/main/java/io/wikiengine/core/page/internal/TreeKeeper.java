package io.wikiengine.core.page.internal;

import io.wikiengine.core.page.PageTreeItem;
import io.wikiengine.core.spi.PageKey;
import io.wikiengine.core.spi.PageSummary;
import io.wikiengine.core.spi.PageTreeRepository;
import io.wikiengine.core.spi.StoredPage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the page tree in step with each write, touching only the nodes on the page's own path,
 * so that a save costs the same in a small and a large wiki. Node ids are stable (decision 37): a node is
 * keyed by (locale, path) and keeps its id while it exists. {@link #rebuild} repairs the whole tree and
 * also keeps the ids of the nodes that survive.
 */
public final class TreeKeeper {

    private final PageTreeRepository tree;

    public TreeKeeper(PageTreeRepository tree) {
        this.tree = Objects.requireNonNull(tree, "tree");
    }

    /** Adds the page's node, and the folder nodes above it that are missing. */
    public void add(StoredPage page) {
        String[] segments = page.path().split("/");
        int parent = 0;
        List<Integer> ancestors = new ArrayList<>();
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            prefix.append(i == 0 ? "" : "/").append(segments[i]);
            boolean last = i == segments.length - 1;
            PageTreeItem node = place(page, prefix.toString(), segments[i], i + 1, last, parent, ancestors);
            parent = node.id();
            ancestors.add(node.id());
        }
    }

    private PageTreeItem place(StoredPage page, String path, String segment, int depth, boolean last, int parent,
                               List<Integer> ancestors) {
        Optional<PageTreeItem> existing = tree.byKey(new PageKey(page.localeCode(), path));
        if (existing.isEmpty()) {
            PageTreeItem node = last
                    ? new PageTreeItem(0, path, depth, page.title(), page.isPrivate(), false, page.privateNS(), parent,
                    page.id(), page.localeCode(), ancestors)
                    : new PageTreeItem(0, path, depth, segment, false, true, null, parent, null, page.localeCode(),
                    ancestors);
            return tree.insert(node);
        }
        PageTreeItem node = existing.get();
        if (last) {
            PageTreeItem updated = node.withPage(page.id(), page.title(), page.isPrivate(), page.privateNS());
            tree.update(updated);
            return updated;
        }
        if (!node.isFolder()) {
            PageTreeItem updated = node.withFolder(true);
            tree.update(updated);
            return updated;
        }
        return node;
    }

    /**
     * Removes the page from the tree: its node goes unless other nodes lie under it (then it stays as a pure
     * folder), and folders left empty above it go too.
     */
    public void remove(PageKey key) {
        Optional<PageTreeItem> found = tree.byKey(key);
        if (found.isEmpty()) {
            return;
        }
        PageTreeItem node = found.get();
        if (tree.hasChildren(node.id())) {
            tree.update(node.withPage(null, segment(node.path()), false, null));
            return;
        }
        tree.delete(node.id());
        int parent = node.parent();
        while (parent > 0) {
            Optional<PageTreeItem> above = tree.byId(parent);
            if (above.isEmpty() || tree.hasChildren(parent)) {
                return;
            }
            PageTreeItem folder = above.get();
            if (folder.pageId() != null) {
                tree.update(folder.withFolder(false));
                return;
            }
            tree.delete(folder.id());
            parent = folder.parent();
        }
    }

    /** Gives the page's node the page's current title. */
    public void retitle(StoredPage page) {
        tree.byPageId(page.id()).ifPresent(node -> {
            if (!node.title().equals(page.title())) {
                tree.update(node.withPage(page.id(), page.title(), node.isPrivate(), node.privateNS()));
            }
        });
    }

    /** Recomputes the whole tree from these pages, keeping the ids of nodes that still exist. */
    public void rebuild(List<PageSummary> pages) {
        Map<PageKey, PageTreeItem> existing = new HashMap<>();
        for (PageTreeItem node : tree.all()) {
            existing.put(new PageKey(node.locale(), node.path()), node);
        }
        Map<PageKey, Wanted> wanted = wanted(pages);
        Map<PageKey, Integer> ids = new HashMap<>();
        for (Map.Entry<PageKey, Wanted> entry : wanted.entrySet()) {
            Wanted w = entry.getValue();
            int parent = w.parent == null ? 0 : ids.get(w.parent);
            List<Integer> ancestors = new ArrayList<>();
            for (PageKey up = w.parent; up != null; up = wanted.get(up).parent) {
                ancestors.add(0, ids.get(up));
            }
            PageTreeItem node = new PageTreeItem(0, w.key.path(), w.depth, w.title, w.isPrivate, w.isFolder,
                    w.privateNS, parent, w.pageId, w.key.locale(), ancestors);
            PageTreeItem old = existing.remove(w.key);
            if (old == null) {
                ids.put(w.key, tree.insert(node).id());
                continue;
            }
            PageTreeItem kept = node.withId(old.id());
            if (!kept.equals(old)) {
                tree.update(kept);
            }
            ids.put(w.key, old.id());
        }
        for (PageTreeItem stale : existing.values()) {
            tree.delete(stale.id());
        }
    }

    private static Map<PageKey, Wanted> wanted(List<PageSummary> pages) {
        List<PageSummary> sorted = new ArrayList<>(pages);
        sorted.sort(Comparator.comparing(PageSummary::localeCode).thenComparing(PageSummary::path));
        Map<PageKey, Wanted> wanted = new LinkedHashMap<>();
        for (PageSummary page : sorted) {
            String[] segments = page.path().split("/");
            PageKey parent = null;
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < segments.length; i++) {
                prefix.append(i == 0 ? "" : "/").append(segments[i]);
                PageKey key = new PageKey(page.localeCode(), prefix.toString());
                Wanted w = wanted.computeIfAbsent(key, k -> new Wanted(k, segments.length));
                if (i < segments.length - 1) {
                    w.isFolder = true;
                } else {
                    w.pageId = page.id();
                    w.title = page.title();
                    w.isPrivate = page.isPrivate();
                    w.privateNS = page.privateNS();
                }
                w.depth = i + 1;
                w.parent = parent;
                if (w.title == null) {
                    w.title = segments[i];
                }
                parent = key;
            }
        }
        return wanted;
    }

    private static String segment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** A node as the pages say it should be; mutable only while it is worked out. */
    private static final class Wanted {
        final PageKey key;
        int depth;
        @Nullable String title;
        boolean isPrivate;
        boolean isFolder;
        @Nullable String privateNS;
        @Nullable PageKey parent;
        @Nullable Integer pageId;

        Wanted(PageKey key, int depth) {
            this.key = key;
            this.depth = depth;
        }
    }
}
