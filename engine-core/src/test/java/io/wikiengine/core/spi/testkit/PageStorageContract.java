package io.wikiengine.core.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.page.PageOrderBy;
import io.wikiengine.core.page.PageTag;
import io.wikiengine.core.page.PageTreeItem;
import io.wikiengine.core.page.PageTreeMode;
import io.wikiengine.core.spi.DuplicateKeyException;
import io.wikiengine.core.spi.PageFilter;
import io.wikiengine.core.spi.PageKey;
import io.wikiengine.core.spi.PageSearchMatch;
import io.wikiengine.core.spi.PageSummary;
import io.wikiengine.core.spi.Storage;
import io.wikiengine.core.spi.StoredPage;
import io.wikiengine.core.spi.StoredVersion;
import io.wikiengine.core.spi.UniqueKey;
import io.wikiengine.core.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The storage SPI test-kit for pages: pages, tags, links, history and the tree. A backend's test class
 * extends it and says how to make an empty store.
 */
public abstract class PageStorageContract {

    protected static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");

    protected Storage storage;
    private int author;

    /** A new, empty store. */
    protected abstract Storage newStorage();

    @BeforeEach
    void openStore() {
        storage = newStorage();
        author = storage.inTransaction(s -> s.users().insert(User.newLocal("a@example.com", "A", "", T0)).id());
    }

    @AfterEach
    void closeStore() {
        storage.close();
    }

    protected StoredPage page(String locale, String path, String title, String content, boolean published) {
        return new StoredPage(0, path, "h", title, "", false, published, null, "", "", content, "", "[]", "markdown",
                "markdown", locale, "", "", author, author, T0, T0);
    }

    private StoredPage insert(StoredPage page) {
        return storage.inTransaction(s -> s.pages().insert(page));
    }

    @Test
    void pagesRoundTripAndAreFoundByKey() {
        StoredPage stored = insert(page("en", "docs/a", "A", "text", true));
        assertEquals(1, stored.id());
        assertEquals(stored, storage.inTransaction(s -> s.pages().byKey(new PageKey("en", "docs/a"))).orElseThrow());
        assertEquals(Set.of(new PageKey("en", "docs/a")), storage.inTransaction(
                s -> s.pages().existing(List.of(new PageKey("en", "docs/a"), new PageKey("fr", "docs/a")))));
    }

    @Test
    void aSecondPageAtOnePlaceIsADuplicatePagePath() {
        insert(page("en", "docs/a", "A", "text", true));
        DuplicateKeyException e = assertThrows(DuplicateKeyException.class,
                () -> insert(page("en", "docs/a", "B", "text", true)));
        assertEquals(UniqueKey.PAGE_PATH, e.key());
    }

    @Test
    void summariesFilterByTagsRequiringAll() {
        StoredPage a = insert(page("en", "docs/a", "A", "x", true));
        StoredPage b = insert(page("en", "docs/b", "B", "x", true));
        storage.run(s -> {
            s.tags().setPageTags(a.id(), List.of("x", "y"), T0);
            s.tags().setPageTags(b.id(), List.of("x"), T0);
        });
        List<PageSummary> both = storage.inTransaction(s -> s.pages().summaries(
                new PageFilter(null, 0, 0, List.of("x", "y"), PageOrderBy.ID, false)));
        assertEquals(List.of(a.id()), both.stream().map(PageSummary::id).toList());
        Map<Integer, List<PageTag>> tags = storage.inTransaction(s -> s.tags().tagsOf(List.of(a.id(), b.id())));
        assertEquals(List.of("x", "y"), tags.get(a.id()).stream().map(PageTag::tag).toList());
    }

    @Test
    void summaryWindowsAreSlicesOfTheOrderedList() {
        for (String path : List.of("docs/c", "docs/a", "docs/e", "docs/b", "docs/d")) {
            insert(page("en", path, path.toUpperCase(), "x", true));
        }
        PageFilter byPath = new PageFilter("en", 0, 0, List.of(), PageOrderBy.PATH, true);
        List<PageSummary> all = storage.inTransaction(s -> s.pages().summaries(byPath));
        assertEquals(all.subList(1, 3), storage.inTransaction(s -> s.pages().summaries(byPath, 1, 2)));
        assertEquals(all.subList(4, 5), storage.inTransaction(s -> s.pages().summaries(byPath, 4, 10)));
        assertEquals(List.of(), storage.inTransaction(s -> s.pages().summaries(byPath, 5, 10)));
    }

    @Test
    void setPageTagsMakesTheRelationsExact() {
        StoredPage a = insert(page("en", "docs/a", "A", "x", true));
        storage.run(s -> s.tags().setPageTags(a.id(), List.of("x", "y"), T0));
        storage.run(s -> s.tags().setPageTags(a.id(), List.of("y", "z"), T0));
        assertEquals(List.of("y", "z"), storage.inTransaction(s -> s.tags().tagsOf(a.id())).stream()
                .map(PageTag::tag).toList());
        assertEquals(3, storage.inTransaction(s -> s.tags().all()).size());
    }

    @Test
    void linksAreFoundFromTheirTargets() {
        StoredPage a = insert(page("en", "docs/a", "A", "x", true));
        storage.run(s -> s.pageLinks().setLinks(a.id(), List.of(new PageKey("en", "docs/b"), new PageKey("en", "x"))));
        assertEquals(List.of(a.id()), storage.inTransaction(
                s -> s.pageLinks().sourcesLinkingTo(List.of(new PageKey("en", "docs/b")))));
        assertEquals(2, storage.inTransaction(s -> s.pageLinks().linksOf(List.of(a.id()))).get(a.id()).size());
    }

    @Test
    void historyIsNewestFirstAndPurgedByDate() {
        StoredPage a = insert(page("en", "docs/a", "A", "x", true));
        storage.run(s -> {
            s.pageHistory().insert(StoredVersion.of(a, "updated", T0));
            s.pageHistory().insert(StoredVersion.of(a.withRender("", "[]"), "moved", T0.plusSeconds(1)));
        });
        List<StoredVersion> trail = storage.inTransaction(s -> s.pageHistory().trail(a.id(), 0, 10));
        assertEquals(List.of("moved", "updated"), trail.stream().map(StoredVersion::action).toList());
        assertEquals(Integer.valueOf(2), storage.<Integer>inTransaction(s -> s.pageHistory().purgeBefore(T0.plusSeconds(60))));
    }

    @Test
    void searchRanksTitleDescriptionContentAndSkipsDrafts() {
        insert(page("en", "docs/c", "C", "has needle", true));
        insert(page("en", "docs/a", "Needle", "x", true));
        insert(page("en", "docs/d", "needle draft", "x", false));
        List<PageSearchMatch> found = storage.inTransaction(s -> s.pages().search("NEEDLE", null, null));
        assertEquals(List.of("docs/a", "docs/c"), found.stream().map(PageSearchMatch::path).toList());
        assertEquals(List.of(0, 2), found.stream().map(PageSearchMatch::rank).toList());
    }

    @Test
    void treeNodesRoundTrip() {
        PageTreeItem top = storage.inTransaction(s -> s.pageTree().insert(
                new PageTreeItem(0, "docs", 1, "docs", false, true, null, 0, null, "en", List.of())));
        PageTreeItem child = storage.inTransaction(s -> s.pageTree().insert(
                new PageTreeItem(0, "docs/a", 2, "A", false, false, null, top.id(), null, "en", List.of(top.id()))));
        assertTrue(storage.<Boolean>inTransaction(s -> s.pageTree().hasChildren(top.id())));
        assertEquals(List.of(child), storage.inTransaction(s -> s.pageTree().children("en", top.id(), PageTreeMode.ALL)));
        assertEquals(List.of(top), storage.inTransaction(s -> s.pageTree().children("en", 0, PageTreeMode.FOLDERS)));
    }
}
