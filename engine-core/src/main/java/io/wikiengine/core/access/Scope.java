package io.wikiengine.core.access;

import java.util.Optional;

/**
 * The 22 permission scopes of Wiki.js (spec ), with their wire names.
 *
 * <p>Group permissions and page-rule roles are stored as free strings: an unknown string is kept
 * and simply never matches. This enum names the strings that do mean something.
 */
public enum Scope {
    READ_PAGES("read:pages", true),
    WRITE_PAGES("write:pages", true),
    MANAGE_PAGES("manage:pages", true),
    DELETE_PAGES("delete:pages", true),
    WRITE_STYLES("write:styles", true),
    WRITE_SCRIPTS("write:scripts", true),
    READ_SOURCE("read:source", true),
    READ_HISTORY("read:history", true),
    READ_ASSETS("read:assets", true),
    WRITE_ASSETS("write:assets", true),
    MANAGE_ASSETS("manage:assets", true),
    READ_COMMENTS("read:comments", true),
    WRITE_COMMENTS("write:comments", true),
    MANAGE_COMMENTS("manage:comments", true),
    WRITE_USERS("write:users", false),
    MANAGE_USERS("manage:users", false),
    WRITE_GROUPS("write:groups", false),
    MANAGE_GROUPS("manage:groups", false),
    MANAGE_NAVIGATION("manage:navigation", false),
    MANAGE_THEME("manage:theme", false),
    MANAGE_API("manage:api", false),
    MANAGE_SYSTEM("manage:system", false);

    private final String wire;
    private final boolean content;

    Scope(String wire, boolean content) {
        this.wire = wire;
        this.content = content;
    }

    /** The scope as Wiki.js writes it, for example {@code read:pages}. */
    public String wire() {
        return wire;
    }

    /** Whether page rules can narrow this scope (a content scope), rather than an administrative one. */
    public boolean isContentScope() {
        return content;
    }

    /** The scope with this wire name, or empty for a string that names none. */
    public static Optional<Scope> ofWire(String wire) {
        for (Scope scope : values()) {
            if (scope.wire.equals(wire)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return wire;
    }
}
