package io.wikiengine.storage;

import io.wikiengine.core.spi.Storage;
import io.wikiengine.core.spi.testkit.CommentStorageContract;

class H2MemoryCommentStorageTest extends CommentStorageContract {

    @Override
    protected Storage newStorage() {
        return JdbiStorage.h2InMemory();
    }
}
