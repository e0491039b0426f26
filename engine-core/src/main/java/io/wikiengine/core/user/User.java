package io.wikiengine.core.user;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stored user (spec ). Emails are always lower-case (decision 20).
 *
 * @param id            the user id; 1 is the administrator, 2 the guest; 0 for a user not stored yet
 * @param email         lower-case; unique per provider
 * @param name          the display name
 * @param providerKey   the authentication strategy, {@code local} for the built-in one
 * @param providerId    the id at an external provider, or null
 * @param passwordHash  the bcrypt hash, {@code ""} when the user has no password (the guest)
 * @param tfaIsActive   whether two-factor login is on (with no secret: it must be set up at next login)
 * @param tfaSecret     the base32 TOTP secret, or null
 * @param jobTitle      free text, {@code ""} by default
 * @param location      free text, {@code ""} by default
 * @param pictureUrl    the avatar URL, or null
 * @param timezone      an IANA zone id, {@code America/New_York} by default
 * @param localeCode    {@code en} by default
 * @param defaultEditor {@code markdown} by default
 * @param dateFormat    {@code ""} by default
 * @param appearance    {@code ""}, {@code light} or {@code dark}
 * @param isSystem      whether setup created the user as a system account (the guest)
 * @param isActive      whether the user may sign in
 * @param isVerified    whether the email address was verified
 * @param mustChangePwd whether the next login must change the password first
 * @param createdAt     when the user was created
 * @param updatedAt     when the user was last changed
 * @param lastLoginAt   when a token was last issued to the user, or null before the first one
 */
public record User(int id, String email, String name, String providerKey, @Nullable String providerId,
                   String passwordHash, boolean tfaIsActive, @Nullable String tfaSecret, String jobTitle,
                   String location, @Nullable String pictureUrl, String timezone, String localeCode,
                   String defaultEditor, String dateFormat, String appearance, boolean isSystem,
                   boolean isActive, boolean isVerified, boolean mustChangePwd, Instant createdAt,
                   Instant updatedAt, @Nullable Instant lastLoginAt) {

    /** The provider key of the built-in database strategy. */
    public static final String LOCAL_PROVIDER = "local";

    public User {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(providerKey, "providerKey");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(jobTitle, "jobTitle");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(localeCode, "localeCode");
        Objects.requireNonNull(defaultEditor, "defaultEditor");
        Objects.requireNonNull(dateFormat, "dateFormat");
        Objects.requireNonNull(appearance, "appearance");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * A new local user with the column defaults of spec, not stored yet (id 0).
     *
     * @param email        the email; lower-cased here
     * @param name         the display name
     * @param passwordHash the bcrypt hash, or {@code ""}
     * @param now          the creation time
     */
    public static User newLocal(String email, String name, String passwordHash, Instant now) {
        return new User(0, email.toLowerCase(java.util.Locale.ROOT), name, LOCAL_PROVIDER, null, passwordHash, false,
                null, "", "", null, "America/New_York", "en", "markdown", "", "", false, true, true, false, now, now,
                null);
    }

    /** A copy with this id. */
    public User withId(int newId) {
        return new User(newId, email, name, providerKey, providerId, passwordHash, tfaIsActive, tfaSecret, jobTitle,
                location, pictureUrl, timezone, localeCode, defaultEditor, dateFormat, appearance, isSystem, isActive,
                isVerified, mustChangePwd, createdAt, updatedAt, lastLoginAt);
    }

    /** A copy with these flags. */
    public User withFlags(boolean system, boolean active, boolean verified) {
        return new User(id, email, name, providerKey, providerId, passwordHash, tfaIsActive, tfaSecret, jobTitle,
                location, pictureUrl, timezone, localeCode, defaultEditor, dateFormat, appearance, system, active,
                verified, mustChangePwd, createdAt, updatedAt, lastLoginAt);
    }
}
