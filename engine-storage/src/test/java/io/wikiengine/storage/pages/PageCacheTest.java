package io.wikiengine.storage.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.WikiConfig;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.PageRule;
import io.wikiengine.core.access.RuleMatch;
import io.wikiengine.core.page.Page;
import io.wikiengine.core.page.PageCreate;
import io.wikiengine.core.page.PageTag;
import io.wikiengine.core.page.PageUpdate;
import io.wikiengine.core.plugin.Topic;
import io.wikiengine.core.user.UserUpdate;
import io.wikiengine.storage.testing.TestStores;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * {@code pages.single} and {@code pages.singleByPath} answer from the pages read last: every write through the
 * wiki, and every change a host announces, shows in the very next read, whichever page or user it touched.
 */
class PageCacheTest extends PageFixture {

    /** Reads the page both ways, so both lookups hold it before the change under test. */
    private Page read(Page page) {
        Page byId = pages.single(admin, page.id());
        assertEquals(byId, pages.singleByPath(admin, byId.path(), byId.locale()));
        return byId;
    }

    @Test
    void anUpdateShowsInTheNextReadByIdAndByPath() {
        Page page = pages.create(admin, PageCreate.of("en", "docs/a", "A", "# One").withTags(List.of("t1")));
        read(page);
        pages.update(admin, PageUpdate.of(page.id()).withContent("# Two").withTitle("B").withTags(List.of("t2")));
        Page after = read(page);
        assertEquals("# Two", after.content());
        assertTrue(after.render().contains("Two"), after.render());
        assertEquals("B", after.title());
        assertEquals(List.of("t2"), after.tagNames());
    }

    @Test
    void aMovedPageIsGoneFromItsOldPathAndFoundAtItsNewOne() {
        Page page = create("docs/a", "x");
        read(page);
        pages.move(admin, page.id(), "guides/a", "en");
        assertCode(6003, () -> pages.singleByPath(admin, "docs/a", "en"));
        assertEquals(page.id(), pages.singleByPath(admin, "guides/a", "en").id());
        assertEquals("guides/a", pages.single(admin, page.id()).path());
    }

    @Test
    void aDeletedPageIs6003AtOnce() {
        Page page = create("docs/a", "x");
        read(page);
        pages.delete(admin, page.id());
        assertCode(6003, () -> pages.single(admin, page.id()));
        assertCode(6003, () -> pages.singleByPath(admin, "docs/a", "en"));
    }

    @Test
    void aLinkingPageShowsItsTargetsDeletionInItsRender() {
        Page target = create("docs/target", "x");
        Page source = create("docs/source", "[go](/docs/target)");
        assertTrue(read(source).render().contains("is-valid-page"), source.render());
        pages.delete(admin, target.id());
        String render = pages.single(admin, source.id()).render();
        assertTrue(render.contains("is-invalid-page"), render);
    }

    @Test
    void renamingTheAuthorShowsInTheirCachedPages() {
        Page page = create("docs/a", "x");
        assertEquals("Administrator", read(page).authorName());
        wiki.users().update(admin, UserUpdate.of(1).withName("Ada"));
        Page after = read(page);
        assertEquals("Ada", after.authorName());
        assertEquals("Ada", after.creatorName());
    }

    @Test
    void aTagsNewTitleShowsInTheCachedPagesCarryingIt() {
        Page page = pages.create(admin, PageCreate.of("en", "docs/a", "A", "x").withTags(List.of("t1")));
        read(page);
        PageTag tag = read(page).tags().get(0);
        pages.updateTag(admin, tag.id(), "t1", "Tag One");
        assertEquals("Tag One", read(page).tags().get(0).title());
        pages.deleteTag(admin, tag.id());
        assertEquals(List.of(), read(page).tags());
    }

    @Test
    void aCachedPageStillObeysThePageRulesOfEachReader() {
        Page page = create("docs/a", "x");
        read(page);
        Actor outsider = member("outsider", List.of("read:pages"),
                List.of(PageRule.allow("r", RuleMatch.START, "other", List.of("read:pages"))));
        Actor insider = member("insider", List.of("read:pages"),
                List.of(PageRule.allow("r", RuleMatch.START, "docs", List.of("read:pages"))));
        assertCode(6013, () -> pages.single(outsider, page.id()));
        assertCode(6013, () -> pages.singleByPath(outsider, "docs/a", "en"));
        assertEquals(page.id(), pages.single(insider, page.id()).id());
    }

    @Test
    void aHostsDirectWriteShowsOnceAnnounced() {
        Page page = create("docs/a", "x");
        read(page);
        wiki.storage().run(session -> session.pages().updateRender(page.id(), "<p>direct</p>", "[]"));
        wiki.changed(Topic.PAGES);
        assertEquals("<p>direct</p>", pages.single(admin, page.id()).render());
    }

    @Test
    void withNoBudgetEveryReadGoesToTheStore() {
        try (Wiki uncached = Wiki.builder().storage(TestStores.fresh())
                .config(WikiConfig.DEFAULTS.withPasswordCost(4).withPageCacheBytes(0))
                .admin("admin@example.com", "secret-123").build()) {
            Page page = uncached.pages().create(admin, PageCreate.of("en", "docs/a", "A", "x"));
            uncached.pages().single(admin, page.id());
            uncached.storage().run(session -> session.pages().updateRender(page.id(), "<p>direct</p>", "[]"));
            assertEquals("<p>direct</p>", uncached.pages().single(admin, page.id()).render());
            uncached.storage().close();
        }
    }

    @Test
    void readersRacingWritesNeverServeAnOlderPageAfterAWriteReturned() throws Exception {
        Page page = create("docs/a", "v0");
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService readers = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> reads = List.of(readers.submit(() -> hammer(page, done)),
                    readers.submit(() -> hammer(page, done)), readers.submit(() -> hammer(page, done)));
            for (int i = 1; i <= 150; i++) {
                pages.update(admin, PageUpdate.of(page.id()).withContent("v" + i));
                assertEquals("v" + i, pages.single(admin, page.id()).content());
                assertEquals("v" + i, pages.singleByPath(admin, "docs/a", "en").content());
            }
            done.set(true);
            for (Future<Integer> read : reads) {
                assertTrue(read.get(10, TimeUnit.SECONDS) > 0);
            }
        } finally {
            done.set(true);
            readers.shutdownNow();
        }
    }

    private int hammer(Page page, AtomicBoolean done) {
        int count = 0;
        while (!done.get()) {
            assertFalse(pages.single(admin, page.id()).content().isEmpty());
            count++;
        }
        return count;
    }

    @Test
    void aFailedWriteLeavesTheCachedPageAsItWas() {
        Page page = create("docs/a", "x");
        Page before = read(page);
        create("docs/b", "y");
        assertCode(6006, () -> pages.move(admin, page.id(), "docs/b", "en"));
        assertEquals(before, read(page));
        assertNotEquals("docs/b", pages.single(admin, page.id()).path());
    }
}
