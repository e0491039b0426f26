package io.wikiengine.storage.postgres;

import io.wikiengine.core.spi.Storage;
import io.wikiengine.core.spi.testkit.IdentityStorageContract;
import org.junit.jupiter.api.BeforeAll;

class IdentityStoragePostgresTest extends IdentityStorageContract {

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
