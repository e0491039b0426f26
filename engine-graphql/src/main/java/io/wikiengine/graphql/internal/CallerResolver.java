package io.wikiengine.graphql.internal;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.auth.RequestRejectedException;
import io.wikiengine.graphql.GraphQLRequest;
import org.jspecify.annotations.Nullable;

/** Who a request acts as: from its token exactly as the HTTP endpoint does, else its actor, else the guest. */
public final class CallerResolver {

    /**
     * The outcome.
     *
     * @param actor        the actor, or null when a renewal failed
     * @param renewedToken a renewed token for the {@code new-jwt} header, or null
     * @param failure      the message of a request-level refusal (decision 32), or null
     */
    public record Resolution(@Nullable Actor actor, @Nullable String renewedToken, @Nullable String failure) {
    }

    private final Wiki wiki;

    public CallerResolver(Wiki wiki) {
        this.wiki = wiki;
    }

    /** Resolves the caller of a request. */
    public Resolution resolve(GraphQLRequest request) {
        String token = request.token();
        if (token != null && !token.isBlank()) {
            try {
                var resolved = wiki.auth().resolve(token);
                return new Resolution(resolved.actor(), resolved.renewedToken(), null);
            } catch (RequestRejectedException rejected) {
                return new Resolution(null, null, rejected.getMessage());
            }
        }
        if (request.actor() != null) {
            return new Resolution(request.actor(), null, null);
        }
        return new Resolution(wiki.auth().guest(), null, null);
    }
}
