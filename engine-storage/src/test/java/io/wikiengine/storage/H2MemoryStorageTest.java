package io.wikiengine.storage;

import io.wikiengine.core.spi.Storage;
import io.wikiengine.core.spi.testkit.StorageContract;

class H2MemoryStorageTest extends StorageContract {

    @Override
    protected Storage newStorage() {
        return JdbiStorage.h2InMemory();
    }
}
