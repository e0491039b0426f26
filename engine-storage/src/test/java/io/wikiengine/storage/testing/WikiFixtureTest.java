package io.wikiengine.storage.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.PageRule;
import io.wikiengine.core.access.RuleMatch;
import io.wikiengine.core.asset.Asset;
import io.wikiengine.core.error.WikiException;
import io.wikiengine.core.page.Page;
import io.wikiengine.core.page.PageCreate;
import io.wikiengine.core.page.PageListQuery;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixture wiki: one line to open, builder steps in order, ids as decision 39 promises. */
class WikiFixtureTest {

    @Test
    void emptyFixtureHasTheSetupOfWikiJs() {
        try (WikiFixture fixture = WikiFixture.create()) {
            assertEquals(List.of(1, 2), fixture.wiki().users().list(fixture.system()).stream()
                    .map(u -> u.id()).sorted().toList());
            assertEquals(1, fixture.admin().id());
            assertTrue(fixture.admin().has("manage:system"));
            assertTrue(fixture.guest().isGuest());
            assertEquals(0, fixture.wiki().pages().list(fixture.system(), PageListQuery.ALL).size());
        }
    }

    @Test
    void adminCanLogInWithTheDocumentedPassword() {
        try (WikiFixture fixture = WikiFixture.create()) {
            assertFalse(fixture.wiki().auth().login(WikiFixture.ADMIN_EMAIL, WikiFixture.ADMIN_PASSWORD, "local")
                    .jwt().isEmpty());
        }
    }

    @Test
    void decision39_builderStepsRunInOrderWithPredictableIds() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        try (WikiFixture fixture = WikiFixture.builder()
                .group("Editors", List.of("read:pages", "write:pages"),
                        List.of(PageRule.allow("r1", RuleMatch.START, "docs", List.of("read:pages", "write:pages"))))
                .user("ed@example.com", "Ed", "password-1", "Editors")
                .page("docs/intro", "# Hello")
                .page(PageCreate.of("fr", "docs/intro", "Intro", "# Bonjour"))
                .asset("img/logo.png", png)
                .build()) {
            assertEquals(3, fixture.groupId("Editors"));
            Actor ed = fixture.actor("ed@example.com");
            assertEquals(3, ed.id());
            assertEquals(List.of(3), ed.groups());
            Page intro = fixture.wiki().pages().singleByPath(ed, "docs/intro", "en");
            assertEquals(1, intro.id());
            assertEquals("intro", intro.title());
            Asset logo = fixture.wiki().assets().list(fixture.system(), 1, io.wikiengine.core.asset.AssetKind.ALL)
                    .get(0);
            assertEquals("logo.png", logo.filename());
            assertEquals(1, logo.id());
        }
    }

    @Test
    void pageRulesOfAFixtureGroupApply() {
        try (WikiFixture fixture = WikiFixture.builder()
                .group("Readers", List.of("read:pages"),
                        List.of(PageRule.allow("r1", RuleMatch.START, "public", List.of("read:pages"))))
                .user("reader@example.com", "Reader", "password-1", "Readers")
                .page("public/a", "A")
                .page("private/b", "B")
                .build()) {
            Actor reader = fixture.actor("reader@example.com");
            assertEquals("a", fixture.wiki().pages().singleByPath(reader, "public/a", "en").title());
            WikiException e = assertThrows(WikiException.class,
                    () -> fixture.wiki().pages().singleByPath(reader, "private/b", "en"));
            assertEquals(6013, e.code());
        }
    }

    @Test
    void importResourceFolder() {
        try (WikiFixture fixture = WikiFixture.builder().importResource("wikis/premid").build()) {
            assertEquals(16, fixture.wiki().pages().list(fixture.system(), PageListQuery.ALL).size());
        }
    }

    @Test
    void unknownResourceOrUserIsAClearError() {
        try (WikiFixture fixture = WikiFixture.create()) {
            assertThrows(IllegalArgumentException.class, () -> fixture.importResource("wikis/none"));
            assertThrows(IllegalArgumentException.class, () -> fixture.actor("nobody@example.com"));
        }
    }

    @Test
    void closingTwiceIsHarmless() {
        WikiFixture fixture = WikiFixture.create();
        fixture.close();
        fixture.close();
        assertThrows(RuntimeException.class, () -> fixture.wiki().pages().list(fixture.system(), PageListQuery.ALL));
    }

    /** Opening an empty fixture after the first: printed, not asserted (the machine may be shared). */
    @Test
    void openingAnEmptyFixtureIsCheap() {
        WikiFixture.create().close();
        long[] millis = new long[20];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            try (WikiFixture fixture = WikiFixture.create()) {
                millis[i] = (System.nanoTime() - start) / 1_000_000;
                assertEquals(1, fixture.admin().id());
            }
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.println("Empty fixture open after the first, 20 runs: median " + sorted[10] + " ms, max "
                + sorted[19] + " ms, min " + sorted[0] + " ms");
        assertEquals(20, millis.length);
    }
}
