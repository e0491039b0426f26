package io.wikiengine.graphql;

import io.wikiengine.graphql.internal.Json;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of one operation, shaped as Wiki.js's server sends it.
 *
 * @param body         the response body: {@code data} and/or {@code errors}, as maps and lists
 * @param status       the HTTP status the endpoint answers with (200, 400 for documents that do not parse or
 *                     validate, 401 for a revoked, expired or disabled API key: decision 32)
 * @param renewedToken a new user JWT for the {@code new-jwt} header when the caller's token was renewed, or null
 */
public record GraphQLResult(Map<String, @Nullable Object> body, int status, @Nullable String renewedToken) {

    public GraphQLResult {
        Objects.requireNonNull(body, "body");
    }

    /** The body as a JSON string. */
    public String toJson() {
        return Json.write(body);
    }

    /** The renewed token, if the caller's token was renewed. */
    public Optional<String> renewed() {
        return Optional.ofNullable(renewedToken);
    }

    /** {@code data} of the body, or null when there is none. */
    @SuppressWarnings("unchecked")
    public @Nullable Map<String, @Nullable Object> data() {
        return (Map<String, @Nullable Object>) body.get("data");
    }

    /** Whether the body has errors. */
    public boolean hasErrors() {
        return body.containsKey("errors");
    }
}
