package io.wikiengine.graphql.internal;

/**
 * A failure the adapter itself raises with a fixed message that Wiki.js clients match on:
 * {@code Unauthorized}, {@code Forbidden}, rate limiting, request-level key errors.
 */
public final class GraphQLFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GraphQLFailure(String message) {
        super(message, null, false, false);
    }

    /** No actor on the request (R-4.2.2 step 2). */
    public static GraphQLFailure unauthorized() {
        return new GraphQLFailure("Unauthorized");
    }

    /** The actor holds none of the field's scopes (R-4.2.2 step 3). */
    public static GraphQLFailure forbidden() {
        return new GraphQLFailure("Forbidden");
    }
}
