package io.wikiengine.graphql;

import static io.wikiengine.graphql.TestWikis.at;
import static io.wikiengine.graphql.TestWikis.errors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.error.WikiError;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on what goes over the wire, shared by the per-namespace end-to-end tests: responseResult
 * top-level errors, the Date format (decision 24).
 */
final class Wire {

    /** The wire form of a set date: ISO-8601 UTC with exactly milliseconds. */
    static final Pattern DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");

    private Wire() {
    }

    /** Variables from alternating names and values. */
    static Map<String, @Nullable Object> vars(@Nullable Object... namesAndValues) {
        Map<String, @Nullable Object> vars = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            vars.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return vars;
    }

    /** The result has data and no errors. */
    static GraphQLResult ok(GraphQLResult result) {
        assertEquals(200, result.status(), result.body().toString());
        assertEquals(List.of(), errors(result), result.body().toString());
        return result;
    }

    /** The mutation at {@code path} succeeded with exactly this message (R-3.2.1, §12), and no error came. */
    static GraphQLResult succeeded(GraphQLResult result, String path, String message) {
        ok(result);
        assertEquals(Map.of("succeeded", true, "errorCode", 0, "slug", "ok", "message", message),
                status(result, path), result.body().toString());
        return result;
    }

    /** The mutation at {@code path} failed as a responseResult with this error's code, slug and message. */
    static GraphQLResult failed(GraphQLResult result, String path, WikiError error) {
        return failed(result, path, error, error.message());
    }

    /** As {@link #failed(GraphQLResult, String, WikiError)} with a replacement message. */
    static GraphQLResult failed(GraphQLResult result, String path, WikiError error, String message) {
        return failed(result, path, error.code(), error.slug(), message);
    }

    /** A responseResult failure with these exact parts (code 1 for plain errors, R-3.2.4). */
    static GraphQLResult failed(GraphQLResult result, String path, int code, String slug, String message) {
        ok(result);
        assertEquals(Map.of("succeeded", false, "errorCode", code, "slug", slug, "message", message),
                status(result, path), result.body().toString());
        return result;
    }

    /** The four members of the responseResult at {@code path}, whatever else the query selected. */
    private static Map<String, @Nullable Object> status(GraphQLResult result, String path) {
        Object value = at(result, path + ".responseResult");
        assertInstanceOf(Map.class, value, result.body().toString());
        Map<String, @Nullable Object> status = new LinkedHashMap<>();
        for (String key : List.of("succeeded", "errorCode", "slug", "message")) {
            status.put(key, ((Map<?, ?>) value).get(key));
        }
        return status;
    }

    /** The only error is top-level at this path, with this message and Wiki code (null: none). */
    static Map<String, Object> topLevel(GraphQLResult result, String path, String message, @Nullable Integer code) {
        assertEquals(200, result.status(), result.body().toString());
        List<Map<String, Object>> errors = errors(result);
        assertEquals(1, errors.size(), result.body().toString());
        Map<String, Object> error = errors.get(0);
        assertEquals(message, error.get("message"), result.body().toString());
        List<Object> segments = Arrays.stream(path.split("\\."))
                .map(s -> s.matches("\\d+") ? (Object) Integer.valueOf(s) : s)
                .toList();
        assertEquals(segments, error.get("path"), result.body().toString());
        assertInstanceOf(List.class, error.get("locations"));
        assertFalse(((List<?>) error.get("locations")).isEmpty(), "locations");
        Map<?, ?> extensions = (Map<?, ?>) error.get("extensions");
        assertEquals("INTERNAL_SERVER_ERROR", extensions.get("code"));
        Map<?, ?> exception = (Map<?, ?>) extensions.get("exception");
        if (code == null) {
            assertNull(exception.get("code"), result.body().toString());
        } else {
            assertEquals(code, exception.get("code"), result.body().toString());
        }
        assertFalse(result.toJson().contains("stacktrace"));
        return error;
    }

    /** A top-level Wiki error at this path (thrown N), its field null. */
    static void thrown(GraphQLResult result, String path, WikiError error) {
        topLevel(result, path, error.message(), error.code());
        assertNull(at(result, path), result.body().toString());
    }

    /** {@code Forbidden} from @auth at this path (R-4.2.2 step 3). */
    static void forbidden(GraphQLResult result, String path) {
        topLevel(result, path, "Forbidden", null);
    }

    /** {@code Unauthorized} from @auth at this path (R-4.2.2 step 2). */
    static void unauthorized(GraphQLResult result, String path) {
        topLevel(result, path, "Unauthorized", null);
    }

    /** A set Date on the wire (decision 24). */
    static void isDate(@Nullable Object value) {
        assertInstanceOf(String.class, value, "a Date is a string");
        assertTrue(DATE.matcher((String) value).matches(), (String) value);
    }

    /** The list at this path, asserting it is one. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(GraphQLResult result, String path) {
        Object value = at(result, path);
        assertInstanceOf(List.class, value, result.body().toString());
        return (List<Map<String, Object>>) value;
    }
}
