package io.wikiengine.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.io.internal.PageFile;
import io.wikiengine.core.io.internal.PageFileReader;
import io.wikiengine.core.io.internal.PageFormat;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tolerant front-matter reader on the forms seen in real Wiki.js folders. */
class PageFileReaderTest {

    private static final Instant FILE_TIME = Instant.parse("2020-01-01T00:00:00Z");

    private static PageFile md(String text) {
        return PageFileReader.read(text, PageFormat.MARKDOWN, "file-name", FILE_TIME);
    }

    private static boolean noted(PageFile page, String part) {
        return page.notes().stream().anyMatch(n -> n.contains(part));
    }

    @Test
    void wikiJsBlockIsReadWithoutNotesAndTheBlankLineIsDropped() {
        PageFile page = md("---\ntitle: About\ndescription: The core\npublished: true\n"
                + "date: 2021-12-20T14:27:18.034Z\ntags: a, b\neditor: markdown\ndateCreated: 2021-09-07T01:17:19.551Z\n"
                + "---\n\nBody\n");
        assertEquals("About", page.title());
        assertEquals("The core", page.description());
        assertTrue(page.published());
        assertEquals(List.of("a", "b"), page.tags());
        assertEquals(Instant.parse("2021-12-20T14:27:18.034Z"), page.updatedAt());
        assertEquals(Instant.parse("2021-09-07T01:17:19.551Z"), page.createdAt());
        assertEquals("Body\n", page.content());
        assertEquals(List.of(), page.notes());
    }

    @Test
    void titleThatIsNotYamlIsReadLineByLine() {
        PageFile page = md("---\ntitle: Step 2: install\ndescription: a: b\n---\n\nx");
        assertEquals("Step 2: install", page.title());
        assertEquals("a: b", page.description());
        assertTrue(noted(page, "not strict YAML"));
        assertEquals("x", page.content());
    }

    @Test
    void plainValuesKeepTheirTextWhereYamlWouldTypeOrDropThem() {
        PageFile page = md("---\ntitle: #1 tips\ndescription: 1.10\n---\n\nx");
        assertEquals("#1 tips", page.title());
        assertEquals("1.10", page.description());
    }

    @Test
    void foldedDescriptionAndYamlListOfTags() {
        PageFile page = md("---\ntitle: \"Quoted: yes\"\ndescription: >-\n  folded\n  over lines\ntags:\n  - Alpha\n"
                + "  - beta\n---\n\nx");
        assertEquals("Quoted: yes", page.title());
        assertEquals("folded over lines", page.description());
        assertEquals(List.of("Alpha", "beta"), page.tags());
    }

    @Test
    void foldedDescriptionIsAlsoReadLineByLineWhenAnotherLineIsNotYaml() {
        PageFile page = md("---\ntitle: A: B\ndescription: >-\n  folded\n  text\ntags: [x, y]\n---\n\nx");
        assertEquals("folded text", page.description());
        assertEquals(List.of("x", "y"), page.tags());
    }

    @Test
    void dateOnlyIsMidnightUtcAndNoted() {
        PageFile page = md("---\ntitle: T\ndate: 2021-05-04\ndateCreated: 2021-05-01\n---\n\nx");
        assertEquals(Instant.parse("2021-05-04T00:00:00Z"), page.updatedAt());
        assertEquals(Instant.parse("2021-05-01T00:00:00Z"), page.createdAt());
        assertTrue(noted(page, "has no time zone"));
    }

    @Test
    void translatedPublishedValuesAreMappedAndNoted() {
        assertTrue(md("---\npublished: verdadero\n---\n\nx").published());
        assertTrue(md("---\npublished: tak\n---\n\nx").published());
        assertFalse(md("---\npublished: falsch\n---\n\nx").published());
        PageFile unknown = md("---\npublished: vielleicht\n---\n\nx");
        assertTrue(unknown.published());
        assertTrue(noted(unknown, "'vielleicht' is not understood: read as true"));
    }

    @Test
    void oldFiveKeyFormGetsDefaultsForEditorAndDateCreated() {
        PageFile page = md("---\ntitle: Old\ndescription: d\npublished: true\ndate: 2020-02-03T04:05:06.789Z\n"
                + "tags: legacy\n---\n\nx");
        assertEquals("markdown", page.editor());
        assertEquals(page.updatedAt(), page.createdAt());
        assertTrue(noted(page, "lacks editor, dateCreated"));
    }

    @Test
    void noFrontMatterTakesTheFileNameAndFileTime() {
        PageFile page = md("# Hello\n\n---\n\nA rule above.");
        assertEquals("file-name", page.title());
        assertEquals(FILE_TIME, page.updatedAt());
        assertEquals("# Hello\n\n---\n\nA rule above.", page.content());
        assertTrue(noted(page, "no front matter"));
    }

    @Test
    void unclosedBlockIsContentNotFrontMatter() {
        PageFile page = md("---\ntitle: Never closed\n\nText");
        assertEquals("---\ntitle: Never closed\n\nText", page.content());
        assertTrue(noted(page, "never closed"));
    }

    @Test
    void htmlFrontMatterInsideAComment() {
        PageFile page = PageFileReader.read("<!--\ntitle: Visual\neditor: code\n-->\n\n<p>x</p>", PageFormat.HTML,
                "f", FILE_TIME);
        assertEquals("Visual", page.title());
        assertEquals("code", page.editor());
        assertEquals("<p>x</p>", page.content());
    }

    @Test
    void editorThatDoesNotFitTheExtensionIsReplaced() {
        PageFile page = md("---\ntitle: T\neditor: ckeditor\n---\n\nx");
        assertEquals("markdown", page.editor());
        assertTrue(noted(page, "does not write .md files"));
    }

    @Test
    void crlfFilesAreRead() {
        PageFile page = md("---\r\ntitle: Windows\r\n---\r\n\r\nBody\r\n");
        assertEquals("Windows", page.title());
        assertEquals("Body\r\n", page.content());
    }
}
