package io.wikiengine.storage.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.io.ImportNote;
import io.wikiengine.core.io.ImportReport;
import io.wikiengine.core.page.Page;
import io.wikiengine.storage.testing.WikiFixture;
import io.wikiengine.storage.testing.WikiTest;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A sample of the PreMiD documentation (MPL-2.0, see the NOTICE beside it): real Wiki.js Git storage with
 * translated front-matter values, the old five-key form, and the {@code es-419} and {@code fil} locales. One
 * wiki for the class: the tests only read.
 */
@WikiTest(lifecycle = WikiTest.Lifecycle.PER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportPremidTest {

    WikiFixture fixture;
    ImportReport report;
    final Actor system = Actor.system();

    @BeforeAll
    void importSample(WikiFixture wiki) {
        report = wiki.importResource("wikis/premid");
    }

    private Page page(Wiki wiki, String locale, String path) {
        return wiki.pages().singleByPath(system, path, locale);
    }

    private boolean noted(String file, String part) {
        return report.notesFor(file).stream().anyMatch(n -> n.message().contains(part));
    }

    @Test
    void everyPageFileIsImported() {
        assertEquals(16, report.pagesCreated(), report::toString);
        assertEquals(0, report.pagesSkipped(), report::toString);
        assertEquals(2, report.ignored(), report::toString);
        assertTrue(noted("LICENSE", "ignored"));
        assertTrue(noted("NOTICE", "ignored"));
    }

    @Test
    void esAndFilAreLocales(Wiki wiki) {
        assertEquals("Instalación", page(wiki, "es-419", "install").title());
        assertEquals("es-419", page(wiki, "es-419", "install").locale());
        assertEquals("fil", page(wiki, "fil", "about").locale());
        assertTrue(report.notes(ImportNote.Kind.LOCALE).isEmpty(), report::toString);
    }

    @Test
    void translatedPublishedValuesAreReportedPerFile(Wiki wiki) {
        assertTrue(page(wiki, "es", "dev/api/v3").isPublished());
        assertTrue(noted("es/dev/api/v3.md", "'verdadero' read as true"));
        assertTrue(page(wiki, "pl", "install/windows").isPublished());
        assertTrue(noted("pl/install/windows.md", "'tak' read as true"));
    }

    @Test
    void oldFormsGetDefaultsThatAreReported(Wiki wiki) {
        assertTrue(noted("hi/dev.md", "lacks editor, dateCreated"));
        Page hi = page(wiki, "hi", "dev");
        assertEquals(hi.updatedAt(), hi.createdAt());
        assertTrue(noted("ms/dev/api/v1.md", "lacks editor, dateCreated"));
    }

    @Test
    void datesAndContentAreTheFiles(Wiki wiki) {
        Page about = page(wiki, "en", "about");
        assertEquals(Instant.parse("2021-12-20T14:27:18.034Z"), about.updatedAt());
        assertEquals(Instant.parse("2021-09-07T01:17:19.551Z"), about.createdAt());
        assertEquals("The core features of PreMiD", about.description());
        assertFalse(about.content().startsWith("---"));
        assertTrue(about.content().startsWith("PreMiD is a simple"));
    }

    @Test
    void linksBetweenImportedPagesAreValid(Wiki wiki) {
        String render = page(wiki, "en", "install").render();
        assertTrue(render.contains("href=\"/install/requirements\" class=\"is-internal-link is-valid-page\""),
                render);
        assertFalse(noted("en/install.md", "/en/install/windows"));
    }

    @Test
    void theFieldAndTheParameterAreTheSameWiki(WikiFixture parameter) {
        assertTrue(fixture == parameter);
    }
}
