package io.wikiengine.core.user;

import io.wikiengine.core.group.Group;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A user with everything an administrator may see (schema type {@code User}): the stored fields except the
 * password hash and the TOTP secret, and the user's groups in full.
 *
 * <p>{@code providerName} and {@code providerIs2FACapable} of the schema describe the strategy named by
 * {@code providerKey} and come from the authentication strategies, not from the user.
 *
 * @param id            the user id
 * @param email         lower-case
 * @param name          the display name
 * @param providerKey   the authentication strategy
 * @param providerId    the id at an external provider, or null
 * @param isSystem      whether setup created the user as a system account
 * @param isActive      whether the user may sign in
 * @param isVerified    whether the email address was verified
 * @param mustChangePwd whether the next login must change the password first
 * @param tfaIsActive   whether two-factor login is on
 * @param location      free text
 * @param jobTitle      free text
 * @param pictureUrl    the avatar URL, or null
 * @param timezone      an IANA zone id
 * @param localeCode    the user's locale
 * @param defaultEditor the user's editor
 * @param dateFormat    the date format, {@code ""} for the locale's
 * @param appearance    {@code ""}, {@code light} or {@code dark}
 * @param createdAt     when the user was created
 * @param updatedAt     when the user was last changed
 * @param lastLoginAt   when a token was last issued to the user, or null
 * @param groups        the user's groups, in id order
 * @param providerName         the display name of the user's strategy ({@code Unknown} for one not configured)
 * @param providerIs2FACapable whether the strategy signs in with the form, so can do two-factor login
 */
public record UserDetail(int id, String email, String name, String providerKey, @Nullable String providerId,
                         boolean isSystem, boolean isActive, boolean isVerified, boolean mustChangePwd,
                         boolean tfaIsActive, String location, String jobTitle, @Nullable String pictureUrl,
                         String timezone, String localeCode, String defaultEditor, String dateFormat,
                         String appearance, Instant createdAt, Instant updatedAt, @Nullable Instant lastLoginAt,
                         List<Group> groups, @Nullable String providerName, boolean providerIs2FACapable) {

    public UserDetail {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(providerKey, "providerKey");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(jobTitle, "jobTitle");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(localeCode, "localeCode");
        Objects.requireNonNull(defaultEditor, "defaultEditor");
        Objects.requireNonNull(dateFormat, "dateFormat");
        Objects.requireNonNull(appearance, "appearance");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        groups = List.copyOf(groups);
    }

    /** The administrator's view of a stored user with these groups. */
    public static UserDetail of(User user, List<Group> groups, @Nullable String providerName,
                                boolean providerIs2FACapable) {
        return new UserDetail(user.id(), user.email(), user.name(), user.providerKey(), user.providerId(),
                user.isSystem(), user.isActive(), user.isVerified(), user.mustChangePwd(), user.tfaIsActive(),
                user.location(), user.jobTitle(), user.pictureUrl(), user.timezone(), user.localeCode(),
                user.defaultEditor(), user.dateFormat(), user.appearance(), user.createdAt(), user.updatedAt(),
                user.lastLoginAt(), groups, providerName, providerIs2FACapable);
    }
}
