package io.wikiengine.core.auth;

import io.wikiengine.core.access.Actor;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who a request acts as, resolved from its token (spec ), and the renewed token to send back.
 *
 * @param actor        the caller, or null when the token's user may no longer act (deleted or deactivated
 *                     during a renewal, R-5.1.6): every {@code @auth} field then fails with {@code Unauthorized}
 * @param renewedToken a fresh user JWT for the {@code new-jwt} header (or the {@code jwt} cookie), or null when
 *                     the token was used as it stands
 */
public record Resolution(@Nullable Actor actor, @Nullable String renewedToken) {

    /** The caller, when there is one. */
    public Optional<Actor> caller() {
        return Optional.ofNullable(actor);
    }

    /** The renewed token, when one was issued. */
    public Optional<String> renewed() {
        return Optional.ofNullable(renewedToken);
    }

    /** Whether the request has no actor at all (not even the guest). */
    public boolean refused() {
        return actor == null;
    }
}
