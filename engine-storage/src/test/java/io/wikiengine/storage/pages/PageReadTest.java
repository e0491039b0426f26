package io.wikiengine.storage.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.PageRule;
import io.wikiengine.core.access.RuleMatch;
import io.wikiengine.core.page.Page;
import io.wikiengine.core.page.PageConflictLatest;
import io.wikiengine.core.page.PageCreate;
import io.wikiengine.core.page.PageLinkItem;
import io.wikiengine.core.page.PageListItem;
import io.wikiengine.core.page.PageListQuery;
import io.wikiengine.core.page.PageOrderBy;
import io.wikiengine.core.page.PageTag;
import io.wikiengine.core.page.PageUpdate;
import io.wikiengine.core.spi.StoredPage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageReadTest extends PageFixture {

    private Actor readerOf(String prefix) {
        return member("reader", List.of("read:pages"), List.of(
                PageRule.allow("r", RuleMatch.START, prefix, List.of("read:pages"))));
    }

    private Page tagged(String path, String... tags) {
        return pages.create(admin, PageCreate.of("en", path, last(path), "x").withTags(List.of(tags)));
    }

    @Test
    void decision02_readPagesRuleSufficesForSingle() {
        Page page = create("docs/a", "x");
        assertEquals(page.id(), pages.single(readerOf("docs"), page.id()).id());
    }

    @Test
    void r_6_11_2_singleWithoutRuleIs6013() {
        Page page = create("docs/a", "x");
        assertCode(6013, () -> pages.single(readerOf("other"), page.id()));
    }

    @Test
    void r_6_11_2_singleOfUnknownIdIs6003() {
        assertCode(6003, () -> pages.single(admin, 404));
    }

    @Test
    void decision11_singleByPathNormalises() {
        Page page = create("docs/a", "x");
        assertEquals(page.id(), pages.singleByPath(admin, "/docs/a/", "EN").id());
        assertCode(6003, () -> pages.singleByPath(admin, "docs/b", "en"));
    }

    @Test
    void decision03_tagDenyHidesSingle() {
        Page page = tagged("docs/a", "secret");
        Actor reader = member("reader", List.of("read:pages"), List.of(
                PageRule.allow("r", RuleMatch.START, "", List.of("read:pages")),
                PageRule.deny("t", RuleMatch.TAG, "secret", List.of("read:pages"))));
        assertCode(6013, () -> pages.single(reader, page.id()));
    }

    @Test
    void decision12_listFiltersBeforeTheLimit() {
        create("other/a", "x");
        create("other/b", "x");
        create("docs/a", "x");
        create("docs/b", "x");
        List<PageListItem> items = pages.list(readerOf("docs"), PageListQuery.ALL.withLimit(2));
        assertEquals(List.of("docs/a", "docs/b"), items.stream().map(PageListItem::path).toList());
    }

    @Test
    void decision12_listFiltersBeforeTheLimitAcrossManyUnreadablePages() {
        // More unreadable pages than one window of the listing reads, before and between the readable ones.
        wiki.storage().run(s -> {
            for (int i = 0; i < 700; i++) {
                String path = i % 300 == 299 ? "docs/p" + i : "other/p" + i;
                s.pages().insert(new StoredPage(0, path, "h" + i, "P" + i, "", false, true, null, "", "", "x", "",
                        "[]", "markdown", "markdown", "en", "", "", 1, 1, T0, T0));
            }
        });
        Actor reader = readerOf("docs");
        assertEquals(List.of("docs/p299", "docs/p599"), pages.list(reader, PageListQuery.ALL.withLimit(2)).stream()
                .map(PageListItem::path).toList());
        assertEquals(List.of("docs/p299"), pages.list(reader, PageListQuery.ALL.withLimit(1)).stream()
                .map(PageListItem::path).toList());
        assertEquals(pages.list(reader, PageListQuery.ALL), pages.list(reader, PageListQuery.ALL.withLimit(5)));
    }

    @Test
    void decision12_tagFilterIsCaseInsensitiveRequiresAllAndReturnsAllTags() {
        tagged("docs/a", "foo", "bar", "baz");
        tagged("docs/b", "foo");
        List<PageListItem> items = pages.list(admin, PageListQuery.ALL.withTags(List.of(" FOO", "Bar")));
        assertEquals(1, items.size());
        assertEquals(List.of("bar", "baz", "foo"), items.get(0).tags());
    }

    @Test
    void r_6_11_1_listOrdersAndFiltersByPeopleAndLocale() {
        create("docs/b", "x");
        create("docs/a", "x");
        pages.create(admin, PageCreate.of("fr", "docs/c", "c", "x"));
        Actor writer = member("writer", List.of("write:pages", "read:pages"), List.of(
                PageRule.allow("w", RuleMatch.START, "", List.of("write:pages", "read:pages"))));
        pages.update(writer, PageUpdate.of(1).withContent("y"));
        assertEquals(List.of("docs/c", "docs/b", "docs/a"), pages.list(admin,
                PageListQuery.ALL.withOrder(PageOrderBy.PATH, true)).stream().map(PageListItem::path).toList());
        assertEquals(List.of(3), pages.list(admin, PageListQuery.ALL.withLocale("fr")).stream()
                .map(PageListItem::id).toList());
        assertEquals(List.of(1), pages.list(admin, PageListQuery.ALL.withPeople(0, writer.id())).stream()
                .map(PageListItem::id).toList());
        assertEquals(List.of(1, 2, 3), pages.list(admin, PageListQuery.ALL.withPeople(1, writer.id())).stream()
                .map(PageListItem::id).toList());
    }

    @Test
    void r_6_11_1_listIncludesUnpublishedPages() {
        pages.create(admin, PageCreate.of("en", "docs/a", "A", "x").withFlags(false, true));
        assertEquals(1, pages.list(admin, PageListQuery.ALL).size());
    }

    @Test
    void r_6_9_2_tagsOfReadablePagesSorted() {
        tagged("docs/a", "zeta", "alpha");
        tagged("other/a", "hidden");
        assertEquals(List.of("alpha", "zeta"), pages.tags(readerOf("docs")).stream().map(PageTag::tag).toList());
        assertEquals(List.of("alpha", "hidden", "zeta"), pages.tags(admin).stream().map(PageTag::tag).toList());
    }

    @Test
    void r_6_9_3_searchTagsAtMostFiveOfReadablePages() {
        tagged("docs/a", "t1", "t2", "t3", "t4", "t5", "t6", "other");
        tagged("other/a", "t7");
        List<String> found = pages.searchTags(readerOf("docs"), " T ");
        assertEquals(5, found.size());
        assertFalse(found.contains("t7"));
    }

    @Test
    void r_6_7_4_deleteTagDetachesAndDeletes() {
        Page page = tagged("docs/a", "gone", "kept");
        int id = pages.tags(admin).stream().filter(t -> t.tag().equals("gone")).findFirst().orElseThrow().id();
        pages.deleteTag(admin, id);
        assertEquals(List.of("kept"), pages.single(admin, page.id()).tagNames());
        assertPlain("This tag does not exist.", () -> pages.deleteTag(admin, id));
    }

    @Test
    void r_6_7_5_updateTagTrimsAndLowerCases() {
        Page page = tagged("docs/a", "old", "other");
        int id = pages.tags(admin).get(0).id();
        pages.updateTag(admin, id, "  NEW ", " Title ");
        PageTag tag = pages.single(admin, page.id()).tags().stream().filter(t -> t.id() == id).findFirst().orElseThrow();
        assertEquals("new", tag.tag());
        assertEquals("Title", tag.title());
        assertPlain("This tag does not exist.", () -> pages.updateTag(admin, 99, "x", "x"));
        assertCode(1012, () -> pages.updateTag(admin, id, "other", "x"));
    }

    @Test
    void r_6_13_1_linksListReadableEnds() {
        create("docs/a", "[b](/en/docs/b) [x](/en/other/x) [gone](/en/docs/none)");
        create("docs/b", "no links");
        create("other/x", "[a](/en/docs/a)");
        List<PageLinkItem> links = pages.links(readerOf("docs"), "en");
        assertEquals(List.of("en/docs/a", "en/docs/b"), links.stream().map(PageLinkItem::path).toList());
        assertEquals(List.of("en/docs/b", "en/docs/none"), links.get(0).links());
        assertEquals(List.of(), links.get(1).links());
    }

    @Test
    void r_6_14_1_checkConflictsComparesUpdatedAt() {
        Page page = create("docs/a", "x");
        assertFalse(pages.checkConflicts(admin, page.id(), page.updatedAt()));
        clock.advance(Duration.ofSeconds(1));
        pages.update(admin, PageUpdate.of(page.id()).withContent("y"));
        assertTrue(pages.checkConflicts(admin, page.id(), page.updatedAt()));
        assertCode(6003, () -> pages.checkConflicts(admin, 99, page.updatedAt()));
        Actor writer = member("writer", List.of("write:pages"), List.of(
                PageRule.allow("w", RuleMatch.START, "other", List.of("write:pages"))));
        assertCode(6009, () -> pages.checkConflicts(writer, page.id(), page.updatedAt()));
    }

    @Test
    void r_6_14_2_conflictLatestReturnsTheCurrentState() {
        Page page = tagged("docs/a", "t");
        PageConflictLatest latest = pages.conflictLatest(admin, page.id());
        assertEquals("x", latest.content());
        assertEquals(List.of("t"), latest.tags());
        assertEquals("Administrator", latest.authorName());
        assertCode(6003, () -> pages.conflictLatest(admin, 99));
        Actor writer = member("writer", List.of("write:pages"), List.of(
                PageRule.allow("w", RuleMatch.START, "other", List.of("write:pages"))));
        assertCode(6013, () -> pages.conflictLatest(writer, page.id()));
    }
}
