package io.wikiengine.storage.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.WikiConfig;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.PageRule;
import io.wikiengine.core.access.RuleMatch;
import io.wikiengine.core.page.Page;
import io.wikiengine.core.page.PageCreate;
import io.wikiengine.core.page.PageListQuery;
import io.wikiengine.core.page.PageService;
import io.wikiengine.core.search.SearchEngine;
import io.wikiengine.core.search.SearchRequest;
import io.wikiengine.core.search.SearchResults;
import io.wikiengine.core.search.SearchUpdate;
import io.wikiengine.core.spi.Storage;
import io.wikiengine.storage.testing.TestStores;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageEngineTest extends PageFixture {

    /** An engine that records what it is told, and can be made to fail. */
    static final class RecordingEngine implements SearchEngine {
        final List<String> seen = new ArrayList<>();
        volatile boolean fail;

        @Override
        public SearchResults search(SearchRequest request) {
            return SearchEngine.database().search(request);
        }

        @Override
        public void pageChanged(SearchUpdate update) {
            if (fail) {
                throw new IllegalStateException("index down");
            }
            // The update arrives inside the write's transaction: the page is already visible there.
            boolean visible = update.page() == null
                    || update.session().pages().byId(update.page().id()).isPresent();
            seen.add((update.page() == null ? "deleted " + update.previous().path() : update.page().path())
                    + (visible ? "" : " (not visible)"));
        }
    }

    private Wiki wikiWith(Storage storage, SearchEngine engine) {
        return Wiki.builder().storage(storage).config(WikiConfig.DEFAULTS.withPasswordCost(4))
                .clock(clock).search(engine).admin("admin@example.com", "secret-123").build();
    }

    @Test
    void decision28_searchEngineFollowsEveryWriteInItsTransaction() {
        RecordingEngine engine = new RecordingEngine();
        try (Storage storage = TestStores.fresh(); Wiki own = wikiWith(storage, engine)) {
            Page page = own.pages().create(admin, PageCreate.of("en", "docs/a", "A", "x"));
            own.pages().move(admin, page.id(), "docs/b", "en");
            own.pages().delete(admin, page.id());
            assertEquals(List.of("docs/a", "docs/b", "deleted docs/b"), engine.seen);
        }
    }

    @Test
    void decision31_unexpectedFailureIs6001AndLeavesNothingBehind() {
        RecordingEngine engine = new RecordingEngine();
        engine.fail = true;
        try (Storage storage = TestStores.fresh(); Wiki own = wikiWith(storage, engine)) {
            assertCode(6001, () -> own.pages().create(admin, PageCreate.of("en", "docs/a", "A", "x")
                    .withTags(List.of("t"))));
            engine.fail = false;
            assertEquals(List.of(), own.pages().list(admin, PageListQuery.ALL));
            assertEquals(List.of(), own.pages().tags(admin));
            assertEquals(0, own.storage().inTransaction(s -> s.pageTree().all()).size());
        }
    }

    @Test
    void r_6_7_3_renderRecomputesTheStoredRender() {
        Page linking = create("docs/a", "[b](/en/docs/b)");
        create("docs/b", "x");
        wiki.storage().run(s -> s.pages().updateRender(linking.id(), "stale", "[]"));
        pages.render(admin, linking.id());
        assertTrue(pages.single(admin, linking.id()).render().contains("is-valid-page"));
    }

    @Test
    void r_4_2_adminOperationsNeedManageSystem() {
        Page page = create("docs/a", "x");
        Actor manager = member("manager", List.of("manage:pages", "write:pages", "read:pages"), List.of(
                PageRule.allow("m", RuleMatch.START, "", List.of("manage:pages", "write:pages", "read:pages"))));
        assertPlain(PageService.FORBIDDEN_MESSAGE, () -> pages.render(manager, page.id()));
        assertPlain(PageService.FORBIDDEN_MESSAGE, () -> pages.rebuildTree(manager));
        assertPlain(PageService.FORBIDDEN_MESSAGE, () -> pages.flushCache(manager));
        assertPlain(PageService.FORBIDDEN_MESSAGE, () -> pages.purgeHistory(manager, "P1D"));
        assertPlain(PageService.FORBIDDEN_MESSAGE, () -> pages.deleteTag(manager, 1));
        assertPlain(PageService.FORBIDDEN_MESSAGE, () -> pages.migrateToLocale(manager, "en", "fr"));
        pages.flushCache(admin);
    }

    @Test
    void r_4_2_guestReadsWithTheDefaultGuestRules() {
        Page page = create("docs/a", "x");
        Actor guest = Actor.guest(java.util.Set.of("read:pages", "read:assets", "read:comments"), List.of(2));
        assertEquals(page.id(), pages.single(guest, page.id()).id());
        assertPlain(PageService.FORBIDDEN_MESSAGE, () -> pages.create(guest, PageCreate.of("en", "docs/b", "B", "x")));
    }
}
