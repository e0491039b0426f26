package io.wikiengine.core.spi;

import io.wikiengine.core.group.Group;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Groups with their permissions and page rules, in stored order. */
public interface GroupRepository {

    /** Stores a new group; its {@code id} is ignored and the stored group, with its id, is returned. */
    Group insert(Group group);

    /** The group with this id. */
    Optional<Group> byId(int id);

    /** The groups with these ids, in id order; unknown ids are skipped. */
    List<Group> byIds(java.util.Collection<Integer> ids);

    /** Every group, in id order. */
    List<Group> all();

    /** Replaces the stored group of the same id; returns whether it existed. */
    boolean update(Group group);

    /** Deletes the group and its memberships; returns whether it existed. */
    boolean delete(int id);

    /** The number of members of each group that has any. */
    Map<Integer, Integer> memberCounts();

    /** The number of groups. */
    int count();
}
