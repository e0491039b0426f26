package io.wikiengine.storage.postgres;

import io.wikiengine.core.spi.Storage;
import io.wikiengine.core.spi.testkit.CommentStorageContract;
import org.junit.jupiter.api.BeforeAll;

class CommentStoragePostgresTest extends CommentStorageContract {

    private static PostgresDatabase database;

    @BeforeAll
    static void database() {
        database = PostgresDatabase.require();
    }

    @Override
    protected Storage newStorage() {
        return database.newStorage();
    }
}
