package io.wikiengine.core.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * A continuation key (spec ): a random token that lets a user take the next step of a flow.
 *
 * @param kind      {@code tfa}, {@code tfaSetup}, {@code changePwd}, {@code resetPwd} or {@code verify}
 * @param token     the random token handed to the user
 * @param userId    whose key it is
 * @param expiresAt when it stops working
 */
public record UserKey(String kind, String token, int userId, Instant expiresAt) {

    public UserKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
