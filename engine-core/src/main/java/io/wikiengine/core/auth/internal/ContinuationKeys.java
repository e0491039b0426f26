package io.wikiengine.core.auth.internal;

import io.wikiengine.core.spi.StorageSession;
import io.wikiengine.core.spi.UserKey;
import java.time.Instant;
import java.util.Optional;

/** Continuation keys (spec) on the user-key store: random URL-safe tokens, valid 24 hours, one use. */
public final class ContinuationKeys {

    private ContinuationKeys() {
    }

    /** Stores a new key of this kind for the user and returns its token. */
    public static String create(StorageSession session, UserKey.Kind kind, int userId, Instant now) {
        UserKey key = UserKey.issue(kind, userId, now);
        session.userKeys().insert(key);
        return key.token();
    }

    /**
     * Takes the key: deletes it first, then returns it when it has not expired. Of two requests racing
     * with one key only one gets it.
     */
    public static Optional<UserKey> take(StorageSession session, UserKey.Kind kind, String token, Instant now) {
        Optional<UserKey> key = session.userKeys().find(kind, token);
        if (key.isEmpty() || !session.userKeys().delete(kind, token)) {
            return Optional.empty();
        }
        return key.filter(k -> !k.isExpiredAt(now));
    }

    /** Puts a taken key back, unchanged (a mistyped security code does not burn it, decision 22). */
    public static void restore(StorageSession session, UserKey key) {
        session.userKeys().insert(key);
    }
}
