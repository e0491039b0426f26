package io.wikiengine.core.group;

import io.wikiengine.core.user.UserMinimal;
import java.util.List;
import java.util.Objects;

/**
 * A group with its members (schema type {@code Group}).
 *
 * @param group the group
 * @param users its members, in id order
 */
public record GroupDetail(Group group, List<UserMinimal> users) {

    public GroupDetail {
        Objects.requireNonNull(group, "group");
        users = List.copyOf(users);
    }
}
