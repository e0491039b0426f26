package io.wikiengine.core.group;

import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.PageRule;
import io.wikiengine.core.access.PageRules;
import io.wikiengine.core.access.PermissionEngine;
import io.wikiengine.core.access.RuleMatch;
import io.wikiengine.core.access.Scope;
import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.error.WikiException;
import io.wikiengine.core.group.internal.AdminScopes;
import io.wikiengine.core.internal.Inputs;
import io.wikiengine.core.internal.WikiContext;
import io.wikiengine.core.plugin.Topic;
import io.wikiengine.core.spi.StorageException;
import io.wikiengine.core.spi.StorageSession;
import io.wikiengine.core.spi.StorageWork;
import io.wikiengine.core.user.User;
import io.wikiengine.core.user.UserMinimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code groups} operations of the Wiki.js API (spec §8), as {@code wiki.groups()}.
 *
 * <p>Every method takes the calling {@link Actor} first and refuses one that lacks the scopes of the
 * operation's {@code @auth} list with a plain {@code Forbidden} error, as the GraphQL directive does. The
 * refusals of the mutations are plain errors (code 1) with Wiki.js's sentences, which the GraphQL adapter
 * reports as top-level errors. Every mutation runs in one transaction; a change to a group's permissions or
 * rules revokes the tokens that carry the group, and a change of membership those of the user, in the same
 * transaction (decision 16). After the commit, the permission engine holds the group as stored.
 * Failures of the store that are no condition of the spec become 7001, logged with their cause.
 */
public final class GroupService {

    private static final Logger LOG = LoggerFactory.getLogger(GroupService.class);

    static final String UNSAFE_REGEX = "Some Page Rules contains unsafe or exponential time regex.";
    static final String ADMIN_PERMISSIONS_REFUSED =
            "You are not authorized to manage this group or assign these administrative permissions.";
    static final String SYSTEM_PERMISSION_REFUSED =
            "You are not authorized to manage this group or assign the manage:system permissions.";
    static final String ADMINISTRATORS_KEEP_SYSTEM =
            "Cannot remove the manage:system permission from the Administrators group.";
    static final String DELETE_REFUSED = "Cannot delete this group.";
    static final String ASSIGN_GUEST = "Cannot assign the Guest user to a group.";
    static final String INVALID_GROUP = "Invalid Group ID";
    static final String INVALID_USER = "Invalid User ID";
    static final String ASSIGN_ADMIN_GROUP = "You are not authorized to assign a user to this administrative group.";
    static final String ASSIGN_SYSTEM_GROUP =
            "You are not authorized to assign a user to a group with the manage:system permission.";
    static final String ALREADY_ASSIGNED = "User is already assigned to group.";
    static final String UNASSIGN_GUEST = "Cannot unassign Guest user";
    static final String UNASSIGN_ADMIN = "Cannot unassign Administrator user from Administrators group.";
    static final String NAME_TOO_LONG = "Group name is too long (maximum is " + Inputs.SHORT + " characters).";
    static final String REDIRECT_TOO_LONG =
            "Redirect on login is too long (maximum is " + Inputs.REDIRECT + " characters).";
    static final String RULE_ID_TOO_LONG = "Page rule ID is too long (maximum is " + Inputs.SHORT + " characters).";

    private static final String MANAGE_SYSTEM = Scope.MANAGE_SYSTEM.wire();
    private static final String MANAGE_GROUPS = Scope.MANAGE_GROUPS.wire();
    private static final String WRITE_GROUPS = Scope.WRITE_GROUPS.wire();
    private static final String MANAGE_USERS = Scope.MANAGE_USERS.wire();
    private static final List<String> LIST_SCOPES = List.of(Scope.WRITE_USERS.wire(), MANAGE_USERS, WRITE_GROUPS,
            MANAGE_GROUPS, MANAGE_SYSTEM);
    private static final List<String> EDIT_SCOPES = List.of(WRITE_GROUPS, MANAGE_GROUPS, MANAGE_SYSTEM);
    private static final List<String> MEMBERSHIP_SCOPES = List.of(MANAGE_USERS, WRITE_GROUPS, MANAGE_GROUPS,
            MANAGE_SYSTEM);

    private final WikiContext context;

    /**
     * A service over the wiki's context; {@code Wiki} makes the one a host uses.
     *
     * @param context the wiki's shared context, whose permission engine this service keeps up to date
     */
    public GroupService(WikiContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /**
     * Every group with its number of members, in id order. Needs one of
     * {@code write:users manage:users write:groups manage:groups manage:system}.
     */
    public List<GroupMinimal> list(Actor actor) {
        require(actor, LIST_SCOPES);
        return read(session -> {
            Map<Integer, Integer> counts = session.groups().memberCounts();
            return session.groups().all().stream()
                    .map(g -> GroupMinimal.of(g, counts.getOrDefault(g.id(), 0)))
                    .toList();
        });
    }

    /**
     * The group with its members, or empty when no group has this id. Needs {@code write:groups},
     * {@code manage:groups} or {@code manage:system}.
     */
    public Optional<GroupDetail> single(Actor actor, int id) {
        require(actor, EDIT_SCOPES);
        return read(session -> session.groups().byId(id).map(group -> {
            Collection<User> members = session.users().byIds(session.users().memberIds(id)).values();
            return new GroupDetail(group, members.stream().map(UserMinimal::of).toList());
        }));
    }

    /**
     * Creates a group with the defaults of: the permissions {@code read:pages read:assets
     * read:comments write:comments}, one rule allowing them everywhere, not a system group, landing on
     * {@code /}. The name is neither checked nor made unique, only refused with a plain error when it is
     * longer than the store holds (255 characters). Needs {@code write:groups}, {@code manage:groups} or
     * {@code manage:system}.
     */
    public Group create(Actor actor, String name) {
        require(actor, EDIT_SCOPES);
        Objects.requireNonNull(name, "name");
        if (name.length() > Inputs.SHORT) {
            throw WikiException.plain(NAME_TOO_LONG);
        }
        Instant now = context.now();
        Group group = write("create a group", session -> session.groups().insert(new Group(0, name,
                PageRules.defaultGroupPermissions(), PageRules.defaultGroupRules(), false, "/", now, now)));
        context.changed(Topic.GROUPS);
        return group;
    }

    /**
     * Replaces a group's name, landing page, permissions and page rules and revokes the tokens that
     * carry the group. Needs {@code write:groups}, {@code manage:groups} or {@code manage:system}.
     *
     * <p>In order: every REGEX rule must pass {@link PageRules#isSafeRegex}; the name (255 characters),
     * {@code redirectOnLogin} (1024) and every rule id (255) must fit the store; an empty {@code redirectOnLogin}
     * becomes {@code /}; an actor with {@code write:groups} but neither {@code manage:groups} nor
     * {@code manage:system} may not hand out permissions ending in {@code users groups navigation theme api
     * system}, and one with {@code manage:groups} but not {@code manage:system} none ending in {@code system}.
     * Both limits apply to the permissions the group has now as well (decision 17), so a lesser actor cannot
     * rewrite a more privileged group, and group 1 keeps {@code manage:system} whoever asks.
     *
     * @return the group as stored, or empty when no group has this id (nothing changes, as in Wiki.js)
     * @throws WikiException code 1 with the spec's sentence for each refusal above
     */
    public Optional<Group> update(Actor actor, GroupUpdate input) {
        require(actor, EDIT_SCOPES);
        Objects.requireNonNull(input, "input");
        for (PageRule rule : input.pageRules()) {
            if (rule.match() == RuleMatch.REGEX && !PageRules.isSafeRegex(rule.path())) {
                throw WikiException.plain(UNSAFE_REGEX);
            }
        }
        fits(input);
        String redirect = input.redirectOnLogin().isEmpty() ? "/" : input.redirectOnLogin();
        Optional<Group> updated = write("update a group", session -> {
            mayGrant(actor, input.permissions());
            Optional<Group> current = session.groups().byId(input.id());
            if (current.isEmpty()) {
                return Optional.empty();
            }
            mayGrant(actor, current.get().permissions());
            if (input.id() == Group.ADMINISTRATORS && current.get().permissions().contains(MANAGE_SYSTEM)
                    && !input.permissions().contains(MANAGE_SYSTEM)) {
                throw WikiException.plain(ADMINISTRATORS_KEEP_SYSTEM);
            }
            Instant now = context.now();
            Group group = new Group(input.id(), input.name(), input.permissions(), input.pageRules(),
                    current.get().isSystem(), redirect, current.get().createdAt(), now);
            session.groups().update(group);
            session.revocations().revoke(groupSubject(group.id()), now);
            return Optional.of(group);
        });
        if (updated.isPresent()) {
            context.changed(Topic.GROUPS);
        }
        return updated;
    }

    /** What the store holds of a group (beyond Wiki.js, whose database refuses more with a generic error). */
    private static void fits(GroupUpdate input) {
        if (input.name().length() > Inputs.SHORT) {
            throw WikiException.plain(NAME_TOO_LONG);
        }
        if (input.redirectOnLogin().length() > Inputs.REDIRECT) {
            throw WikiException.plain(REDIRECT_TOO_LONG);
        }
        if (input.pageRules().stream().anyMatch(rule -> rule.id().length() > Inputs.SHORT)) {
            throw WikiException.plain(RULE_ID_TOO_LONG);
        }
    }

    /** The limits of steps 3 and 4 on a list of permissions. */
    private static void mayGrant(Actor actor, List<String> permissions) {
        boolean system = actor.has(MANAGE_SYSTEM);
        boolean manages = actor.has(MANAGE_GROUPS);
        if (actor.has(WRITE_GROUPS) && !manages && !system && AdminScopes.anyAdministrative(permissions)) {
            throw WikiException.plain(ADMIN_PERMISSIONS_REFUSED);
        }
        if (manages && !system && AdminScopes.anySystem(permissions)) {
            throw WikiException.plain(SYSTEM_PERMISSION_REFUSED);
        }
    }

    /**
     * Deletes a group, its members' memberships with it, and revokes the tokens that carry it. An
     * unknown id is no error. Needs {@code write:groups}, {@code manage:groups} or {@code manage:system}.
     *
     * @throws WikiException code 1 {@code Cannot delete this group.} for groups 1 and 2
     */
    public void delete(Actor actor, int id) {
        require(actor, EDIT_SCOPES);
        if (id == Group.ADMINISTRATORS || id == Group.GUESTS) {
            throw WikiException.plain(DELETE_REFUSED);
        }
        write("delete a group", session -> {
            session.groups().delete(id);
            session.revocations().revoke(groupSubject(id), context.now());
            return null;
        });
        context.changed(Topic.GROUPS);
    }

    /**
     * Makes the user a member of the group and revokes the user's tokens. Needs one of
     * {@code manage:users write:groups manage:groups manage:system}.
     *
     * @throws WikiException code 1, in this order: {@code Cannot assign the Guest user to a group.};
     *                       {@code Invalid Group ID}; {@code You are not authorized to assign a user to this
     *                       administrative group.} for an actor with {@code manage:users} or {@code write:groups}
     *                       but neither {@code manage:groups} nor {@code manage:system}, and a group with a
     *                       permission ending in {@code users groups navigation theme api system};
     *                       {@code You are not authorized to assign a user to a group with the manage:system
     *                       permission.} for an actor with {@code manage:groups} but not {@code manage:system};
     *                       {@code Invalid User ID}; {@code User is already assigned to group.}
     */
    public void assignUser(Actor actor, int groupId, int userId) {
        require(actor, MEMBERSHIP_SCOPES);
        if (userId == Actor.GUEST_ID) {
            throw WikiException.plain(ASSIGN_GUEST);
        }
        write("assign a user", session -> {
            Group group = session.groups().byId(groupId).orElseThrow(() -> WikiException.plain(INVALID_GROUP));
            boolean system = actor.has(MANAGE_SYSTEM);
            boolean manages = actor.has(MANAGE_GROUPS);
            if ((actor.has(MANAGE_USERS) || actor.has(WRITE_GROUPS)) && !manages && !system
                    && AdminScopes.anyAdministrative(group.permissions())) {
                throw WikiException.plain(ASSIGN_ADMIN_GROUP);
            }
            if (manages && !system && AdminScopes.anySystem(group.permissions())) {
                throw WikiException.plain(ASSIGN_SYSTEM_GROUP);
            }
            requireUser(session, userId);
            if (session.users().groupIds(userId).contains(groupId)) {
                throw WikiException.plain(ALREADY_ASSIGNED);
            }
            session.users().addToGroup(userId, groupId);
            session.revocations().revoke(userSubject(userId), context.now());
            return null;
        });
        context.changed(Topic.IDENTITIES);
    }

    /**
     * Ends the user's membership of the group, if any, and revokes the user's tokens. The system
     * users keep their system groups (decision 18). Needs one of
     * {@code manage:users write:groups manage:groups manage:system}.
     *
     * @throws WikiException code 1, in this order: {@code Cannot unassign Guest user};
     *                       {@code Cannot unassign Administrator user from Administrators group.};
     *                       {@code Invalid Group ID}; {@code Invalid User ID}
     */
    public void unassignUser(Actor actor, int groupId, int userId) {
        require(actor, MEMBERSHIP_SCOPES);
        if (userId == Actor.GUEST_ID) {
            throw WikiException.plain(UNASSIGN_GUEST);
        }
        if (userId == Actor.ADMIN_ID && groupId == Group.ADMINISTRATORS) {
            throw WikiException.plain(UNASSIGN_ADMIN);
        }
        write("unassign a user", session -> {
            session.groups().byId(groupId).orElseThrow(() -> WikiException.plain(INVALID_GROUP));
            requireUser(session, userId);
            session.users().removeFromGroup(userId, groupId);
            session.revocations().revoke(userSubject(userId), context.now());
            return null;
        });
        context.changed(Topic.IDENTITIES);
    }

    private static void requireUser(StorageSession session, int userId) {
        if (session.users().byId(userId).isEmpty()) {
            throw WikiException.plain(INVALID_USER);
        }
    }

    private PermissionEngine engine() {
        return context.permissions();
    }

    private void require(Actor actor, List<String> scopes) {
        Objects.requireNonNull(actor, "actor");
        if (!engine().hasAny(actor, scopes)) {
            throw WikiException.plain("Forbidden");
        }
    }

    private <T> T read(StorageWork<T> work) {
        return write("read groups", work);
    }

    private <T> T write(String what, StorageWork<T> work) {
        try {
            return context.storage().inTransaction(work);
        } catch (StorageException e) {
            LOG.error("The store failed to {}", what, e);
            throw WikiException.wrap(WikiError.SYSTEM_GENERIC_ERROR, e);
        }
    }

    /** The revocation subject of the tokens that carry a group. */
    static String groupSubject(int groupId) {
        return "g" + groupId;
    }

    /** The revocation subject of a user's tokens. */
    static String userSubject(int userId) {
        return "u" + userId;
    }
}
