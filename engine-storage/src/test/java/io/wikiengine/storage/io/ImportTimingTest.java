package io.wikiengine.storage.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wikiengine.core.io.ImportReport;
import io.wikiengine.storage.testing.WikiFixture;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports a generated folder of Wiki.js pages (1,000 in the build, 10,000 for the measurement) in 20 sections,
 * each page linking to the next one, which is mostly imported later, into H2 in memory, and prints the time.
 * Measure it alone with
 * {@code mvn -B -q -pl engine-storage -am verify -Dtest=ImportTimingTest -Dsurefire.failIfNoSpecifiedTests=false
 * -DargLine=-DimportPages=10000} and read
 * {@code engine-storage/target/surefire-reports/io.wikiengine.storage.io.ImportTimingTest-output.txt}.
 */
@Tag("timing")
class ImportTimingTest {

    private static final int PAGES = Integer.getInteger("importPages", 1_000);

    @TempDir
    Path folder;

    @Test
    void generatedPagesImportInBatches() throws IOException {
        for (int i = 0; i < PAGES; i++) {
            Path file = folder.resolve("en/section-" + (i % 20) + "/page-" + i + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "---\ntitle: Page " + i + "\ndescription: Generated page " + i
                    + "\npublished: true\ndate: 2024-01-02T03:04:05.678Z\ntags: generated, s" + (i % 20)
                    + "\neditor: markdown\ndateCreated: 2023-01-02T03:04:05.678Z\n---\n\n# Page " + i
                    + "\n\nSome *markdown* with a [link to the next page](/en/section-" + ((i + 1) % 20) + "/page-"
                    + ((i + 1) % PAGES) + ") and `code`.\n\n## Part\n\n- one\n- two\n");
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (WikiFixture fixture = WikiFixture.create()) {
            long cpu = threads.getCurrentThreadCpuTime();
            ImportReport report = fixture.importFolder(folder);
            cpu = threads.getCurrentThreadCpuTime() - cpu;
            // The CPU time of the importing thread says what the import costs on a machine shared with others.
            System.out.println("Imported " + PAGES + " pages in " + report.elapsed().toMillis() + " ms ("
                    + cpu / 1_000_000 + " ms of CPU on the importing thread, load average "
                    + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() + "): " + report.summary());
            assertEquals(PAGES, report.pagesCreated());
            assertEquals(0, report.notes().size(), report::toString);
            ImportReport again = fixture.importFolder(folder);
            System.out.println("Re-imported them unchanged in " + again.elapsed().toMillis() + " ms");
            assertEquals(PAGES, again.pagesUnchanged());
        }
    }
}
