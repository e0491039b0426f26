package io.wikiengine.storage.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.asset.Asset;
import io.wikiengine.core.asset.AssetDownload;
import io.wikiengine.core.asset.AssetFolder;
import io.wikiengine.core.asset.AssetKind;
import io.wikiengine.core.io.ExportReport;
import io.wikiengine.core.io.ImportOptions;
import io.wikiengine.core.io.ImportReport;
import io.wikiengine.core.io.WikiExporter;
import io.wikiengine.core.page.Page;
import io.wikiengine.core.page.PageListItem;
import io.wikiengine.core.page.PageListQuery;
import io.wikiengine.storage.testing.WikiFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export then import into an empty wiki gives the same pages and assets. */
class RoundTripTest {

    private static final Actor SYSTEM = Actor.system();

    @TempDir
    Path temp;

    /** What must survive a round trip, for every page. */
    record PageState(String locale, String path, String title, String description, boolean published,
                     List<String> tags, String editor, String content, String createdAt, String updatedAt) {
    }

    static Map<String, PageState> pages(Wiki wiki) {
        Map<String, PageState> pages = new TreeMap<>();
        for (PageListItem item : wiki.pages().list(SYSTEM, PageListQuery.ALL)) {
            Page p = wiki.pages().single(SYSTEM, item.id());
            pages.put(p.locale() + "/" + p.path(), new PageState(p.locale(), p.path(), p.title(), p.description(),
                    p.isPublished(), p.tagNames(), p.editor(), p.content(), p.createdAt().toString(),
                    p.updatedAt().toString()));
        }
        return pages;
    }

    static Map<String, byte[]> assets(Wiki wiki) {
        Map<String, byte[]> assets = new TreeMap<>();
        collect(wiki, AssetFolder.ROOT, "", assets);
        return assets;
    }

    private static void collect(Wiki wiki, int folder, String prefix, Map<String, byte[]> into) {
        for (Asset asset : wiki.assets().list(SYSTEM, folder, AssetKind.ALL)) {
            String path = prefix + asset.filename();
            try (AssetDownload download = wiki.assets().open(SYSTEM, path)) {
                into.put(path, download.content().readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (AssetFolder child : wiki.assets().folders(SYSTEM, folder)) {
            collect(wiki, child.id(), prefix + child.slug() + "/", into);
        }
    }

    @Test
    void oddFolderRoundTripsThroughExport() throws IOException {
        Path source = Fixtures.copy("wikis/oddities", temp.resolve("source"));
        byte[] big = new byte[3 * 1024 * 1024];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31);
        }
        Files.write(source.resolve("files/large-video.bin"), big);
        try (WikiFixture first = WikiFixture.create(); WikiFixture second = WikiFixture.create()) {
            ImportReport imported = first.importFolder(source);
            System.out.println(imported);
            ExportReport exported = new WikiExporter(first.wiki()).exportTo(temp.resolve("export"), true);
            assertEquals(imported.pagesCreated(), exported.pages());
            assertEquals(4, exported.assets());
            ImportReport again = second.importFolder(temp.resolve("export"));
            assertEquals(exported.pages(), again.pagesCreated(), again::toString);
            assertEquals(0, again.pagesSkipped(), again::toString);
            assertEquals(pages(first.wiki()), pages(second.wiki()));
            Map<String, byte[]> before = assets(first.wiki());
            Map<String, byte[]> after = assets(second.wiki());
            assertEquals(before.keySet(), after.keySet());
            before.forEach((path, data) -> assertArrayEquals(data, after.get(path), path));
            assertArrayEquals(big, after.get("files/large-video.bin"));
        }
    }

    @Test
    void exportIsByteForByteTheWikiJsFileItWasImportedFrom() throws IOException {
        Path source = Fixtures.copy("wikis/premid", temp.resolve("premid"));
        try (WikiFixture fixture = WikiFixture.create()) {
            fixture.importFolder(source);
            Path out = temp.resolve("export");
            new WikiExporter(fixture.wiki()).exportTo(out, true);
            List<String> compared = new ArrayList<>();
            for (String file : List.of("en/about.md", "en/install.md", "es-419/install.md", "fil/about.md")) {
                assertEquals(Files.readString(source.resolve(file)), Files.readString(out.resolve(file)), file);
                compared.add(file);
            }
            assertEquals(4, compared.size());
        }
    }

    @Test
    void htmlPagesCarryTheBlockInsideAComment() throws IOException {
        try (WikiFixture fixture = WikiFixture.create()) {
            fixture.importResource("wikis/oddities");
            Path out = temp.resolve("export");
            new WikiExporter(fixture.wiki()).exportTo(out, true);
            assertEquals("<!--\ntitle: Visual page\ndescription: Written with the visual editor\npublished: true\n"
                    + "date: 2022-02-02T02:02:02.222Z\ntags: html, visual\neditor: ckeditor\n"
                    + "dateCreated: 2022-02-01T01:01:01.111Z\n-->\n\n<h1>Visual</h1>\n<p>Made with "
                    + "<strong>CKEditor</strong>.</p>\n", Files.readString(out.resolve("en/visual.html"),
                    StandardCharsets.UTF_8));
        }
    }

    @Test
    void withoutLocaleFoldersOnlyTheSiteLocaleIsWrittenAndTheRestListed() throws IOException {
        try (WikiFixture fixture = WikiFixture.create()) {
            fixture.importResource("wikis/oddities");
            Path out = temp.resolve("flat");
            ExportReport report = new WikiExporter(fixture.wiki()).exportTo(out, false);
            assertTrue(Files.exists(out.resolve("links.md")));
            assertTrue(report.skipped().stream().anyMatch(s -> s.startsWith("es-419/inicio: not in the site locale")));
            try (WikiFixture flat = WikiFixture.create()) {
                ImportReport again = flat.importFolder(out, ImportOptions.DEFAULTS.withLocales(List.of()));
                assertEquals(report.pages(), again.pagesCreated(), again::toString);
            }
        }
    }
}
