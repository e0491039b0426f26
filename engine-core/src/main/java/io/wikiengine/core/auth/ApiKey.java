package io.wikiengine.core.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * An API key as the administration lists it (schema type {@code AuthenticationApiKey}, spec ); the key
 * itself is never shown again after creation.
 *
 * @param id         the key id
 * @param name       the name given at creation
 * @param keyShort   {@code "..."} and the last 20 characters of the key
 * @param expiration when the key stops working
 * @param createdAt  when it was created
 * @param updatedAt  when it was last changed (revoked)
 * @param isRevoked  whether it was revoked
 */
public record ApiKey(int id, String name, String keyShort, Instant expiration, Instant createdAt, Instant updatedAt,
                     boolean isRevoked) {

    public ApiKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keyShort, "keyShort");
        Objects.requireNonNull(expiration, "expiration");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
