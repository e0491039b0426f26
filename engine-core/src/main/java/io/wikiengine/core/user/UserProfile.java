package io.wikiengine.core.user;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a signed-in user sees of themselves (schema type {@code UserProfile}, spec ).
 *
 *
 * @param id          the user id
 * @param email       lower-case
 * @param name        the display name
 * @param providerKey the authentication strategy
 * @param pictureUrl  the avatar URL, or null
 * @param isSystem    whether setup created the user as a system account
 * @param isVerified  whether the email address was verified
 * @param location    free text
 * @param jobTitle    free text
 * @param timezone    an IANA zone id
 * @param dateFormat  the date format
 * @param appearance  {@code ""}, {@code light} or {@code dark}
 * @param createdAt   when the user was created
 * @param updatedAt   when the user was last changed
 * @param lastLoginAt the last login, or {@code updatedAt} for a user who never logged in
 * @param groups       the names of the user's groups, in group id order
 * @param providerName the display name of the user's strategy ({@code Unknown} for one that is not configured)
 * @param pagesTotal   how many pages the user created
 */
public record UserProfile(int id, String email, String name, String providerKey, @Nullable String pictureUrl,
                          boolean isSystem, boolean isVerified, String location, String jobTitle, String timezone,
                          String dateFormat, String appearance, Instant createdAt, Instant updatedAt,
                          Instant lastLoginAt, List<String> groups, String providerName, int pagesTotal) {

    public UserProfile {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(providerKey, "providerKey");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(jobTitle, "jobTitle");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(dateFormat, "dateFormat");
        Objects.requireNonNull(appearance, "appearance");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(lastLoginAt, "lastLoginAt");
        Objects.requireNonNull(providerName, "providerName");
        groups = List.copyOf(groups);
    }

    /**
     * The profile of a stored user.
     *
     * @param groupNames   the names of the user's groups
     * @param providerName the display name of the user's strategy, or {@code Unknown}
     * @param pagesTotal   how many pages the user created
     */
    public static UserProfile of(User user, List<String> groupNames, String providerName, int pagesTotal) {
        Instant lastLogin = user.lastLoginAt() == null ? user.updatedAt() : user.lastLoginAt();
        return new UserProfile(user.id(), user.email(), user.name(), user.providerKey(), user.pictureUrl(),
                user.isSystem(), user.isVerified(), user.location(), user.jobTitle(), user.timezone(),
                user.dateFormat(), user.appearance(), user.createdAt(), user.updatedAt(), lastLogin, groupNames,
                providerName, pagesTotal);
    }
}
