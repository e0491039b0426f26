package io.wikiengine.core.io;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an import did: counts, and every decision it took on a file (nothing is dropped without a note).
 *
 * @param pagesCreated    pages that were not in the wiki
 * @param pagesUpdated    pages that were, and differed
 * @param pagesUnchanged  pages that were, as the file has them
 * @param pagesSkipped    page files not imported (each has a {@link ImportNote.Kind#SKIPPED} note)
 * @param assetsCreated   assets that were not in the wiki
 * @param assetsUpdated   assets whose data differed
 * @param assetsUnchanged assets with the same data
 * @param assetsSkipped   asset files not imported (each has a note)
 * @param ignored         files and folders that matched the ignore list
 * @param missing         pages and assets of the wiki the folder does not hold, kept
 * @param deleted         pages and assets of the wiki the folder does not hold, deleted by a mirror import
 * @param notes           every decision, in the order taken
 * @param elapsed         how long the import took
 */
public record ImportReport(int pagesCreated, int pagesUpdated, int pagesUnchanged, int pagesSkipped,
                           int assetsCreated, int assetsUpdated, int assetsUnchanged, int assetsSkipped,
                           int ignored, int missing, int deleted, List<ImportNote> notes, Duration elapsed) {

    public ImportReport {
        notes = List.copyOf(notes);
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** The notes of one kind. */
    public List<ImportNote> notes(ImportNote.Kind kind) {
        Objects.requireNonNull(kind, "kind");
        return notes.stream().filter(n -> n.kind() == kind).toList();
    }

    /** The notes about one file. */
    public List<ImportNote> notesFor(String file) {
        Objects.requireNonNull(file, "file");
        return notes.stream().filter(n -> n.file().equals(file)).toList();
    }

    /** One line per file with a problem: {@code <file>: <decision>; <decision>}, in the order first noted. */
    public List<String> lines() {
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        for (ImportNote note : notes) {
            byFile.computeIfAbsent(note.file(), f -> new ArrayList<>()).add(note.message());
        }
        List<String> lines = new ArrayList<>();
        byFile.forEach((file, messages) -> lines.add(file + ": " + String.join("; ", messages)));
        return List.copyOf(lines);
    }

    /** The counts in one line. */
    public String summary() {
        return "pages: " + pagesCreated + " created, " + pagesUpdated + " updated, " + pagesUnchanged
                + " unchanged, " + pagesSkipped + " skipped; assets: " + assetsCreated + " created, " + assetsUpdated
                + " updated, " + assetsUnchanged + " unchanged, " + assetsSkipped + " skipped; " + ignored
                + " ignored, " + missing + " missing, " + deleted + " deleted; " + lines().size()
                + " files with notes; " + elapsed.toMillis() + " ms";
    }

    /** The summary, then the lines. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(summary());
        for (String line : lines()) {
            out.append('\n').append(line);
        }
        return out.toString();
    }
}
