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
import io.wikiengine.core.page.PagePath;
import io.wikiengine.core.page.PageService;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageCreateTest extends PageFixture {

    @Test
    void decision30_createReturnsTheCompletePage() {
        Page page = pages.create(admin, PageCreate.of("en", "/docs/intro/", "Intro", "# Hello")
                .withDescription("d").withTags(List.of("Guide")));
        assertEquals(1, page.id());
        assertEquals("docs/intro", page.path());
        assertEquals("en", page.locale());
        assertEquals("markdown", page.editor());
        assertEquals("markdown", page.contentType());
        assertTrue(page.render().contains("Hello"), page.render());
        assertTrue(page.toc().contains("Hello"), page.toc());
        assertEquals("Administrator", page.authorName());
        assertEquals("admin@example.com", page.creatorEmail());
        assertEquals(T0, page.createdAt());
        assertEquals(T0, page.updatedAt());
        assertEquals(List.of("guide"), page.tagNames());
        assertNull(page.privateNS());
    }

    @Test
    void r_6_3_authorAndCreatorAreTheActor() {
        Page page = create("docs/a", "x");
        assertEquals(1, page.authorId());
        assertEquals(1, page.creatorId());
    }

    @Test
    void r_6_1_3_privatePagesHashWithTodo() {
        Page page = pages.create(admin, PageCreate.of("en", "docs/p", "P", "x").withFlags(true, true));
        assertEquals(PagePath.hash("en", "docs/p", "TODO"), page.hash());
        assertEquals(PagePath.hash("en", "docs/q", ""), create("docs/q", "x").hash());
    }

    @Test
    void r_6_3_illegalPathIs6005() {
        assertCode(6005, () -> create("docs/a.md", "x"));
    }

    @Test
    void decision35_reservedPathIs6005OnCreate() {
        assertCode(6005, () -> create("en/foo", "x"));
    }

    @Test
    void decision36_malformedLocaleIs1012() {
        assertCode(1012, () -> pages.create(admin, PageCreate.of("en_US", "docs/a", "A", "x")));
    }

    @Test
    void decision36_uninstalledLocalesAreAccepted() {
        assertEquals("es-419", pages.create(admin, PageCreate.of("es-419", "docs/a", "A", "x")).locale());
    }

    @Test
    void decision01_createWithoutWritePagesRuleIs6008() {
        Actor reader = member("reader", List.of("read:pages", "write:pages"),
                List.of(PageRule.allow("r", RuleMatch.START, "", List.of("read:pages"))));
        assertCode(6008, () -> pages.create(reader, PageCreate.of("en", "docs/a", "A", "x")));
    }

    @Test
    void r_6_3_createWithoutAnyWriteScopeIsForbidden() {
        Actor reader = member("reader", List.of("read:pages"),
                List.of(PageRule.allow("r", RuleMatch.START, "", List.of("read:pages"))));
        assertPlain(PageService.FORBIDDEN_MESSAGE, () -> pages.create(reader, PageCreate.of("en", "docs/a", "A", "x")));
    }

    @Test
    void decision03_tagRulesApplyOnCreate() {
        Actor writer = member("writer", List.of("write:pages"), List.of(
                PageRule.allow("w", RuleMatch.START, "", List.of("write:pages")),
                PageRule.deny("t", RuleMatch.TAG, "secret-tag", List.of("write:pages"))));
        assertCode(6008, () -> pages.create(writer, PageCreate.of("en", "docs/a", "A", "x")
                .withTags(List.of("Secret-Tag"))));
        assertEquals("docs/b", pages.create(writer, PageCreate.of("en", "docs/b", "B", "x")).path());
    }

    @Test
    void r_6_3_duplicateIs6002() {
        create("docs/a", "x");
        assertCode(6002, () -> create("/docs/a/", "y"));
    }

    @Test
    void r_6_3_blankContentIs6004() {
        assertCode(6004, () -> create("docs/a", "  \n "));
    }

    @Test
    void decision33_unknownEditorIs1012AndNothingIsWritten() {
        assertCode(1012, () -> pages.create(admin, PageCreate.of("en", "docs/a", "A", "x").withEditor("wysiwyg")));
        assertEquals(Integer.valueOf(0), wiki.storage().<Integer>inTransaction(s -> s.pages().count()));
    }

    @Test
    void decision39_failedCreatesConsumeNoId() {
        create("docs/a", "x");
        assertCode(6002, () -> create("docs/a", "y"));
        assertCode(1012, () -> pages.create(admin, PageCreate.of("en", "docs/b", "B", "x").withEditor("bad")));
        assertCode(1012, () -> pages.create(admin, PageCreate.of("en", "docs/c", "C", "x")
                .withPublishDates("tomorrow", "")));
        assertEquals(2, create("docs/b", "x").id());
    }

    @Test
    void r_6_3_titleAndDescriptionAreStoredAsGiven() {
        Page page = pages.create(admin, PageCreate.of("en", "docs/a", "", "x").withDescription(""));
        assertEquals("", page.title());
        assertEquals("", page.description());
    }

    @Test
    void decision24_publishDatesAreNormalisedOrEmpty() {
        Page page = pages.create(admin, PageCreate.of("en", "docs/a", "A", "x")
                .withPublishDates("2026-01-02T03:04:05+01:00", ""));
        assertEquals("2026-01-02T02:04:05.000Z", page.publishStartDate());
        assertEquals("", page.publishEndDate());
    }

    @Test
    void r_6_3_scriptsNeedTheirRules() {
        Actor writer = member("writer", List.of("write:pages"), List.of(
                PageRule.allow("w", RuleMatch.START, "", List.of("write:pages"))));
        Page page = pages.create(writer, PageCreate.of("en", "docs/a", "A", "x").withScripts("a { b: c }", "alert(1)"));
        assertEquals("", page.scriptCss());
        assertEquals("", page.scriptJs());
    }

    @Test
    void r_6_3_stylesAreMinified() {
        Page page = pages.create(admin, PageCreate.of("en", "docs/a", "A", "x")
                .withScripts("/* c */\n.a  >  b {\n  color : red ;\n}\n", "alert(1)"));
        assertEquals(".a>b{color:red}", page.scriptCss());
        assertEquals("alert(1)", page.scriptJs());
    }

    @Test
    void r_6_9_1_tagsAreTrimmedLowerCasedAndDeduplicated() {
        Page page = pages.create(admin, PageCreate.of("en", "docs/a", "A", "x")
                .withTags(List.of(" Foo ", "foo", "BAR")));
        assertEquals(List.of("bar", "foo"), page.tagNames());
        assertEquals("foo", page.tags().get(1).title());
    }

    @Test
    void r_6_10_6_createFlipsLinksOfPagesPointingHere() {
        Page linking = create("docs/a", "[to b](/en/docs/b)");
        assertTrue(linking.render().contains("is-invalid-page"), linking.render());
        create("docs/b", "x");
        Page after = pages.single(admin, linking.id());
        assertTrue(after.render().contains("is-valid-page"), after.render());
        assertFalse(after.render().contains("is-invalid-page"), after.render());
    }
}
