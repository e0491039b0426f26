package io.wikiengine.storage.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.PageRule;
import io.wikiengine.core.access.RuleMatch;
import io.wikiengine.core.page.Page;
import io.wikiengine.core.page.PageCreate;
import io.wikiengine.core.page.PageTreeItem;
import io.wikiengine.core.page.PageTreeMode;
import io.wikiengine.core.page.PageTreeQuery;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTreeTest extends PageFixture {

    private List<PageTreeItem> all() {
        return wiki.storage().inTransaction(s -> s.pageTree().all());
    }

    private PageTreeItem node(String path) {
        return all().stream().filter(n -> n.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void r_6_12_1_prefixesAreFoldersAndPathsArePages() {
        Page page = create("docs/guide/intro", "x");
        PageTreeItem docs = node("docs");
        PageTreeItem guide = node("docs/guide");
        PageTreeItem intro = node("docs/guide/intro");
        assertTrue(docs.isFolder());
        assertNull(docs.pageId());
        assertEquals("docs", docs.title());
        assertEquals(0, docs.parent());
        assertEquals(docs.id(), guide.parent());
        assertEquals(2, guide.depth());
        assertEquals(page.id(), intro.pageId());
        assertFalse(intro.isFolder());
        assertEquals(List.of(docs.id(), guide.id()), intro.ancestors());
    }

    @Test
    void r_6_12_1_pageGainingChildrenBecomesAFolderAndKeepsItsPage() {
        Page docs = pages.create(admin, PageCreate.of("en", "docs", "Documentation", "x"));
        create("docs/a", "x");
        PageTreeItem node = node("docs");
        assertTrue(node.isFolder());
        assertEquals(docs.id(), node.pageId());
        assertEquals("Documentation", node.title());
    }

    @Test
    void decision37_treeIdsAreStableAcrossWrites() {
        create("zeta/a", "x");
        int zeta = node("zeta").id();
        int zetaA = node("zeta/a").id();
        create("alpha/a", "x");
        Page b = create("zeta/b", "x");
        pages.delete(admin, b.id());
        assertEquals(zeta, node("zeta").id());
        assertEquals(zetaA, node("zeta/a").id());
    }

    @Test
    void r_6_12_1_deleteRemovesEmptyFoldersAndKeepsShared() {
        Page a = create("docs/guide/a", "x");
        create("docs/b", "x");
        pages.delete(admin, a.id());
        assertEquals(List.of("docs", "docs/b"), all().stream().map(PageTreeItem::path).sorted().toList());
    }

    @Test
    void r_6_12_1_deletingAFolderPageLeavesThePureFolder() {
        Page docs = pages.create(admin, PageCreate.of("en", "docs", "Documentation", "x"));
        create("docs/a", "x");
        pages.delete(admin, docs.id());
        PageTreeItem node = node("docs");
        assertNull(node.pageId());
        assertEquals("docs", node.title());
        assertTrue(node.isFolder());
    }

    @Test
    void r_6_12_1_lastChildGoneTurnsAFolderPageBackIntoAPage() {
        pages.create(admin, PageCreate.of("en", "docs", "Documentation", "x"));
        Page child = create("docs/a", "x");
        pages.delete(admin, child.id());
        assertFalse(node("docs").isFolder());
    }

    @Test
    void r_6_7_8_rebuildMatchesTheIncrementalTreeAndKeepsIds() {
        create("docs/guide/a", "x");
        create("docs/b", "x");
        Page moved = create("other/c", "x");
        pages.move(admin, moved.id(), "docs/guide/c", "en");
        pages.create(admin, PageCreate.of("fr", "docs/d", "d", "x"));
        List<PageTreeItem> before = all();
        wiki.storage().run(s -> s.pageTree().delete(node("docs/b").id()));
        pages.rebuildTree(admin);
        List<PageTreeItem> after = all();
        Comparator<PageTreeItem> byPath = Comparator.comparing(PageTreeItem::locale).thenComparing(PageTreeItem::path);
        List<PageTreeItem> expected = before.stream().filter(n -> !n.path().equals("docs/b")).sorted(byPath).toList();
        List<PageTreeItem> kept = after.stream().filter(n -> !n.path().equals("docs/b")).sorted(byPath).toList();
        assertEquals(expected, kept);
        assertEquals(before.size(), after.size());
    }

    @Test
    void r_6_12_2_treeListsChildrenFoldersFirstThenByTitle() {
        create("docs/b", "x");
        create("docs/a/x", "x");
        create("docs/c", "x");
        int docs = node("docs").id();
        List<PageTreeItem> children = pages.tree(admin, PageTreeQuery.children("en", docs, PageTreeMode.ALL));
        assertEquals(List.of("docs/a", "docs/b", "docs/c"), children.stream().map(PageTreeItem::path).toList());
        assertEquals(List.of("docs/b", "docs/c"), pages.tree(admin, PageTreeQuery.children("en", docs,
                PageTreeMode.PAGES)).stream().map(PageTreeItem::path).toList());
        assertEquals(List.of("docs/a"), pages.tree(admin, PageTreeQuery.children("en", docs,
                PageTreeMode.FOLDERS)).stream().map(PageTreeItem::path).toList());
    }

    @Test
    void r_6_12_2_pathListsSiblingsWithAncestorsOnRequest() {
        create("docs/guide/a", "x");
        create("docs/guide/b", "x");
        List<PageTreeItem> siblings = pages.tree(admin, PageTreeQuery.siblings("en", "docs/guide/a",
                PageTreeMode.PAGES, true));
        assertEquals(List.of("docs", "docs/guide", "docs/guide/a", "docs/guide/b"),
                siblings.stream().map(PageTreeItem::path).sorted().toList());
        assertEquals(List.of(), pages.tree(admin, PageTreeQuery.siblings("en", "nowhere", PageTreeMode.ALL, false)));
    }

    @Test
    void r_6_12_2_emptyLocaleMeansTheSiteLocale() {
        create("docs/a", "x");
        assertEquals(1, pages.tree(admin, PageTreeQuery.children("", 0, PageTreeMode.ALL)).size());
    }

    @Test
    void r_6_12_2_unreadableNodesAreDropped() {
        create("docs/a", "x");
        create("other/a", "x");
        Actor reader = member("reader", List.of("read:pages"), List.of(
                PageRule.allow("r", RuleMatch.START, "docs", List.of("read:pages"))));
        assertEquals(List.of("docs"), pages.tree(reader, PageTreeQuery.children("en", 0, PageTreeMode.ALL)).stream()
                .map(PageTreeItem::path).toList());
    }

    @Test
    void r_6_12_1_treeCostDoesNotGrowWithTheWiki() {
        // The upkeep touches only the nodes on the page's own path: creating a page under a new top folder
        // leaves every other node as it was.
        for (int i = 0; i < 20; i++) {
            create("bulk/p" + i, "x");
        }
        List<PageTreeItem> before = all();
        create("fresh/page", "x");
        List<PageTreeItem> after = all();
        assertEquals(before, after.subList(0, before.size()));
        assertEquals(before.size() + 2, after.size());
    }
}
