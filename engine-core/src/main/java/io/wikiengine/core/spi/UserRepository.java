package io.wikiengine.core.spi;

import io.wikiengine.core.user.User;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Users and their group memberships. */
public interface UserRepository {

    /**
     * Stores a new user; its {@code id} is ignored and the stored user, with its id, is returned.
     *
     * @throws DuplicateKeyException with {@link UniqueKey#USER_EMAIL} if the provider already has that email
     */
    User insert(User user);

    /** The user with this id. */
    Optional<User> byId(int id);

    /** The users with these ids, by id; unknown ids are absent from the map. */
    Map<Integer, User> byIds(Collection<Integer> ids);

    /** The user of this provider with this (already lower-cased) email. */
    Optional<User> byEmail(String providerKey, String email);

    /** Every user, in id order. */
    List<User> all();

    /**
     * Replaces the stored user of the same id; returns whether it existed.
     *
     * @throws DuplicateKeyException with {@link UniqueKey#USER_EMAIL} if the email is taken in the provider
     */
    boolean update(User user);

    /** Deletes the user and their memberships; returns whether it existed. */
    boolean delete(int id);

    /** The ids of the user's groups, in id order. */
    List<Integer> groupIds(int userId);

    /** The group ids of each of these users. */
    Map<Integer, List<Integer>> groupIds(Collection<Integer> userIds);

    /** Makes the user's groups exactly these (unknown group ids are refused by the store). */
    void setGroups(int userId, Collection<Integer> groupIds);

    /** Adds the user to the group; does nothing when already a member. */
    void addToGroup(int userId, int groupId);

    /** Removes the user from the group; does nothing when not a member. */
    void removeFromGroup(int userId, int groupId);

    /** The ids of the group's members, in id order. */
    List<Integer> memberIds(int groupId);

    /**
     * At most {@code limit} users, in id order, whose email or name contains the text, ignoring case; the
     * text is matched literally ({@code %} and {@code _} are no wildcards).
     */
    List<User> search(String text, int limit);

    /** At most {@code limit} users that have a last login, the most recent first (ties by id). */
    List<User> lastLogins(int limit);

    /** The number of users. */
    int count();

    /**
     * Attributes everything the user wrote to another user (spec step 3): the author and creator of
     * pages, the author of page versions, of assets and of comments.
     *
     * @throws ReferenceException if {@code toUserId} does not exist
     */
    void reassignContent(int fromUserId, int toUserId);
}
