package io.wikiengine.core.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * An API key as stored (spec ): the signed key itself is kept so that the list can show its tail.
 *
 * @param id         the key id, the {@code api} claim of the key; 0 for a key not stored yet
 * @param name       the name the administrator gave, not unique
 * @param key        the signed key (a JWT), or {@code ""} while it is being created
 * @param expiration when the key stops being valid
 * @param isRevoked  whether the key was revoked
 * @param createdAt  when the key was created
 * @param updatedAt  when the key was last changed
 */
public record StoredApiKey(int id, String name, String key, Instant expiration, boolean isRevoked, Instant createdAt,
                           Instant updatedAt) {

    public StoredApiKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(expiration, "expiration");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A copy with this id. */
    public StoredApiKey withId(int newId) {
        return new StoredApiKey(newId, name, key, expiration, isRevoked, createdAt, updatedAt);
    }

    /** A copy holding the signed key, valid from now on. */
    public StoredApiKey withKey(String signed, Instant at) {
        return new StoredApiKey(id, name, signed, expiration, false, createdAt, at);
    }

    /** Whether the key is usable at this time: not revoked and not expired. */
    public boolean isValidAt(Instant now) {
        return !isRevoked && expiration.isAfter(now);
    }
}
