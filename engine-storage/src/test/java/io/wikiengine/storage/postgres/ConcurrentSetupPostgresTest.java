package io.wikiengine.storage.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.WikiConfig;
import io.wikiengine.core.group.Group;
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

/** Several instances opening one empty database at the same moment: one sets up, the others find it set up. */
class ConcurrentSetupPostgresTest {

    private static PostgresDatabase database;

    @BeforeAll
    static void database() {
        database = PostgresDatabase.require();
    }

    @Test
    void instancesStartingTogetherOnAnEmptyDatabaseSetItUpOnce() throws Exception {
        try (PostgresDatabase.Schema schema = database.newSchema()) {
            int instances = 4;
            ExecutorService pool = Executors.newFixedThreadPool(instances);
            CountDownLatch start = new CountDownLatch(1);
            List<JdbiStorage> stores = new ArrayList<>();
            List<Future<Wiki>> opened = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                JdbiStorage store = schema.open();
                stores.add(store);
                opened.add(pool.submit(() -> {
                    start.await();
                    return Wiki.builder().storage(store).config(WikiConfig.DEFAULTS.withPasswordCost(4))
                            .admin("admin@example.com", "secret-123").build();
                }));
            }
            start.countDown();
            for (Future<Wiki> wiki : opened) {
                wiki.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            List<Group> groups = stores.get(0).inTransaction(s -> s.groups().all());
            assertEquals(List.of(1, 2), groups.stream().map(Group::id).toList());
            assertEquals(2, (int) stores.get(0).inTransaction(s -> s.users().count()));
            stores.forEach(JdbiStorage::close);
        }
    }
}
