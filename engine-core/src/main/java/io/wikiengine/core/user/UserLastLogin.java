package io.wikiengine.core.user;

import java.time.Instant;
import java.util.Objects;

/**
 * A recent sign-in (schema type {@code UserLastLogin}).
 *
 * @param id          the user id
 * @param name        the display name
 * @param lastLoginAt when a token was last issued to the user
 */
public record UserLastLogin(int id, String name, Instant lastLoginAt) {

    public UserLastLogin {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(lastLoginAt, "lastLoginAt");
    }
}
