package io.wikiengine.core.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One-time user keys (spec ): login continuations, password resets, email verifications. A key
 * goes with its user: deleting the user deletes their keys.
 */
public interface UserKeyRepository {

    /**
     * Stores a new key.
     *
     * @throws DuplicateKeyException with {@link UniqueKey#OTHER} if the token is already stored
     * @throws ReferenceException    if the user does not exist
     */
    void insert(UserKey key);

    /** The key of this kind with this token, expired or not. */
    Optional<UserKey> find(UserKey.Kind kind, String token);

    /**
     * Deletes the key of this kind with this token; returns whether it existed. Of two transactions
     * consuming one key, only one sees {@code true}.
     */
    boolean delete(UserKey.Kind kind, String token);

    /** The user's keys, oldest first. */
    List<UserKey> byUser(int userId);

    /** Deletes every key of the user; returns how many there were. */
    int deleteByUser(int userId);

    /** Deletes the keys that expired at or before this instant; returns how many there were. */
    int purgeExpired(Instant now);
}
