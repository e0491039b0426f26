package io.wikiengine.storage.postgres;

import io.wikiengine.core.spi.Storage;
import io.wikiengine.core.spi.testkit.PageStorageContract;
import org.junit.jupiter.api.BeforeAll;

class PageStoragePostgresTest extends PageStorageContract {

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
