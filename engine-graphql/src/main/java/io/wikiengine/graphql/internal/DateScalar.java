package io.wikiengine.graphql.internal;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The {@code Date} scalar (decision 24): output ISO-8601 UTC with exactly milliseconds; an unset date is the
 * empty string. Input: any ISO-8601 date-time (any fraction length, {@code Z} or an offset) whose UTC year is
 * 0000 to 9999, or {@code ""} meaning unset; anything else is a coercion error naming what was wrong.
 *
 * <p>Years are proleptic ({@code uuuu}: the year before 0001 is 0000). A stored instant outside 0000 to 9999
 * is written as JavaScript's {@code toISOString} writes it, with a sign and six digits
 * ({@code +010000-01-01T00:00:00.000Z}).
 *
 * <p>Parsed values reach data fetchers as an {@link Instant}, or as {@code ""} for unset.
 */
public final class DateScalar {

    private static final DateTimeFormatter OUTPUT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter AFTER_YEAR =
            DateTimeFormatter.ofPattern("-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Instant FIRST = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    /** The scalar type. */
    public static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
            .name("Date")
            .description("An ISO-8601 UTC date-time with milliseconds, or \"\" when unset")
            .coercing(new DateCoercing())
            .build();

    private DateScalar() {
    }

    /** The wire form of an instant. */
    public static String format(Instant instant) {
        Instant millis = instant.truncatedTo(ChronoUnit.MILLIS);
        if (!millis.isBefore(FIRST) && !millis.isAfter(LAST)) {
            return OUTPUT.format(millis);
        }
        int year = millis.atOffset(ZoneOffset.UTC).getYear();
        return (year < 0 ? "-" : "+") + String.format(Locale.ROOT, "%06d", Math.abs((long) year))
                + AFTER_YEAR.format(millis);
    }

    /** Parses a client's date, or null for the empty string (unset). */
    public static @Nullable Instant parse(String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return null;
        }
        Instant parsed = parseInstant(value, text);
        if (parsed.isBefore(FIRST) || parsed.isAfter(LAST)) {
            throw new IllegalArgumentException("Expected a date-time in the years 0000 to 9999 (UTC), got '"
                    + text + "'");
        }
        return parsed;
    }

    private static Instant parseInstant(String value, String text) {
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException notInstant) {
                throw new IllegalArgumentException("Expected an ISO-8601 date-time such as "
                        + "2026-12-03T08:34:07.123Z, got '" + text + "'");
            }
        }
    }

    private static final class DateCoercing implements Coercing<Object, String> {

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof Instant instant) {
                return format(instant);
            }
            if (value instanceof OffsetDateTime odt) {
                return format(odt.toInstant());
            }
            if (value instanceof String s) {
                return s;
            }
            throw new CoercingSerializeException("Not a date: " + value.getClass().getSimpleName());
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) {
            if (!(input instanceof String s)) {
                throw new CoercingParseValueException("Expected a Date as an ISO-8601 string, got " + input);
            }
            try {
                Instant parsed = parse(s);
                return parsed == null ? "" : parsed;
            } catch (IllegalArgumentException e) {
                throw new CoercingParseValueException(e.getMessage());
            }
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                   Locale locale) {
            if (!(input instanceof StringValue s)) {
                throw new CoercingParseLiteralException("Expected a Date as an ISO-8601 string");
            }
            try {
                Instant parsed = parse(s.getValue());
                return parsed == null ? "" : parsed;
            } catch (IllegalArgumentException e) {
                throw new CoercingParseLiteralException(e.getMessage());
            }
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return StringValue.of(serialize(input, context, locale));
        }
    }
}
