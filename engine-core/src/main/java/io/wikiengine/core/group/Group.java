package io.wikiengine.core.group;

import io.wikiengine.core.access.PageRule;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A group of users with its global permissions and page rules (spec ).
 *
 * @param id              the group id; 1 is Administrators, 2 is Guests
 * @param name            the display name, not unique
 * @param permissions     the global permissions, free strings, in stored order
 * @param pageRules       the page rules, in stored order
 * @param isSystem        whether setup created the group
 * @param redirectOnLogin where a member lands after login, {@code /} by default
 * @param createdAt       when the group was created
 * @param updatedAt       when the group was last changed
 */
public record Group(int id, String name, List<String> permissions, List<PageRule> pageRules, boolean isSystem,
                    String redirectOnLogin, Instant createdAt, Instant updatedAt) {

    /** The id of the Administrators group. */
    public static final int ADMINISTRATORS = 1;
    /** The id of the Guests group. */
    public static final int GUESTS = 2;

    public Group {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(redirectOnLogin, "redirectOnLogin");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        permissions = List.copyOf(permissions);
        pageRules = List.copyOf(pageRules);
    }

    /** A copy with these permissions and rules. */
    public Group withAccess(List<String> newPermissions, List<PageRule> newRules) {
        return new Group(id, name, newPermissions, newRules, isSystem, redirectOnLogin, createdAt, updatedAt);
    }
}
