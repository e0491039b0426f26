package io.wikiengine.storage.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.PageRule;
import io.wikiengine.core.access.RuleMatch;
import io.wikiengine.core.page.Page;
import io.wikiengine.core.page.PageCreate;
import io.wikiengine.core.page.PageUpdate;
import io.wikiengine.core.search.SearchHit;
import io.wikiengine.core.search.SearchResults;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageSearchTest extends PageFixture {

    private Page page(String path, String title, String description, String content) {
        return pages.create(admin, PageCreate.of("en", path, title, content).withDescription(description));
    }

    private List<String> paths(SearchResults results) {
        return results.results().stream().map(SearchHit::path).toList();
    }

    @Test
    void decision13_rankedTitleThenDescriptionThenContent() {
        page("docs/c", "C", "nothing", "the Needle is here");
        page("docs/b", "B", "a needle inside", "x");
        page("docs/a", "The NEEDLE", "d", "x");
        assertEquals(List.of("docs/a", "docs/b", "docs/c"), paths(pages.search(admin, " needle ", null, null)));
    }

    @Test
    void decision13_totalHitsCountsReadableResultsOnly() {
        page("docs/a", "needle", "", "x");
        page("secret/a", "needle", "", "x");
        Actor reader = member("reader", List.of("read:pages"), List.of(
                PageRule.allow("r", RuleMatch.START, "docs", List.of("read:pages"))));
        SearchResults results = pages.search(reader, "needle", null, null);
        assertEquals(List.of("docs/a"), paths(results));
        assertEquals(1, results.totalHits());
        assertEquals(List.of(), results.suggestions());
    }

    @Test
    void decision03_searchChecksCarryTags() {
        pages.create(admin, PageCreate.of("en", "docs/a", "needle", "x").withTags(List.of("hidden")));
        Actor reader = member("reader", List.of("read:pages"), List.of(
                PageRule.allow("r", RuleMatch.START, "", List.of("read:pages")),
                PageRule.deny("t", RuleMatch.TAG, "hidden", List.of("read:pages"))));
        assertEquals(0, pages.search(reader, "needle", null, null).totalHits());
    }

    @Test
    void r_6_15_1_onlyPublishedPagesLocaleAndPathPrefix() {
        pages.create(admin, PageCreate.of("en", "docs/draft", "needle", "x").withFlags(false, false));
        page("docs/a", "needle", "", "x");
        page("other/a", "needle", "", "x");
        pages.create(admin, PageCreate.of("fr", "docs/a", "needle", "x"));
        assertEquals(List.of("docs/a"), paths(pages.search(admin, "needle", "/docs", "en")));
    }

    @Test
    void r_6_15_1_wildcardsAreLiteral() {
        page("docs/a", "100% sure", "", "x");
        page("docs/b", "100 sure", "", "x");
        assertEquals(List.of("docs/a"), paths(pages.search(admin, "0%", null, null)));
    }

    @Test
    void decision28_searchFollowsWritesAtOnce() {
        Page page = page("docs/a", "A", "", "old words");
        pages.update(admin, PageUpdate.of(page.id()).withContent("fresh words"));
        assertEquals(0, pages.search(admin, "old", null, null).totalHits());
        assertEquals(1, pages.search(admin, "fresh", null, null).totalHits());
        pages.move(admin, page.id(), "moved/a", "en");
        assertEquals(List.of("moved/a"), paths(pages.search(admin, "fresh", null, null)));
        pages.delete(admin, page.id());
        assertEquals(0, pages.search(admin, "fresh", null, null).totalHits());
    }

    @Test
    void r_6_15_1_blankQueryFindsNothing() {
        page("docs/a", "A", "", "x");
        assertEquals(0, pages.search(admin, "  ", null, null).totalHits());
    }

    @Test
    void r_6_15_1_atMostOneHundredResults() {
        for (int i = 0; i < 105; i++) {
            page("docs/p" + i, "needle " + i, "", "x");
        }
        SearchResults results = pages.search(admin, "needle", null, null);
        assertEquals(100, results.results().size());
        assertEquals(105, results.totalHits());
    }
}
