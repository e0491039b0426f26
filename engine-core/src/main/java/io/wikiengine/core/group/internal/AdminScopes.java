package io.wikiengine.core.group.internal;

import java.util.Collection;
import java.util.Set;

/**
 * The administrative permissions the group mutations guard (spec ), told apart by their suffix:
 * the text after the last {@code :}, or the whole string when it has none.
 */
public final class AdminScopes {

    private static final Set<String> ADMIN_SUFFIXES = Set.of("users", "groups", "navigation", "theme", "api", "system");

    private AdminScopes() {
    }

    /** The suffix of a permission: {@code system} for {@code manage:system}. */
    public static String suffix(String permission) {
        return permission.substring(permission.lastIndexOf(':') + 1);
    }

    /** Whether any permission has an administrative suffix ({@code users groups navigation theme api system}). */
    public static boolean anyAdministrative(Collection<String> permissions) {
        return permissions.stream().anyMatch(p -> ADMIN_SUFFIXES.contains(suffix(p)));
    }

    /** Whether any permission has the suffix {@code system}. */
    public static boolean anySystem(Collection<String> permissions) {
        return permissions.stream().anyMatch(p -> suffix(p).equals("system"));
    }
}
