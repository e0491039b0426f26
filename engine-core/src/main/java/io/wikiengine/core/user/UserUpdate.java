package io.wikiengine.core.user;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The arguments of {@code users.update} (spec ): a null field leaves the user's value as it is, and so
 * does an empty {@code email}, {@code name}, {@code newPassword}, {@code location}, {@code jobTitle} or
 * {@code timezone}.
 *
 * @param id          the user to change
 * @param email       a new email (stored lower-case), or null
 * @param name        a new display name (stored trimmed), or null
 * @param newPassword a new password of at least 6 characters, or null
 * @param groups      the user's groups from now on, or null to keep them
 * @param location    a new location (stored trimmed), or null
 * @param jobTitle    a new job title (stored trimmed), or null
 * @param timezone    a new IANA zone id, or null
 * @param dateFormat  a new date format ({@code ""} allowed), or null
 * @param appearance  a new appearance ({@code ""} allowed), or null
 */
public record UserUpdate(int id, @Nullable String email, @Nullable String name, @Nullable String newPassword,
                         @Nullable List<Integer> groups, @Nullable String location, @Nullable String jobTitle,
                         @Nullable String timezone, @Nullable String dateFormat, @Nullable String appearance) {

    public UserUpdate {
        groups = groups == null ? null : List.copyOf(groups);
    }

    /** An update of this user that changes nothing yet. */
    public static UserUpdate of(int id) {
        return new UserUpdate(id, null, null, null, null, null, null, null, null, null);
    }

    /** A copy that sets the email. */
    public UserUpdate withEmail(@Nullable String value) {
        return new UserUpdate(id, value, name, newPassword, groups, location, jobTitle, timezone, dateFormat,
                appearance);
    }

    /** A copy that sets the name. */
    public UserUpdate withName(@Nullable String value) {
        return new UserUpdate(id, email, value, newPassword, groups, location, jobTitle, timezone, dateFormat,
                appearance);
    }

    /** A copy that sets the password. */
    public UserUpdate withNewPassword(@Nullable String value) {
        return new UserUpdate(id, email, name, value, groups, location, jobTitle, timezone, dateFormat, appearance);
    }

    /** A copy that replaces the groups. */
    public UserUpdate withGroups(@Nullable List<Integer> value) {
        return new UserUpdate(id, email, name, newPassword, value, location, jobTitle, timezone, dateFormat,
                appearance);
    }

    /** A copy that sets location and job title. */
    public UserUpdate withLocationAndJobTitle(@Nullable String newLocation, @Nullable String newJobTitle) {
        return new UserUpdate(id, email, name, newPassword, groups, newLocation, newJobTitle, timezone, dateFormat,
                appearance);
    }

    /** A copy that sets timezone, date format and appearance. */
    public UserUpdate withDisplay(@Nullable String newTimezone, @Nullable String newDateFormat,
                                  @Nullable String newAppearance) {
        return new UserUpdate(id, email, name, newPassword, groups, location, jobTitle, newTimezone, newDateFormat,
                newAppearance);
    }
}
