package io.wikiengine.core.auth.internal;

import io.wikiengine.core.user.User;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Copies of a user with the fields authentication changes. */
public final class UserEdits {

    private UserEdits() {
    }

    /** A token was issued now (spec ): only {@code lastLoginAt} moves, not {@code updatedAt}. */
    public static User loggedIn(User u, Instant now) {
        return new User(u.id(), u.email(), u.name(), u.providerKey(), u.providerId(), u.passwordHash(),
                u.tfaIsActive(), u.tfaSecret(), u.jobTitle(), u.location(), u.pictureUrl(), u.timezone(),
                u.localeCode(), u.defaultEditor(), u.dateFormat(), u.appearance(), u.isSystem(), u.isActive(),
                u.isVerified(), u.mustChangePwd(), u.createdAt(), u.updatedAt(), now);
    }

    /** A new password hash, with the must-change flag cleared. */
    public static User password(User u, String hash, Instant now) {
        return new User(u.id(), u.email(), u.name(), u.providerKey(), u.providerId(), hash, u.tfaIsActive(),
                u.tfaSecret(), u.jobTitle(), u.location(), u.pictureUrl(), u.timezone(), u.localeCode(),
                u.defaultEditor(), u.dateFormat(), u.appearance(), u.isSystem(), u.isActive(), u.isVerified(), false,
                u.createdAt(), now, u.lastLoginAt());
    }

    /** A two-factor state. */
    public static User tfa(User u, boolean active, @Nullable String secret, Instant now) {
        return new User(u.id(), u.email(), u.name(), u.providerKey(), u.providerId(), u.passwordHash(), active,
                secret, u.jobTitle(), u.location(), u.pictureUrl(), u.timezone(), u.localeCode(), u.defaultEditor(),
                u.dateFormat(), u.appearance(), u.isSystem(), u.isActive(), u.isVerified(), u.mustChangePwd(),
                u.createdAt(), now, u.lastLoginAt());
    }

    /** A new profile. */
    public static User profile(User u, String name, String location, String jobTitle, String timezone,
                               String dateFormat, String appearance, Instant now) {
        return new User(u.id(), u.email(), name, u.providerKey(), u.providerId(), u.passwordHash(), u.tfaIsActive(),
                u.tfaSecret(), jobTitle, location, u.pictureUrl(), timezone, u.localeCode(), u.defaultEditor(),
                dateFormat, appearance, u.isSystem(), u.isActive(), u.isVerified(), u.mustChangePwd(), u.createdAt(),
                now, u.lastLoginAt());
    }

    /** A user registering themselves (spec ): active, not verified, no two-factor login. */
    public static User registered(String email, String name, String hash, Instant now) {
        User u = User.newLocal(email, name, hash, now);
        return new User(0, u.email(), name, u.providerKey(), null, hash, false, null, u.jobTitle(), u.location(),
                null, u.timezone(), "en", "markdown", u.dateFormat(), u.appearance(), false, true, false, false, now,
                now, null);
    }
}
