package io.wikiengine.core.spi;

import java.time.Instant;
import java.util.Optional;

/** Continuation keys of users (spec ); they go with their user. */
public interface UserKeyRepository {

    /** Stores a key. */
    void insert(String kind, String token, int userId, Instant expiresAt);

    /** Deletes the key of this kind and token and returns it, whether or not it has expired. */
    Optional<UserKey> take(String kind, String token);

    /** Deletes keys that expired before this time; returns how many. */
    int purge(Instant before);
}
