package io.wikiengine.core.io.internal;

import io.wikiengine.core.io.internal.FrontMatter.Field;
import io.wikiengine.core.page.PageEditor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a page file's text into a {@link PageFile}: the front matter of the seven Wiki.js keys (title,
 * description, published, date, tags, editor, dateCreated), with a default and a note for each key that is
 * missing or not understood.
 */
public final class PageFileReader {

    /** The keys of the format, in the order Wiki.js writes them. */
    public static final List<String> KEYS =
            List.of("title", "description", "published", "date", "tags", "editor", "dateCreated");

    private static final Set<String> KNOWN = Set.copyOf(KEYS);

    private PageFileReader() {
    }

    /**
     * Reads a page file.
     *
     * @param text      the file's text
     * @param format    the file's format, from its extension
     * @param fileTitle the title to use when the file gives none: its name without extension
     * @param fileTime  the date to use when the file gives none: its modification time
     */
    public static PageFile read(String text, PageFormat format, String fileTitle, Instant fileTime) {
        FrontMatter matter = FrontMatterReader.read(text, format == PageFormat.HTML);
        List<String> notes = new ArrayList<>(matter.notes());
        Map<String, Field> fields = matter.fields();
        if (!matter.present()) {
            notes.add("no front matter: title '" + fileTitle + "' from the file name, published, dated by the file");
        }
        for (String key : fields.keySet()) {
            if (!KNOWN.contains(key)) {
                notes.add("front matter key '" + key + "' is not part of the Wiki.js format: ignored");
            }
        }
        List<String> missing = new ArrayList<>();
        if (matter.present()) {
            for (String key : KEYS) {
                if (!fields.containsKey(key)) {
                    missing.add(key);
                }
            }
        }

        String title = fields.containsKey("title") ? fields.get("title").text() : fileTitle;
        String description = fields.containsKey("description") ? oneLine(fields.get("description").text()) : "";
        boolean published = true;
        if (fields.containsKey("published")) {
            Published.Reading reading = Published.read(fields.get("published").text());
            published = reading.value();
            reading.note().ifPresent(notes::add);
        }
        List<String> tags = tags(fields.get("tags"));
        Instant updatedAt = date(fields.get("date"), "date", fileTime, "the file's modification time", notes);
        Instant createdAt = date(fields.get("dateCreated"), "dateCreated", updatedAt, "date", notes);
        String editor = editor(fields.get("editor"), format, notes);
        if (!missing.isEmpty()) {
            notes.add("front matter lacks " + String.join(", ", missing) + ": " + defaults(missing, fileTitle, format));
        }
        return new PageFile(title, description, published, tags, editor, createdAt, updatedAt, matter.content(),
                notes);
    }

    private static String defaults(List<String> missing, String fileTitle, PageFormat format) {
        List<String> parts = new ArrayList<>();
        for (String key : missing) {
            parts.add(switch (key) {
                case "title" -> "title '" + fileTitle + "' from the file name";
                case "description" -> "no description";
                case "published" -> "published";
                case "date" -> "date from the file's modification time";
                case "tags" -> "no tags";
                case "editor" -> "editor " + format.defaultEditor().key() + " from the extension";
                default -> "dateCreated = date";
            });
        }
        return String.join(", ", parts);
    }

    /** A folded description may still hold line breaks; a page description is one line. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static List<String> tags(Field field) {
        if (field == null) {
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        List<String> parts = field.isList() ? field.items() : List.of(field.text().split(","));
        for (String part : parts) {
            if (!part.isBlank()) {
                tags.add(part.strip());
            }
        }
        return tags;
    }

    private static Instant date(Field field, String key, Instant fallback, String fallbackName, List<String> notes) {
        if (field == null || field.text().isBlank()) {
            if (field != null) {
                notes.add(key + " is empty: " + fallbackName + " used");
            }
            return fallback;
        }
        String text = field.text().strip();
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException notOffset) {
            // Try the looser forms below.
        }
        Optional<Instant> loose = loose(text);
        if (loose.isPresent()) {
            notes.add(key + ": '" + text + "' has no time zone: read as UTC (" + loose.get() + ")");
            return loose.get();
        }
        notes.add(key + ": '" + text + "' is not understood as a date: " + fallbackName + " used");
        return fallback;
    }

    private static Optional<Instant> loose(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notLocal) {
            // Try a date alone.
        }
        try {
            return Optional.of(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException notDate) {
            return Optional.empty();
        }
    }

    private static String editor(Field field, PageFormat format, List<String> notes) {
        String fallback = format.defaultEditor().key();
        if (field == null) {
            return fallback;
        }
        String key = field.text().strip();
        for (PageEditor editor : PageEditor.values()) {
            if (!editor.key().equals(key)) {
                continue;
            }
            if (editor.contentType().equals(format.contentType())) {
                return key;
            }
            notes.add("editor '" + key + "' does not write ." + format.extension() + " files: " + fallback
                    + " used, from the extension");
            return fallback;
        }
        if (key.isEmpty()) {
            notes.add("editor is empty: " + fallback + " used, from the extension");
        } else {
            notes.add("editor '" + key + "' is not understood: " + fallback + " used, from the extension");
        }
        return fallback;
    }
}
