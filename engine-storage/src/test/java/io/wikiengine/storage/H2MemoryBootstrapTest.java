package io.wikiengine.storage;

import io.wikiengine.core.spi.Storage;
import io.wikiengine.core.spi.testkit.BootstrapContract;

class H2MemoryBootstrapTest extends BootstrapContract {

    @Override
    protected Storage newStorage() {
        return JdbiStorage.h2InMemory();
    }
}
