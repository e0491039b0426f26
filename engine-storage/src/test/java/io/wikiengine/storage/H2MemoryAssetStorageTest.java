package io.wikiengine.storage;

import io.wikiengine.core.spi.Storage;
import io.wikiengine.core.spi.testkit.AssetStorageContract;

class H2MemoryAssetStorageTest extends AssetStorageContract {

    @Override
    protected Storage newStorage() {
        return JdbiStorage.h2InMemory();
    }
}
