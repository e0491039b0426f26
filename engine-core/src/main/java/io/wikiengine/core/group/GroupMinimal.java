package io.wikiengine.core.group;

import java.time.Instant;
import java.util.Objects;

/**
 * A group as lists show it (schema type {@code GroupMinimal}).
 *
 * @param id        the group id
 * @param name      the display name
 * @param isSystem  whether setup created the group
 * @param userCount the number of members
 * @param createdAt when the group was created
 * @param updatedAt when the group was last changed
 */
public record GroupMinimal(int id, String name, boolean isSystem, int userCount, Instant createdAt,
                           Instant updatedAt) {

    public GroupMinimal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (userCount < 0) {
            throw new IllegalArgumentException("userCount must not be negative: " + userCount);
        }
    }

    /** The list view of a group with this many members. */
    public static GroupMinimal of(Group group, int userCount) {
        return new GroupMinimal(group.id(), group.name(), group.isSystem(), userCount, group.createdAt(),
                group.updatedAt());
    }
}
