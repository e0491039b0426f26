package io.wikiengine.storage.postgres;

import io.wikiengine.core.spi.Storage;
import io.wikiengine.core.spi.testkit.AssetStorageContract;
import org.junit.jupiter.api.BeforeAll;

class AssetStoragePostgresTest extends AssetStorageContract {

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
