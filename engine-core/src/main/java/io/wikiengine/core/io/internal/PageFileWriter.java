package io.wikiengine.core.io.internal;

import io.wikiengine.core.page.Page;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes a page the way Wiki.js storage writes it: a block of seven unquoted {@code key: value} lines (title,
 * description, published, date, tags, editor, dateCreated) between {@code ---} lines, or inside {@code <!--}
 * and {@code -->} for HTML pages, then a blank line and the content as stored. Tags are joined with
 * {@code ", "}, dates are ISO-8601 UTC with milliseconds, an empty value leaves nothing after the colon. A
 * line break in a title or description, which the format cannot carry, is written as a space.
 */
public final class PageFileWriter {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private PageFileWriter() {
    }

    /** The file's text. */
    public static String write(Page page) {
        PageFormat format = PageFormat.ofContentType(page.contentType());
        StringBuilder out = new StringBuilder();
        out.append(format == PageFormat.HTML ? "<!--" : "---").append('\n');
        line(out, "title", page.title());
        line(out, "description", page.description());
        line(out, "published", Boolean.toString(page.isPublished()));
        line(out, "date", iso(page.updatedAt()));
        line(out, "tags", String.join(", ", page.tagNames()));
        line(out, "editor", page.editor());
        line(out, "dateCreated", iso(page.createdAt()));
        out.append(format == PageFormat.HTML ? "-->" : "---").append("\n\n");
        out.append(page.content());
        return out.toString();
    }

    /** The file's path under the export folder, {@code /}-separated. */
    public static String fileName(Page page, boolean namespaced) {
        String name = page.path() + "." + PageFormat.ofContentType(page.contentType()).extension();
        return namespaced ? page.locale() + "/" + name : name;
    }

    /** An instant as the format writes it. */
    public static String iso(Instant instant) {
        return ISO.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    private static void line(StringBuilder out, String key, String value) {
        String single = String.join(" ", List.of(value.split("\\R", -1))).strip();
        out.append(key).append(':');
        if (!single.isEmpty()) {
            out.append(' ').append(single);
        }
        out.append('\n');
    }
}
