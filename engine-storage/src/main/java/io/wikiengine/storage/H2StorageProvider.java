package io.wikiengine.storage;

import io.wikiengine.core.spi.Storage;
import io.wikiengine.core.spi.StorageProvider;

/** Registers an in-memory H2 store as the default storage of {@code Wiki.builder()}. */
public final class H2StorageProvider implements StorageProvider {

    /** Used by {@link java.util.ServiceLoader}. */
    public H2StorageProvider() {
    }

    @Override
    public Storage open() {
        return JdbiStorage.h2InMemory();
    }
}
