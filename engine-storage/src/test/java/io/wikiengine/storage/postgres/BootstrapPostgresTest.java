package io.wikiengine.storage.postgres;

import io.wikiengine.core.spi.Storage;
import io.wikiengine.core.spi.testkit.BootstrapContract;
import org.junit.jupiter.api.BeforeAll;

class BootstrapPostgresTest extends BootstrapContract {

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
