package io.wikiengine.storage.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.error.WikiException;
import io.wikiengine.core.page.Page;
import io.wikiengine.core.page.PageCreate;
import io.wikiengine.core.page.PageImport;
import io.wikiengine.core.page.PageImportResult;
import io.wikiengine.core.page.PageListQuery;
import io.wikiengine.core.page.PageService;
import io.wikiengine.storage.testing.WikiFixture;
import io.wikiengine.storage.testing.WikiTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code PageService.importPages}: the narrow import path that keeps a page's dates. */
@WikiTest
class PageImportTest {

    private static final Instant CREATED = Instant.parse("2019-01-01T10:00:00.123Z");
    private static final Instant UPDATED = Instant.parse("2020-02-02T20:00:00.456Z");

    private static PageImport item(String path, String content) {
        return new PageImport(PageCreate.of("en", path, path, content), CREATED, UPDATED);
    }

    @Test
    void onlyTheSystemActorMayImport(WikiFixture fixture) {
        WikiException e = assertThrows(WikiException.class,
                () -> fixture.wiki().pages().importPages(fixture.admin(), List.of(item("docs/a", "x"))));
        assertEquals(PageService.FORBIDDEN_MESSAGE, e.getMessage());
    }

    @Test
    void datesAreKept(Wiki wiki) {
        List<PageImportResult> results = wiki.pages().importPages(Actor.system(), List.of(item("docs/a", "x")));
        Page page = wiki.pages().single(Actor.system(), results.get(0).id());
        assertEquals(CREATED, page.createdAt());
        assertEquals(UPDATED, page.updatedAt());
        assertEquals(PageImportResult.Outcome.CREATED, results.get(0).outcome());
    }

    @Test
    void samePageAgainIsUnchangedAndADifferentOneUpdated(Wiki wiki) {
        wiki.pages().importPages(Actor.system(), List.of(item("docs/a", "x"), item("docs/b", "y")));
        List<PageImportResult> again = wiki.pages().importPages(Actor.system(),
                List.of(item("docs/a", "x"), item("docs/b", "changed")));
        assertEquals(List.of(PageImportResult.Outcome.UNCHANGED, PageImportResult.Outcome.UPDATED),
                again.stream().map(PageImportResult::outcome).toList());
    }

    @Test
    void decision39_aRefusedBatchStoresNothingAndConsumesNoId(Wiki wiki) {
        WikiException e = assertThrows(WikiException.class, () -> wiki.pages().importPages(Actor.system(),
                List.of(item("docs/a", "x"), item("docs/b", "  "))));
        assertEquals(6004, e.code());
        assertEquals(0, wiki.pages().list(Actor.system(), PageListQuery.ALL).size());
        assertEquals(1, wiki.pages().importPages(Actor.system(), List.of(item("docs/c", "z"))).get(0).id());
    }
}
