package io.wikiengine.storage.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Conversions between records and columns that every repository shares. */
public final class Sql {

    private Sql() {
    }

    /** An instant as the value bound to a {@code TIMESTAMP WITH TIME ZONE} column. */
    public static @Nullable OffsetDateTime at(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** A {@code TIMESTAMP WITH TIME ZONE} column as an instant. */
    public static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A non-null {@code TIMESTAMP WITH TIME ZONE} column as an instant. */
    public static Instant requiredInstant(ResultSet rs, String column) throws SQLException {
        Instant value = instant(rs, column);
        if (value == null) {
            throw new SQLException("Column " + column + " is unexpectedly null");
        }
        return value;
    }

    /**
     * The text with the {@code LIKE} wildcards and the escape character escaped by {@code !}, for a pattern
     * used with {@code ESCAPE '!'} (not a backslash, whose quoting differs between databases).
     */
    public static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** A list of strings as a JSON array, the form Wiki.js stores permission lists in. */
    public static String jsonArray(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            quote(values.get(i), out);
        }
        return out.append(']').toString();
    }

    /** A JSON array of strings back as a list; the inverse of {@link #jsonArray}. */
    public static List<String> stringList(String json) {
        List<String> result = new ArrayList<>();
        int i = skipSpace(json, 0);
        if (i >= json.length() || json.charAt(i) != '[') {
            throw new IllegalArgumentException("Not a JSON array: " + json);
        }
        i = skipSpace(json, i + 1);
        if (i < json.length() && json.charAt(i) == ']') {
            return result;
        }
        while (i < json.length()) {
            if (json.charAt(i) != '"') {
                throw new IllegalArgumentException("Not a JSON array of strings: " + json);
            }
            StringBuilder value = new StringBuilder();
            i = unquote(json, i + 1, value);
            result.add(value.toString());
            i = skipSpace(json, i);
            if (i < json.length() && json.charAt(i) == ',') {
                i = skipSpace(json, i + 1);
                continue;
            }
            if (i < json.length() && json.charAt(i) == ']') {
                return result;
            }
            throw new IllegalArgumentException("Malformed JSON array: " + json);
        }
        throw new IllegalArgumentException("Unterminated JSON array: " + json);
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int unquote(String s, int i, StringBuilder out) {
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '"') {
                return i;
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        throw new IllegalArgumentException("Unterminated JSON string");
    }

    private static void quote(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
