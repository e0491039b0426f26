package io.wikiengine.storage;

import io.wikiengine.core.spi.Storage;
import io.wikiengine.core.spi.testkit.PageStorageContract;

class H2MemoryPageStorageTest extends PageStorageContract {

    @Override
    protected Storage newStorage() {
        return JdbiStorage.h2InMemory();
    }
}
