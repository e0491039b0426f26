package io.wikiengine.core.auth.internal;

import io.wikiengine.core.spi.StorageSession;
import io.wikiengine.core.spi.UserKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Continuation keys (spec ): random 21-character URL-safe tokens, valid 24 hours, one use. */
public final class ContinuationKeys {

    /** Kind of the key that waits for a security code. */
    public static final String TFA = "tfa";
    /** Kind of the key that waits for two-factor enrolment. */
    public static final String TFA_SETUP = "tfaSetup";
    /** Kind of the key that waits for a new password. */
    public static final String CHANGE_PWD = "changePwd";
    /** Kind of the key mailed for a password reset. */
    public static final String RESET_PWD = "resetPwd";
    /** Kind of the key mailed to verify an address. */
    public static final String VERIFY = "verify";
    /** How long a key is valid. */
    public static final Duration LIFETIME = Duration.ofHours(24);

    private static final String ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ContinuationKeys() {
    }

    /** Stores a new key of this kind for the user and returns its token. */
    public static String create(StorageSession session, String kind, int userId, Instant now) {
        String token = newToken();
        session.userKeys().insert(kind, token, userId, now.plus(LIFETIME));
        return token;
    }

    /** Takes the key (it is deleted first, R-5.3.5) and returns it when it has not expired. */
    public static Optional<UserKey> take(StorageSession session, String kind, String token, Instant now) {
        return session.userKeys().take(kind, token).filter(k -> k.expiresAt().isAfter(now));
    }

    /** Puts a taken key back, unchanged (a mistyped security code does not burn it, decision 22). */
    public static void restore(StorageSession session, UserKey key) {
        session.userKeys().insert(key.kind(), key.token(), key.userId(), key.expiresAt());
    }

    private static String newToken() {
        StringBuilder token = new StringBuilder(21);
        for (int i = 0; i < 21; i++) {
            token.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return token.toString();
    }
}
