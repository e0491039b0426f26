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
 * empty string. Input: any ISO-8601 date-time (any fraction length, {@code Z} or an offset), or {@code ""}
 * meaning unset; anything else is a coercion error naming what was wrong.
 *
 * <p>Parsed values reach data fetchers as an {@link Instant}, or as {@code ""} for unset.
 */
public final class DateScalar {

    private static final DateTimeFormatter OUTPUT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

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
        return OUTPUT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** Parses a client's date, or null for the empty string (unset). */
    public static @Nullable Instant parse(String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return null;
        }
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
