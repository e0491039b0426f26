package io.wikiengine.storage.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.PageRule;
import io.wikiengine.core.access.RuleMatch;
import io.wikiengine.core.page.Page;
import io.wikiengine.core.page.PageCreate;
import io.wikiengine.core.page.PagePath;
import io.wikiengine.core.page.PageUpdate;
import io.wikiengine.core.page.PageVersion;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageMoveDeleteTest extends PageFixture {

    @Test
    void r_6_5_moveChangesPathLocaleTitleAndHash() {
        Page page = create("docs/old", "x");
        Page moved = pages.move(admin, page.id(), "/guides/new/", "fr");
        assertEquals("guides/new", moved.path());
        assertEquals("fr", moved.locale());
        assertEquals("new", moved.title());
        assertEquals(PagePath.hash("fr", "guides/new", ""), moved.hash());
    }

    @Test
    void r_6_5_moveKeepsACustomTitle() {
        Page page = pages.create(admin, PageCreate.of("en", "docs/old", "Custom", "x"));
        assertEquals("Custom", pages.move(admin, page.id(), "docs/new", "en").title());
    }

    @Test
    void r_6_5_moveOfUnknownIdIs6003() {
        assertCode(6003, () -> pages.move(admin, 9, "docs/x", "en"));
    }

    @Test
    void r_6_5_moveToIllegalPathIs6005() {
        Page page = create("docs/old", "x");
        assertCode(6005, () -> pages.move(admin, page.id(), "docs/a b", "en"));
    }

    @Test
    void r_6_5_moveWithoutManageRuleOnSourceIs6007() {
        Page page = create("docs/old", "x");
        Actor mover = member("mover", List.of("manage:pages", "write:pages"), List.of(
                PageRule.allow("w", RuleMatch.START, "", List.of("write:pages"))));
        assertCode(6007, () -> pages.move(mover, page.id(), "docs/new", "en"));
    }

    @Test
    void r_6_5_moveWithoutWriteRuleOnDestinationIs6007() {
        Page page = create("docs/old", "x");
        Actor mover = member("mover", List.of("manage:pages", "write:pages"), List.of(
                PageRule.allow("m", RuleMatch.START, "docs", List.of("manage:pages", "write:pages"))));
        assertCode(6007, () -> pages.move(mover, page.id(), "other/new", "en"));
        assertEquals("docs/new", pages.move(mover, page.id(), "docs/new", "en").path());
    }

    @Test
    void r_6_5_moveOntoAnotherPageIs6006() {
        Page page = create("docs/old", "x");
        create("docs/taken", "y");
        assertCode(6006, () -> pages.move(admin, page.id(), "docs/taken", "en"));
    }

    @Test
    void decision11_moveOntoItsOwnPathIsANoOp() {
        Page page = create("docs/old", "x");
        assertEquals("docs/old", pages.move(admin, page.id(), "/docs/old/", "en").path());
        assertEquals(0, pages.history(admin, page.id(), 0, 0).total());
    }

    @Test
    void r_6_5_moveTakesAMovedSnapshot() {
        Page page = create("docs/old", "x");
        pages.move(admin, page.id(), "docs/new", "en");
        PageVersion version = pages.version(admin, page.id(),
                pages.history(admin, page.id(), 0, 0).trail().get(0).versionId()).orElseThrow();
        assertEquals("moved", version.action());
        assertEquals("docs/old", version.path());
    }

    @Test
    void decision10_moveRerendersPagesLinkingToTheOldAndNewPaths() {
        Page target = create("docs/old", "x");
        Page toOld = create("docs/a", "[old](/en/docs/old)");
        Page toNew = create("docs/b", "[new](/en/docs/new)");
        assertTrue(toOld.render().contains("is-valid-page"));
        assertTrue(toNew.render().contains("is-invalid-page"));
        pages.move(admin, target.id(), "docs/new", "en");
        assertTrue(pages.single(admin, toOld.id()).render().contains("is-invalid-page"));
        assertTrue(pages.single(admin, toNew.id()).render().contains("is-valid-page"));
    }

    @Test
    void r_6_6_deleteRemovesThePageAndKeepsItsHistory() {
        Page page = create("docs/a", "x");
        pages.delete(admin, page.id());
        assertCode(6003, () -> pages.single(admin, page.id()));
        assertEquals(Integer.valueOf(1), wiki.storage().<Integer>inTransaction(s -> s.pageHistory().count(page.id())));
    }

    @Test
    void r_6_6_deleteOfUnknownIdIs6003() {
        assertCode(6003, () -> pages.delete(admin, 5));
    }

    @Test
    void r_6_6_deleteWithoutDeleteRuleIs6010() {
        Page page = create("docs/a", "x");
        Actor deleter = member("deleter", List.of("delete:pages"), List.of(
                PageRule.allow("d", RuleMatch.START, "other", List.of("delete:pages"))));
        assertCode(6010, () -> pages.delete(deleter, page.id()));
    }

    @Test
    void decision04_deleteCheckCarriesTheLocale() {
        Page page = create("docs/a", "x");
        Actor deleter = member("deleter", List.of("delete:pages"), List.of(
                PageRule.allow("d", RuleMatch.START, "", List.of("delete:pages")),
                PageRule.deny("fr", RuleMatch.START, "docs", List.of("delete:pages")).withLocales(List.of("en"))));
        assertCode(6010, () -> pages.delete(deleter, page.id()));
    }

    @Test
    void r_6_6_deleteFlipsLinksToInvalid() {
        Page target = create("docs/a", "x");
        Page linking = create("docs/b", "[a](/en/docs/a)");
        assertTrue(linking.render().contains("is-valid-page"));
        pages.delete(admin, target.id());
        assertTrue(pages.single(admin, linking.id()).render().contains("is-invalid-page"));
    }

    @Test
    void decision09_restoreBringsBackTheVersionAndKeepsTagsAndScripts() {
        Page page = pages.create(admin, PageCreate.of("en", "docs/a", "A", "one").withTags(List.of("keep"))
                .withScripts(".a{b:c}", "js()"));
        clock.advance(Duration.ofMinutes(1));
        pages.update(admin, PageUpdate.of(page.id()).withContent("two").withTitle("B").withPublished(false));
        int versionId = pages.history(admin, page.id(), 0, 0).trail().get(0).versionId();
        pages.restore(admin, page.id(), versionId);
        Page restored = pages.single(admin, page.id());
        assertEquals("one", restored.content());
        assertEquals("A", restored.title());
        assertTrue(restored.isPublished());
        assertEquals(List.of("keep"), restored.tagNames());
        assertEquals(".a{b:c}", restored.scriptCss());
        assertEquals("restored", pages.version(admin, page.id(),
                pages.history(admin, page.id(), 0, 0).trail().get(0).versionId()).orElseThrow().action());
    }

    @Test
    void decision09_restoreMovesThePageBack() {
        Page page = create("docs/a", "one");
        pages.move(admin, page.id(), "docs/b", "en");
        int versionId = pages.history(admin, page.id(), 0, 0).trail().get(0).versionId();
        pages.restore(admin, page.id(), versionId);
        assertEquals("docs/a", pages.single(admin, page.id()).path());
    }

    @Test
    void r_6_7_1_restoreOfUnknownPageOrVersionIs6003() {
        Page page = create("docs/a", "one");
        Page other = create("docs/b", "one");
        pages.update(admin, PageUpdate.of(other.id()).withContent("two"));
        int otherVersion = pages.history(admin, other.id(), 0, 0).trail().get(0).versionId();
        assertCode(6003, () -> pages.restore(admin, 99, 1));
        assertCode(6003, () -> pages.restore(admin, page.id(), otherVersion));
    }

    @Test
    void r_6_7_1_restoreWithoutWriteRuleIs6011() {
        Page page = create("docs/a", "one");
        pages.update(admin, PageUpdate.of(page.id()).withContent("two"));
        Actor writer = member("writer", List.of("write:pages"), List.of(
                PageRule.allow("w", RuleMatch.START, "other", List.of("write:pages"))));
        assertCode(6011, () -> pages.restore(writer, page.id(), 1));
    }

    @Test
    void r_6_7_2_convertMarkdownToHtmlUsesTheRender() {
        Page page = create("docs/a", "# Title\n\ntext");
        pages.convert(admin, page.id(), "ckeditor");
        Page converted = pages.single(admin, page.id());
        assertEquals("ckeditor", converted.editor());
        assertEquals("html", converted.contentType());
        assertTrue(converted.content().contains("<h1"), converted.content());
        assertFalse(converted.content().contains("toc-anchor"), converted.content());
        assertEquals(1, pages.history(admin, page.id(), 0, 0).total());
    }

    @Test
    void r_6_7_2_convertBetweenHtmlEditorsTakesNoSnapshot() {
        Page page = pages.create(admin, PageCreate.of("en", "docs/a", "A", "<p>x</p>").withEditor("code"));
        pages.convert(admin, page.id(), "ckeditor");
        assertEquals("ckeditor", pages.single(admin, page.id()).editor());
        assertEquals(0, pages.history(admin, page.id(), 0, 0).total());
    }

    @Test
    void r_6_7_2_convertToTheSameEditorIsRefused() {
        Page page = create("docs/a", "x");
        assertPlain("Page is already using this editor. Nothing to convert.",
                () -> pages.convert(admin, page.id(), "markdown"));
    }

    @Test
    void r_6_7_2_unsupportedPairIsRefused() {
        Page page = create("docs/a", "x");
        assertPlain("Unsupported source / destination content types combination.",
                () -> pages.convert(admin, page.id(), "asciidoc"));
    }

    @Test
    void decision31_convertOfUnknownIdIs6003() {
        assertCode(6003, () -> pages.convert(admin, 77, "code"));
    }

    @Test
    void decision33_convertToUnknownEditorIs1012() {
        Page page = create("docs/a", "x");
        assertCode(1012, () -> pages.convert(admin, page.id(), "wysiwyg"));
    }

    @Test
    void r_6_7_2_convertWithoutWriteRuleIs6009() {
        Page page = create("docs/a", "x");
        Actor writer = member("writer", List.of("write:pages"), List.of(
                PageRule.allow("w", RuleMatch.START, "other", List.of("write:pages"))));
        assertCode(6009, () -> pages.convert(writer, page.id(), "code"));
    }

    @Test
    void r_6_7_3_renderOfUnknownIdIs6003() {
        assertCode(6003, () -> pages.render(admin, 3));
    }

    @Test
    void r_6_7_7_migrateToLocaleMovesFreePaths() {
        create("docs/a", "x");
        create("docs/b", "x");
        pages.create(admin, PageCreate.of("fr", "docs/b", "b", "x"));
        assertEquals(1, pages.migrateToLocale(admin, "en", "fr"));
        assertEquals("fr", pages.single(admin, 1).locale());
        assertEquals(PagePath.hash("fr", "docs/a", ""), pages.single(admin, 1).hash());
        assertEquals("en", pages.single(admin, 2).locale());
    }
}
