package io.wikiengine.core.access.internal;

import io.wikiengine.core.access.Scope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Maps the 22 known scopes to bits, so that "do these roles share a scope with the request" is one AND.
 *
 * <p>Permissions are free strings: a role or a requested scope outside the 22 is kept as a string
 * and compared by equality, so an unknown string still intersects with itself exactly as in Wiki.js.
 */
public final class ScopeBits {

    /** Set in a mask returned by {@link #maskOf(Collection)} when some entry is not one of the 22 scopes. */
    public static final int UNKNOWN_FLAG = 1 << 31;

    private static final Map<String, Integer> BITS = new HashMap<>();

    static {
        for (Scope scope : Scope.values()) {
            BITS.put(scope.wire(), scope.ordinal());
        }
    }

    private ScopeBits() {
    }

    /** The bit index of a known scope, or -1. */
    public static int bit(String scope) {
        Integer bit = BITS.get(scope);
        return bit == null ? -1 : bit;
    }

    /** The mask of a single scope string, with {@link #UNKNOWN_FLAG} when it is not one of the 22. */
    public static int maskOf(String scope) {
        int bit = bit(scope);
        return bit < 0 ? UNKNOWN_FLAG : 1 << bit;
    }

    /** The mask of these scope strings, with {@link #UNKNOWN_FLAG} when some entry is not one of the 22. */
    public static int maskOf(Collection<String> scopes) {
        int mask = 0;
        for (String scope : scopes) {
            mask |= maskOf(Objects.requireNonNull(scope, "scope"));
        }
        return mask;
    }

    /** The entries that are not one of the 22 scopes, or null when there are none. */
    public static String @Nullable [] unknownOf(Collection<String> scopes) {
        List<String> unknown = new ArrayList<>();
        for (String scope : scopes) {
            if (bit(scope) < 0) {
                unknown.add(scope);
            }
        }
        return unknown.isEmpty() ? null : unknown.toArray(new String[0]);
    }
}
