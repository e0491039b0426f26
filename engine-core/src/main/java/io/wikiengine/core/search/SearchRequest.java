package io.wikiengine.core.search;

import io.wikiengine.core.spi.StorageSession;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A search (R-6.15.1, decision 13). An engine returns the hits in rank order, keeps only those
 * {@code readable} lets through, stops at {@code maxHits} and counts every readable hit in
 * {@code totalHits}.
 *
 * @param query    the search text, trimmed, not blank
 * @param path     only pages whose path starts with this, or null
 * @param locale   only pages of this locale, or null
 * @param maxHits  at most this many results
 * @param readable the permission filter of the searching actor
 * @param session  the storage session of the search's transaction
 */
public record SearchRequest(String query, @Nullable String path, @Nullable String locale, int maxHits,
                            ReadableFilter readable, StorageSession session) {

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(readable, "readable");
        Objects.requireNonNull(session, "session");
        if (query.isBlank()) {
            throw new IllegalArgumentException("query must not be blank");
        }
        if (maxHits < 1) {
            throw new IllegalArgumentException("maxHits must be positive: " + maxHits);
        }
    }
}
