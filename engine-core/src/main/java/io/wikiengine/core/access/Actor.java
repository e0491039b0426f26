package io.wikiengine.core.access;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling: every service method takes one first.
 *
 * <p>{@code permissions} are the actor's global permissions (spec ): for a user those of the token,
 * for the guest the current ones of its groups, for an API key the current ones of the key's group.
 * {@code groups} are the group ids whose page rules apply, in order. Page rules are always read from the
 * current groups, never from the actor.
 *
 * @param kind        what sort of caller this is
 * @param id          the user id (1 for an API key, as Wiki.js attributes key writes to the administrator;
 *                    2 for the guest; 0 for the system)
 * @param email       the user's email, {@code api@localhost} for a key
 * @param name        the user's display name
 * @param permissions the global permissions, de-duplicated
 * @param groups      the group ids, de-duplicated, in order
 * @param apiKeyId    the key's id for {@link Kind#API_KEY}, else 0
 */
public record Actor(Kind kind, int id, String email, String name, Set<String> permissions, List<Integer> groups,
                    int apiKeyId) {

    /** The id of the administrator created at setup. */
    public static final int ADMIN_ID = 1;
    /** The id of the guest user. */
    public static final int GUEST_ID = 2;

    private static final Actor SYSTEM = new Actor(Kind.SYSTEM, 0, "system@localhost", "System",
            Set.of(Scope.MANAGE_SYSTEM.wire()), List.of(), 0);

    /** The sorts of caller. */
    public enum Kind {
        /** A signed-in user, resolved from a user JWT or built by the host. */
        USER,
        /** An API key: acts for user 1 with the permissions of the key's group. */
        API_KEY,
        /** Nobody signed in: user 2 with the permissions of its groups. */
        GUEST,
        /** The host itself (imports, maintenance): allowed everything, attributed to user 1. */
        SYSTEM
    }

    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        permissions = Set.copyOf(new LinkedHashSet<>(permissions));
        groups = List.copyOf(new LinkedHashSet<>(groups));
    }

    /** A signed-in user with these global permissions and groups. */
    public static Actor user(int id, String email, String name, Set<String> permissions, List<Integer> groups) {
        if (id < 1) {
            throw new IllegalArgumentException("user id must be positive: " + id);
        }
        return new Actor(Kind.USER, id, email, name, permissions, groups, 0);
    }

    /** The guest with the current permissions of its groups. */
    public static Actor guest(Set<String> permissions, List<Integer> groups) {
        return new Actor(Kind.GUEST, GUEST_ID, "guest@example.com", "Guest", permissions, groups, 0);
    }

    /** An API key acting with the current permissions of its group (none when it has no group). */
    public static Actor apiKey(int keyId, Set<String> permissions, List<Integer> groups) {
        return new Actor(Kind.API_KEY, ADMIN_ID, "api@localhost", "API", permissions, groups, keyId);
    }

    /** The host itself: passes every check. */
    public static Actor system() {
        return SYSTEM;
    }

    /** Whether this is the guest. */
    public boolean isGuest() {
        return kind == Kind.GUEST;
    }

    /** Whether this is the host itself. */
    public boolean isSystem() {
        return kind == Kind.SYSTEM;
    }

    /** Whether this is an API key. */
    public boolean isApiKey() {
        return kind == Kind.API_KEY;
    }

    /** The user id that content written by this actor is attributed to. */
    public int authorId() {
        return kind == Kind.SYSTEM ? ADMIN_ID : id;
    }

    /** Whether the global permissions hold this one (exact string). */
    public boolean has(String permission) {
        return permissions.contains(permission);
    }

    /** Whether the global permissions hold this scope. */
    public boolean has(Scope scope) {
        return permissions.contains(scope.wire());
    }
}
