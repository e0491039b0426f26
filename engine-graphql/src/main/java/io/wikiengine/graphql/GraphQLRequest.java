package io.wikiengine.graphql;

import io.wikiengine.core.access.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One GraphQL operation to execute in-JVM.
 *
 * <p>Who calls is given either as a token (a user JWT or an API key, resolved exactly as the HTTP endpoint
 * resolves a bearer token) or as an {@link Actor} the host already has; with neither, the caller is the guest.
 *
 * @param query         the GraphQL document
 * @param variables     the variables, possibly empty
 * @param operationName the operation to run when the document has several, or null
 * @param token         a user JWT or API key, or null
 * @param actor         an actor the host resolved itself, or null (a token wins when both are given)
 * @param clientKey     who the caller is for rate limiting: the remote address over HTTP, {@code local} by default
 */
public record GraphQLRequest(String query, Map<String, @Nullable Object> variables, @Nullable String operationName,
                             @Nullable String token, @Nullable Actor actor, String clientKey) {

    public GraphQLRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(clientKey, "clientKey");
        variables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }

    /** A request for this document, as the guest, with no variables. */
    public static GraphQLRequest of(String query) {
        return new GraphQLRequest(query, Map.of(), null, null, null, "local");
    }

    /** A copy with these variables. */
    public GraphQLRequest withVariables(Map<String, @Nullable Object> newVariables) {
        return new GraphQLRequest(query, newVariables, operationName, token, actor, clientKey);
    }

    /** A copy that runs this operation of the document. */
    public GraphQLRequest withOperationName(@Nullable String name) {
        return new GraphQLRequest(query, variables, name, token, actor, clientKey);
    }

    /** A copy that calls with this user JWT or API key. */
    public GraphQLRequest withToken(@Nullable String newToken) {
        return new GraphQLRequest(query, variables, operationName, newToken, actor, clientKey);
    }

    /** A copy that calls as this actor. */
    public GraphQLRequest withActor(@Nullable Actor newActor) {
        return new GraphQLRequest(query, variables, operationName, token, newActor, clientKey);
    }

    /** A copy with this rate-limiting key. */
    public GraphQLRequest withClientKey(String key) {
        return new GraphQLRequest(query, variables, operationName, token, actor, key);
    }
}
