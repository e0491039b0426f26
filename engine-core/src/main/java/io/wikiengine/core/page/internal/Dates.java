package io.wikiengine.core.page.internal;

import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.error.WikiException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The date forms of the page API (R-2.2, decision 24). */
public final class Dates {

    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Instant FIRST = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private Dates() {
    }

    /** An instant as the API writes it: UTC, exactly three fraction digits, {@code Z}. */
    public static String iso(Instant instant) {
        return ISO_MILLIS.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * A publish date as stored: {@code ""} stays unset, any ISO-8601 date-time with {@code Z} or an offset
     * whose UTC year is 0000 to 9999 (what the API's {@code Date} scalar carries) becomes {@link #iso}.
     *
     * @throws WikiException 1012 naming the field for anything else
     */
    public static String publishDate(String field, String value) {
        if (value.isEmpty()) {
            return "";
        }
        return parse(value).filter(d -> !d.isBefore(FIRST) && !d.isAfter(LAST)).map(Dates::iso)
                .orElseThrow(() -> WikiException.of(WikiError.INPUT_INVALID, "Invalid " + field + " \"" + value
                        + "\": expected an ISO-8601 date-time in the years 0000 to 9999 (UTC) or \"\"."));
    }

    /** An ISO-8601 date-time with {@code Z} or an offset, if the text is one. */
    public static Optional<Instant> parse(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
