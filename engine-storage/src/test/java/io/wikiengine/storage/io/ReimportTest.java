package io.wikiengine.storage.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.error.WikiException;
import io.wikiengine.core.io.ImportNote;
import io.wikiengine.core.io.ImportOptions;
import io.wikiengine.core.io.ImportReport;
import io.wikiengine.core.page.Page;
import io.wikiengine.core.page.PageHistoryTrail;
import io.wikiengine.storage.testing.WikiFixture;
import io.wikiengine.storage.testing.WikiTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing a folder again: changed pages and assets are updated, the rest left, vanished ones reported. */
@WikiTest
class ReimportTest {

    WikiFixture fixture;
    Wiki wiki;
    final Actor system = Actor.system();

    @TempDir
    Path temp;
    Path folder;

    @BeforeEach
    void importOnce() throws IOException {
        folder = Fixtures.copy("wikis/oddities", temp.resolve("wiki"));
        // Files without a date take their modification time: fix it so that both imports read the same.
        Fixtures.touch(folder.resolve("en/plain.md"), "2023-03-03T03:03:03.333Z");
        Fixtures.touch(folder.resolve("en/title-only.md"), "2023-03-03T03:03:03.333Z");
        fixture.importFolder(folder);
    }

    @Test
    void sameFolderAgainChangesNothing() {
        ImportReport again = fixture.importFolder(folder);
        assertEquals(0, again.pagesCreated(), again::toString);
        assertEquals(0, again.pagesUpdated(), again::toString);
        assertEquals(23, again.pagesUnchanged(), again::toString);
        assertEquals(3, again.assetsUnchanged(), again::toString);
        assertEquals(0, again.assetsCreated() + again.assetsUpdated());
    }

    @Test
    void changedPageIsUpdatedWithItsNewDateAndHistory() throws IOException {
        Path file = folder.resolve("en/zz-last.md");
        Files.writeString(file, Files.readString(file).replace("date: 2022-05-05T05:05:05.555Z",
                "date: 2024-01-01T00:00:00.000Z").replace("Back to", "Return to"));
        ImportReport again = fixture.importFolder(folder);
        assertEquals(1, again.pagesUpdated(), again::toString);
        assertEquals(22, again.pagesUnchanged());
        Page page = wiki.pages().singleByPath(system, "zz-last", "en");
        assertTrue(page.content().startsWith("Return to"));
        assertEquals("2024-01-01T00:00:00Z", page.updatedAt().toString());
        PageHistoryTrail history = wiki.pages().history(system, page.id(), 0, 10);
        assertEquals(1, history.total());
    }

    @Test
    void changedAssetIsUploadedOver() throws IOException {
        Files.writeString(folder.resolve("files/data.csv"), "a,b\n3,4\n");
        ImportReport again = fixture.importFolder(folder);
        assertEquals(1, again.assetsUpdated(), again::toString);
        assertEquals(2, again.assetsUnchanged());
    }

    @Test
    void vanishedPageAndAssetAreReportedAndKept() throws IOException {
        Files.delete(folder.resolve("en/q&a.md"));
        Files.delete(folder.resolve("files/data.csv"));
        ImportReport again = fixture.importFolder(folder);
        assertEquals(2, again.missing(), again::toString);
        assertTrue(again.notesFor("en/q&a").stream().anyMatch(n -> n.kind() == ImportNote.Kind.MISSING));
        assertTrue(again.notesFor("files/data.csv").stream().anyMatch(n -> n.kind() == ImportNote.Kind.MISSING));
        assertEquals("Q&A", wiki.pages().singleByPath(system, "q&a", "en").title());
    }

    @Test
    void mirrorImportDeletesWhatTheFolderNoLongerHolds() throws IOException {
        Files.delete(folder.resolve("en/q&a.md"));
        Files.delete(folder.resolve("files/data.csv"));
        ImportReport again = fixture.importFolder(folder, ImportOptions.DEFAULTS.withMirror(true));
        assertEquals(2, again.deleted(), again::toString);
        WikiException gone = assertThrows(WikiException.class,
                () -> wiki.pages().singleByPath(system, "q&a", "en"));
        assertEquals(6003, gone.code());
    }

    @Test
    void assetAboveTheUploadLimitIsSkippedAndNamed() throws IOException {
        Files.write(folder.resolve("files/huge.iso"), new byte[(int) wiki.config().maxUploadBytes() + 1]);
        ImportReport again = fixture.importFolder(folder);
        assertEquals(1, again.assetsSkipped(), again::toString);
        assertTrue(again.notesFor("files/huge.iso").get(0).message().contains("upload limit"));
    }

    @Test
    void explicitLocaleListAndHostFilter() {
        try (WikiFixture other = WikiFixture.create()) {
            ImportReport report = other.importFolder(folder, ImportOptions.DEFAULTS
                    .withDetectedLocales(code -> !code.equals("fil")));
            assertTrue(report.notesFor("fil/").get(0).message().contains("not allowed by the host"));
            assertEquals("Simula", other.wiki().pages().singleByPath(system, "fil/simula", "en").title());
        }
        try (WikiFixture other = WikiFixture.create()) {
            ImportReport report = other.importFolder(folder, ImportOptions.DEFAULTS.withLocales(
                    java.util.List.of("en", "es")));
            assertTrue(report.notesFor("de/").get(0).message().contains("not one of the locales given"));
            assertEquals("Traducido", other.wiki().pages().singleByPath(system, "traducido", "es").title());
        }
    }

    @Test
    void linksAcrossBatchesEndUpValid() {
        try (WikiFixture small = WikiFixture.create()) {
            small.importFolder(folder, ImportOptions.DEFAULTS.withBatchSize(2));
            String render = small.wiki().pages().singleByPath(system, "links", "en").render();
            assertTrue(render.contains("href=\"/en/zz-last\" class=\"is-internal-link is-valid-page\""), render);
        }
    }
}
