package io.wikiengine.graphql.internal;

import io.wikiengine.core.access.Actor;
import org.jspecify.annotations.Nullable;

/**
 * Who makes the request, as the data fetchers see it (spec ): an actor, or none when a token
 * renewal failed — then every {@code @auth} field answers {@code Unauthorized}.
 *
 * @param actor     the actor, or null
 * @param clientKey the rate-limiting key of the caller
 */
public record Caller(@Nullable Actor actor, String clientKey) {
}
