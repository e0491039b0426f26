package io.wikiengine.core.auth;

import java.util.Objects;

/**
 * The arguments of {@code users.updateProfile} (spec ). Empty name, location, job title and timezone
 * leave the stored value as it is.
 *
 * @param name       the display name; trimmed
 * @param location   free text; trimmed
 * @param jobTitle   free text; trimmed
 * @param timezone   an IANA zone id, not validated (as in Wiki.js)
 * @param dateFormat one of {@code ""}, {@code DD/MM/YYYY}, {@code DD.MM.YYYY}, {@code MM/DD/YYYY},
 *                   {@code YYYY-MM-DD}, {@code YYYY/MM/DD}
 * @param appearance one of {@code ""}, {@code light}, {@code dark}
 */
public record ProfileUpdate(String name, String location, String jobTitle, String timezone, String dateFormat,
                            String appearance) {

    public ProfileUpdate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(jobTitle, "jobTitle");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(dateFormat, "dateFormat");
        Objects.requireNonNull(appearance, "appearance");
    }
}
