package io.wikiengine.core.auth.internal;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * bcrypt hashing (spec ): {@code $2a$} hashes of the configured cost; verifies any stored cost.
 *
 * <p>bcrypt keys on at most 72 bytes. Like bcryptjs, which Wiki.js uses, a longer password (in UTF-8) is
 * hashed and verified by its first 72 bytes, so hashes stay interchangeable with Wiki.js in both directions.
 */
public final class Passwords {

    // The library's truncation keeps 72 bytes and drops the terminator as bcryptjs and OpenBSD do (checked
    // against libxcrypt in the tests); its default strategy refuses such passwords instead.
    private static final LongPasswordStrategy LONG = LongPasswordStrategies.truncate(BCrypt.Version.VERSION_2A);

    private final int cost;
    // A real hash of a random string at our cost, compared against when no user matches so that an unknown
    // email costs what a wrong password costs (no user enumeration by timing, R-5.3.2). Made on first use.
    private volatile @Nullable String dummyHash;

    public Passwords(int cost) {
        this.cost = cost;
    }

    /** A new hash of the password. */
    public String hash(String password) {
        return BCrypt.with(BCrypt.Version.VERSION_2A, LONG).hashToString(cost, password.toCharArray());
    }

    /** Whether the password matches the stored hash; false for an empty or malformed hash. */
    public boolean matches(String password, String storedHash) {
        if (storedHash.isEmpty()) {
            return false;
        }
        try {
            return BCrypt.verifyer(null, LONG).verify(password.getBytes(StandardCharsets.UTF_8),
                    storedHash.getBytes(StandardCharsets.UTF_8)).verified;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** Spends the time of one verification at the stored cost and returns nothing useful. */
    public void maskTiming(String password) {
        String dummy = dummyHash;
        if (dummy == null) {
            dummy = hash(java.util.UUID.randomUUID().toString());
            dummyHash = dummy;
        }
        matches(password, dummy);
    }

    /** Whether the value already has the shape of a bcrypt hash. */
    public static boolean looksLikeHash(String value) {
        return value.matches("^\\$2[aby]\\$\\d{2}\\$.{53}$");
    }
}
