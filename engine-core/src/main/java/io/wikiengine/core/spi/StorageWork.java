package io.wikiengine.core.spi;

import org.jspecify.annotations.Nullable;

/** Work done inside one storage transaction. */
@FunctionalInterface
public interface StorageWork<T extends @Nullable Object> {

    /** Does the work with the session of the transaction. */
    T execute(StorageSession session);
}
