package io.wikiengine.storage.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.PageRule;
import io.wikiengine.core.access.RuleMatch;
import io.wikiengine.core.page.Page;
import io.wikiengine.core.page.PageHistoryEntry;
import io.wikiengine.core.page.PageHistoryTrail;
import io.wikiengine.core.page.PageUpdate;
import io.wikiengine.core.page.PageVersion;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageHistoryTest extends PageFixture {

    private Page edited(int edits) {
        Page page = create("docs/a", "v0");
        for (int i = 1; i <= edits; i++) {
            clock.advance(Duration.ofMinutes(1));
            pages.update(admin, PageUpdate.of(page.id()).withContent("v" + i));
        }
        return page;
    }

    @Test
    void r_6_8_1_freshPageHasNoHistory() {
        assertEquals(0, pages.history(admin, edited(0).id(), 0, 0).total());
    }

    @Test
    void r_6_8_1_snapshotHoldsThePreviousState() {
        Page page = edited(1);
        PageHistoryEntry entry = pages.history(admin, page.id(), 0, 0).trail().get(0);
        PageVersion version = pages.version(admin, page.id(), entry.versionId()).orElseThrow();
        assertEquals("v0", version.content());
        assertEquals("updated", version.action());
        assertEquals(T0, version.versionDate());
        assertEquals(T0.plus(Duration.ofMinutes(1)), version.createdAt());
        assertEquals(1, version.authorId());
        assertEquals("Administrator", version.authorName());
    }

    @Test
    void r_6_8_2_trailIsNewestFirstWithComputedTypes() {
        Page page = edited(3);
        PageHistoryTrail trail = pages.history(admin, page.id(), 0, 0);
        assertEquals(3, trail.total());
        assertEquals(List.of("edit", "edit", "initial"), trail.trail().stream().map(PageHistoryEntry::actionType).toList());
        assertTrue(trail.trail().get(0).versionDate().isAfter(trail.trail().get(2).versionDate()));
    }

    @Test
    void r_6_8_2_moveIsComputedFromPaths() {
        Page page = edited(1);
        clock.advance(Duration.ofMinutes(1));
        pages.move(admin, page.id(), "docs/b", "en");
        clock.advance(Duration.ofMinutes(1));
        pages.update(admin, PageUpdate.of(page.id()).withContent("after move"));
        List<PageHistoryEntry> trail = pages.history(admin, page.id(), 0, 0).trail();
        assertEquals("move", trail.get(0).actionType());
        assertEquals("docs/a", trail.get(0).valueBefore());
        assertEquals("docs/b", trail.get(0).valueAfter());
        assertNull(trail.get(1).valueBefore());
    }

    @Test
    void r_6_8_2_pagingLooksPastThePage() {
        Page page = edited(5);
        PageHistoryTrail second = pages.history(admin, page.id(), 1, 2);
        assertEquals(5, second.total());
        assertEquals(2, second.trail().size());
        assertEquals(List.of("edit", "edit"), second.trail().stream().map(PageHistoryEntry::actionType).toList());
        PageHistoryTrail last = pages.history(admin, page.id(), 2, 2);
        assertEquals(List.of("initial"), last.trail().stream().map(PageHistoryEntry::actionType).toList());
    }

    @Test
    void r_6_8_2_totalEqualToThePageEndShowsAMoveFromEmpty() {
        Page page = edited(2);
        List<PageHistoryEntry> trail = pages.history(admin, page.id(), 0, 2).trail();
        assertEquals("move", trail.get(1).actionType());
        assertEquals("", trail.get(1).valueBefore());
    }

    @Test
    void decision15_historyOfUnknownPageIs6003() {
        assertCode(6003, () -> pages.history(admin, 12, 0, 0));
        assertCode(6003, () -> pages.version(admin, 12, 1));
    }

    @Test
    void r_6_8_2_historyWithoutReadHistoryRuleIs6012() {
        Page page = edited(1);
        Actor reader = member("reader", List.of("read:history"), List.of(
                PageRule.allow("h", RuleMatch.START, "other", List.of("read:history"))));
        assertCode(6012, () -> pages.history(reader, page.id(), 0, 0));
        assertCode(6012, () -> pages.version(reader, page.id(), 1));
    }

    @Test
    void r_6_8_3_versionOfAnotherPageIsEmpty() {
        Page page = edited(1);
        Page other = create("docs/b", "x");
        assertTrue(pages.version(admin, other.id(), 1).isEmpty());
        assertTrue(pages.version(admin, page.id(), 1).isPresent());
    }

    @Test
    void r_6_8_4_purgeDeletesOlderSnapshots() {
        Page page = edited(2);
        clock.advance(Duration.ofDays(2));
        pages.update(admin, PageUpdate.of(page.id()).withContent("late"));
        clock.advance(Duration.ofMinutes(1));
        pages.update(admin, PageUpdate.of(page.id()).withContent("later"));
        assertEquals(3, pages.purgeHistory(admin, "P1D"));
        assertEquals(1, pages.history(admin, page.id(), 0, 0).total());
    }

    @Test
    void r_6_8_4_invalidDurationDeletesNothing() {
        Page page = edited(2);
        clock.advance(Duration.ofDays(400));
        assertEquals(0, pages.purgeHistory(admin, "one year"));
        assertEquals(0, pages.purgeHistory(admin, "P-1D"));
        assertEquals(2, pages.history(admin, page.id(), 0, 0).total());
        assertEquals(2, pages.purgeHistory(admin, "P1Y"));
    }
}
