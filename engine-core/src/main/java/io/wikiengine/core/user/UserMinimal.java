package io.wikiengine.core.user;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A user as lists show it (schema type {@code UserMinimal}): no secrets, no profile, no groups.
 *
 * @param id          the user id
 * @param email       lower-case
 * @param name        the display name
 * @param providerKey the authentication strategy
 * @param isSystem    whether setup created the user as a system account
 * @param isActive    whether the user may sign in
 * @param createdAt   when the user was created
 * @param lastLoginAt when a token was last issued to the user, or null
 */
public record UserMinimal(int id, String email, String name, String providerKey, boolean isSystem,
                          boolean isActive, Instant createdAt, @Nullable Instant lastLoginAt) {

    public UserMinimal {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(providerKey, "providerKey");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The list view of a stored user. */
    public static UserMinimal of(User user) {
        return new UserMinimal(user.id(), user.email(), user.name(), user.providerKey(), user.isSystem(),
                user.isActive(), user.createdAt(), user.lastLoginAt());
    }
}
