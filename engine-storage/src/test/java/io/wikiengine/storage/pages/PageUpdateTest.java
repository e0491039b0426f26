package io.wikiengine.storage.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.PageRule;
import io.wikiengine.core.access.RuleMatch;
import io.wikiengine.core.page.Page;
import io.wikiengine.core.page.PageCreate;
import io.wikiengine.core.page.PageService;
import io.wikiengine.core.page.PageUpdate;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageUpdateTest extends PageFixture {

    private Page full() {
        return pages.create(admin, PageCreate.of("en", "docs/a", "A", "# One").withDescription("desc")
                .withTags(List.of("t1")).withPublishDates("2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z")
                .withScripts(".a{b:c}", "x()"));
    }

    @Test
    void decision08_updateKeepsOmittedFields() {
        Page before = full();
        clock.advance(Duration.ofMinutes(1));
        Page after = pages.update(admin, PageUpdate.of(before.id()).withTitle("New"));
        assertEquals("New", after.title());
        assertEquals("# One", after.content());
        assertEquals("desc", after.description());
        assertEquals(List.of("t1"), after.tagNames());
        assertEquals(true, after.isPublished());
        assertEquals(before.publishStartDate(), after.publishStartDate());
        assertEquals(before.publishEndDate(), after.publishEndDate());
        assertEquals(".a{b:c}", after.scriptCss());
        assertEquals("x()", after.scriptJs());
        assertEquals(T0.plus(Duration.ofMinutes(1)), after.updatedAt());
    }

    @Test
    void decision30_updateReturnsTheCompletePage() {
        Page before = full();
        Page after = pages.update(admin, PageUpdate.of(before.id()).withContent("# Two"));
        assertEquals("en", after.locale());
        assertEquals("markdown", after.editor());
        assertTrue(after.render().contains("Two"), after.render());
    }

    @Test
    void r_6_4_updateSetsEverythingGiven() {
        Page before = full();
        Page after = pages.update(admin, PageUpdate.of(before.id()).withContent("c").withDescription("")
                .withPublished(false).withPublishDates("", "").withTags(List.of("X", "y")).withScripts("", ""));
        assertEquals("c", after.content());
        assertEquals("", after.description());
        assertEquals(false, after.isPublished());
        assertEquals("", after.publishStartDate());
        assertEquals(List.of("x", "y"), after.tagNames());
        assertEquals("", after.scriptCss());
    }

    @Test
    void r_6_4_authorBecomesTheActor() {
        Page before = full();
        Actor writer = member("writer", List.of("write:pages"),
                List.of(PageRule.allow("w", RuleMatch.START, "", List.of("write:pages"))));
        Page after = pages.update(writer, PageUpdate.of(before.id()).withContent("c"));
        assertEquals(writer.id(), after.authorId());
        assertEquals("writer", after.authorName());
        assertEquals(1, after.creatorId());
    }

    @Test
    void decision31_updateOfUnknownIdIs6003() {
        assertCode(6003, () -> pages.update(admin, PageUpdate.of(42).withContent("x")));
    }

    @Test
    void r_6_4_updateWithoutWriteRuleIs6009() {
        Page page = full();
        Actor writer = member("writer", List.of("write:pages"),
                List.of(PageRule.allow("w", RuleMatch.START, "other", List.of("write:pages"))));
        assertCode(6009, () -> pages.update(writer, PageUpdate.of(page.id()).withContent("x")));
    }

    @Test
    void decision03_tagRulesApplyOnUpdate() {
        Page page = full();
        Actor writer = member("writer", List.of("write:pages"), List.of(
                PageRule.allow("w", RuleMatch.START, "", List.of("write:pages")),
                PageRule.deny("t", RuleMatch.TAG, "t1", List.of("write:pages"))));
        assertCode(6009, () -> pages.update(writer, PageUpdate.of(page.id()).withContent("x")));
    }

    @Test
    void decision08_explicitlyBlankContentIs6004() {
        Page page = full();
        assertCode(6004, () -> pages.update(admin, PageUpdate.of(page.id()).withContent(" ")));
    }

    @Test
    void decision33_unknownEditorOnUpdateIs1012() {
        Page page = full();
        assertCode(1012, () -> pages.update(admin, PageUpdate.of(page.id()).withEditor("wysiwyg")));
        assertEquals(0, pages.history(admin, page.id(), 0, 0).total());
    }

    @Test
    void r_6_4_editorArgumentIsIgnored() {
        Page page = full();
        assertEquals("markdown", pages.update(admin, PageUpdate.of(page.id()).withEditor("code")).editor());
    }

    @Test
    void optimisticConcurrency_staleUpdatedAtIsRefused() {
        Page page = full();
        clock.advance(Duration.ofSeconds(5));
        pages.update(admin, PageUpdate.of(page.id()).withContent("someone else"));
        assertPlain(PageService.CONFLICT_MESSAGE, () -> pages.update(admin,
                PageUpdate.of(page.id()).withContent("mine").withExpectedUpdatedAt(page.updatedAt())));
        assertEquals("someone else", pages.single(admin, page.id()).content());
    }

    @Test
    void optimisticConcurrency_currentUpdatedAtIsAccepted() {
        Page page = full();
        Page after = pages.update(admin, PageUpdate.of(page.id()).withContent("mine")
                .withExpectedUpdatedAt(page.updatedAt()));
        assertEquals("mine", after.content());
    }

    @Test
    void r_6_4_titleChangeRenamesTheTreeNode() {
        Page page = full();
        pages.update(admin, PageUpdate.of(page.id()).withTitle("Renamed"));
        assertEquals("Renamed", wiki.storage().inTransaction(s -> s.pageTree().byPageId(page.id())).orElseThrow()
                .title());
    }

    @Test
    void r_6_4_pathChangeMovesThePage() {
        Page page = full();
        Page after = pages.update(admin, PageUpdate.of(page.id()).withContent("x").withLocation("fr", "/guides/a/"));
        assertEquals("fr", after.locale());
        assertEquals("guides/a", after.path());
        assertEquals("x", after.content());
    }

    @Test
    void decision11_updateOntoItsOwnPathIsANoOpMove() {
        Page page = full();
        Page after = pages.update(admin, PageUpdate.of(page.id()).withContent("x").withLocation("en", "/docs/a/"));
        assertEquals("docs/a", after.path());
        assertEquals(1, pages.history(admin, page.id(), 0, 0).total());
    }

    @Test
    void r_6_4_moveByUpdateOntoAnotherPageIs6006AndChangesNothing() {
        Page page = full();
        create("docs/b", "b");
        assertCode(6006, () -> pages.update(admin, PageUpdate.of(page.id()).withContent("x").withLocation("en", "docs/b")));
        assertEquals("# One", pages.single(admin, page.id()).content());
        assertEquals(0, pages.history(admin, page.id(), 0, 0).total());
    }

    @Test
    void r_6_4_moveByUpdateWithoutDestinationRuleIs6007() {
        Page page = full();
        Actor writer = member("writer", List.of("write:pages", "manage:pages"), List.of(
                PageRule.allow("w", RuleMatch.START, "docs", List.of("write:pages", "manage:pages"))));
        assertCode(6007, () -> pages.update(writer, PageUpdate.of(page.id()).withLocation("en", "other/a")));
    }

    @Test
    void r_6_4_illegalNewPathIs6005() {
        Page page = full();
        assertCode(6005, () -> pages.update(admin, PageUpdate.of(page.id()).withLocation("en", "a.b/c")));
    }

    @Test
    void decision28_failedUpdateLeavesEverythingAsItWas() {
        Page page = full();
        create("docs/b", "b");
        assertCode(6006, () -> pages.update(admin, PageUpdate.of(page.id()).withTags(List.of("new"))
                .withLocation("en", "docs/b")));
        assertEquals(List.of("t1"), pages.single(admin, page.id()).tagNames());
        assertEquals(List.of("t1"), pages.tags(admin).stream().map(t -> t.tag()).toList());
    }
}
