package io.wikiengine.storage.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.WikiConfig;
import io.wikiengine.storage.JdbiStorage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Opening PostgreSQL stores: several at once on an empty schema, and the password-protected URL form. */
class MigrationsPostgresTest {

    private static PostgresDatabase database;

    @BeforeAll
    static void database() {
        database = PostgresDatabase.require();
    }

    @Test
    void instancesOpeningOneEmptySchemaAtOnceMigrateItOnce() throws Exception {
        try (PostgresDatabase.Schema schema = database.newSchema()) {
            ExecutorService threads = Executors.newFixedThreadPool(4);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<JdbiStorage>> opened = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                opened.add(threads.submit(() -> {
                    start.await();
                    return schema.open();
                }));
            }
            start.countDown();
            List<JdbiStorage> stores = new ArrayList<>();
            for (Future<JdbiStorage> store : opened) {
                stores.add(store.get(60, TimeUnit.SECONDS));
            }
            threads.shutdown();
            try (Wiki wiki = Wiki.builder().storage(stores.get(0)).config(WikiConfig.DEFAULTS.withPasswordCost(4))
                    .admin("admin@example.com", "secret-123").build()) {
                assertEquals(2, (int) stores.get(3).inTransaction(s -> s.groups().count()));
            } finally {
                stores.forEach(JdbiStorage::close);
            }
        }
    }

    @Test
    void theDescriptionNamesTheDatabaseButNoQueryParameters() {
        try (PostgresDatabase.Schema schema = database.newSchema(); JdbiStorage store = schema.open()) {
            assertEquals(false, store.description().contains("?"));
            assertEquals(true, store.description().startsWith("PostgreSQL jdbc:postgresql:"));
        }
    }
}
