package io.wikiengine.core.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** API keys (spec ). */
public interface ApiKeyRepository {

    /** Stores a new key; its {@code id} is ignored and the stored key, with its id, is returned. */
    StoredApiKey insert(StoredApiKey key);

    /** Replaces the stored key of the same id; returns whether it existed. */
    boolean update(StoredApiKey key);

    /** The key with this id. */
    Optional<StoredApiKey> byId(int id);

    /** Every key, ordered by revoked last, then name, then id (spec ). */
    List<StoredApiKey> all();

    /** Marks the key revoked at this time; returns whether it existed. */
    boolean revoke(int id, Instant at);
}
