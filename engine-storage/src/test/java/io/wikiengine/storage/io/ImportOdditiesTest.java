package io.wikiengine.storage.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.asset.Asset;
import io.wikiengine.core.asset.AssetFolder;
import io.wikiengine.core.asset.AssetKind;
import io.wikiengine.core.error.WikiException;
import io.wikiengine.core.io.ImportNote;
import io.wikiengine.core.io.ImportReport;
import io.wikiengine.core.page.Page;
import io.wikiengine.storage.testing.WikiFixture;
import io.wikiengine.storage.testing.WikiTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;

/** The oddities folder: every messy form of the issue, each decision in the report. One wiki: tests only read. */
@WikiTest(lifecycle = WikiTest.Lifecycle.PER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportOdditiesTest {

    WikiFixture fixture;
    Wiki wiki;
    ImportReport report;
    final Actor system = Actor.system();

    @BeforeAll
    void importOddities() {
        report = fixture.importResource("wikis/oddities");
    }

    private Page page(String locale, String path) {
        return wiki.pages().singleByPath(system, path, locale);
    }

    private boolean noted(String file, ImportNote.Kind kind, String part) {
        return report.notesFor(file).stream().anyMatch(n -> n.kind() == kind && n.message().contains(part));
    }

    @Test
    void countsCoverEveryFile() {
        assertEquals(23, report.pagesCreated(), report::toString);
        assertEquals(1, report.pagesSkipped(), report::toString);
        assertEquals(3, report.assetsCreated(), report::toString);
        assertEquals(4, report.ignored(), report::toString);
        assertEquals(0, report.missing());
    }

    @Test
    void housekeepingFilesAreIgnoredAndNamed() {
        assertTrue(noted(".github/", ImportNote.Kind.IGNORED, "'.*'"));
        assertTrue(noted("LICENSE", ImportNote.Kind.IGNORED, "LICENSE"));
        assertTrue(noted("README.md", ImportNote.Kind.IGNORED, "README.*"));
        assertTrue(noted("crowdin.yml", ImportNote.Kind.IGNORED, "crowdin.yml"));
    }

    @Test
    void localeFoldersAreDetectedAndAiIsNotOne() {
        assertEquals("Inicio", page("es-419", "inicio").title());
        assertEquals("Simula", page("fil", "simula").title());
        assertTrue(noted("AI/", ImportNote.Kind.LOCALE, "not a locale folder"));
        assertEquals("AI overview", page("en", "AI_/overview").title());
        assertTrue(noted("AI/overview.md", ImportNote.Kind.PATH, "'AI' is reserved"));
    }

    @Test
    void pageWithoutFrontMatterTakesItsFileName() {
        Page page = page("en", "plain");
        assertEquals("plain", page.title());
        assertEquals("# Plain page\n\nA page with no front matter at all.\n", page.content());
        assertTrue(noted("en/plain.md", ImportNote.Kind.VALUE, "no front matter"));
    }

    @Test
    void oldFiveKeyForm() {
        Page page = page("en", "old-form");
        assertEquals("markdown", page.editor());
        assertEquals(List.of("form", "legacy"), page.tagNames());
        assertEquals(Instant.parse("2020-02-03T04:05:06.789Z"), page.createdAt());
        assertTrue(noted("en/old-form.md", ImportNote.Kind.VALUE, "lacks editor, dateCreated"));
    }

    @Test
    void titleOnlyFrontMatter() {
        Page page = page("en", "title-only");
        assertEquals("Only a title", page.title());
        assertTrue(page.isPublished());
        assertEquals("Nothing else in the front matter.\n", page.content());
    }

    @Test
    void titleThatIsNotYaml() {
        assertEquals("Step 2: install", page("en", "step-2").title());
        assertEquals("Not valid YAML: two colons", page("en", "step-2").description());
        assertTrue(noted("en/step-2.md", ImportNote.Kind.VALUE, "not strict YAML"));
    }

    @Test
    void foldedDescriptionAndListOfTags() {
        Page page = page("en", "folded");
        assertEquals("Folded: quoted title", page.title());
        assertEquals("A description folded over three lines by a YAML tool", page.description());
        assertEquals(List.of("alpha", "beta"), page.tagNames());
    }

    @Test
    void dateOnlyDates() {
        Page page = page("en", "date-only");
        assertEquals(Instant.parse("2021-05-04T00:00:00Z"), page.updatedAt());
        assertEquals(Instant.parse("2021-05-01T00:00:00Z"), page.createdAt());
        assertFalse(page.isPublished());
        assertEquals(List.of("one", "two"), page.tagNames());
    }

    @Test
    void translatedPublishedValuesAreEachReported() {
        assertTrue(page("es", "traducido").isPublished());
        assertTrue(noted("es/traducido.md", ImportNote.Kind.VALUE, "'verdadero' read as true"));
        assertTrue(page("pl", "przetlumaczone").isPublished());
        assertTrue(noted("pl/przetlumaczone.md", ImportNote.Kind.VALUE, "'tak' read as true"));
        assertFalse(page("de", "entwurf").isPublished());
        assertTrue(noted("de/entwurf.md", ImportNote.Kind.VALUE, "'falsch' read as false"));
        assertTrue(page("de", "unklar").isPublished());
        assertTrue(noted("de/unklar.md", ImportNote.Kind.VALUE, "'vielleicht' is not understood: read as true"));
    }

    @Test
    void uppercaseAmpersandAndParenthesesAreKept() {
        assertEquals("Getting Started", page("en", "Guides/Getting-Started").title());
        assertEquals("Q&A", page("en", "q&a").title());
        assertEquals("FAQ (old)", page("en", "faq-(old)").title());
        assertTrue(report.notesFor("en/q&a.md").isEmpty(), report::toString);
    }

    @Test
    void dotsAndSpacesInPathsAreNormalisedAndReported() {
        assertEquals("Notes for 1.2", page("en", "v1-2/notes").title());
        assertTrue(noted("en/v1.2/notes.md", ImportNote.Kind.PATH, "'v1.2/notes' → 'v1-2/notes'"));
        assertEquals("My page", page("en", "my-page").title());
        assertTrue(noted("en/my page.md", ImportNote.Kind.PATH, "'my page' → 'my-page'"));
    }

    @Test
    void htmlAndAsciidocPages() {
        Page html = page("en", "visual");
        assertEquals("ckeditor", html.editor());
        assertEquals("html", html.contentType());
        assertEquals("<h1>Visual</h1>\n<p>Made with <strong>CKEditor</strong>.</p>\n", html.content());
        Page adoc = page("en", "manual");
        assertEquals("asciidoc", adoc.contentType());
        assertTrue(adoc.content().startsWith("= Manual"));
    }

    @Test
    void aTitleYamlWouldReadAsACommentIsKept() {
        assertEquals("#1 tips", page("en", "hash-title").title());
    }

    @Test
    void blankPageIsSkippedAndReported() {
        assertTrue(noted("en/empty.md", ImportNote.Kind.SKIPPED, "no content"));
        WikiException e = org.junit.jupiter.api.Assertions.assertThrows(WikiException.class,
                () -> page("en", "empty"));
        assertEquals(6003, e.code());
    }

    @Test
    void linkToAPageImportedLaterIsValidAndADanglingOneIsReported() {
        String render = page("en", "links").render();
        assertTrue(render.contains("href=\"/en/zz-last\" class=\"is-internal-link is-valid-page\""), render);
        assertTrue(render.contains("is-invalid-page"), render);
        assertTrue(noted("en/links.md", ImportNote.Kind.LINK, "/en/nowhere"));
        assertFalse(noted("en/links.md", ImportNote.Kind.LINK, "/en/zz-last"));
    }

    @Test
    void datesOfTheFilesAreKept() {
        Page page = page("en", "visual");
        assertEquals(Instant.parse("2022-02-02T02:02:02.222Z"), page.updatedAt());
        assertEquals(Instant.parse("2022-02-01T01:01:01.111Z"), page.createdAt());
    }

    @Test
    void assetsWithSpacesParenthesesAndNoExtension() {
        List<AssetFolder> folders = wiki.assets().folders(system, AssetFolder.ROOT);
        assertEquals(List.of("files", "img"), folders.stream().map(AssetFolder::slug).sorted().toList());
        int img = folders.stream().filter(f -> f.slug().equals("img")).findFirst().orElseThrow().id();
        List<Asset> images = wiki.assets().list(system, img, AssetKind.ALL);
        assertEquals(List.of("my_logo_(1).png"), images.stream().map(Asset::filename).toList());
        assertEquals(AssetKind.IMAGE, images.get(0).kind());
        assertTrue(noted("img/My Logo (1).png", ImportNote.Kind.PATH, "'img/my_logo_(1).png'"));
        int files = folders.stream().filter(f -> f.slug().equals("files")).findFirst().orElseThrow().id();
        assertEquals(List.of("data.csv", "makefile"), wiki.assets().list(system, files, AssetKind.ALL).stream()
                .map(Asset::filename).sorted().toList());
    }

    @Test
    void everyFileWithANoteHasOneLine() {
        List<String> lines = report.lines();
        assertEquals(lines.size(), lines.stream().map(l -> l.substring(0, l.indexOf(": "))).distinct().count());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("es/traducido.md: ")), report::toString);
    }
}
