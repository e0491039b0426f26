package io.wikiengine.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wikiengine.core.spi.DuplicateKeyException;
import io.wikiengine.core.spi.Storage;
import io.wikiengine.core.spi.UniqueKey;
import io.wikiengine.core.user.User;
import io.wikiengine.storage.testing.TestStores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrentWritesTest {

    @Test
    void collidingInsertsGiveOneRowAndDuplicateKeysForTheRest() throws Exception {
        try (Storage storage = TestStores.fresh()) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                String email = "user" + (i % 4) + "@example.com";
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        storage.run(s -> s.users().insert(User.newLocal(email, "U", "", Instant.EPOCH)));
                        return "ok";
                    } catch (DuplicateKeyException e) {
                        return e.key() == UniqueKey.USER_EMAIL ? "duplicate" : "wrong key " + e.key();
                    }
                }));
            }
            start.countDown();
            int ok = 0;
            int duplicate = 0;
            for (Future<String> result : results) {
                String outcome = result.get(30, TimeUnit.SECONDS);
                if (outcome.equals("ok")) {
                    ok++;
                } else {
                    assertEquals("duplicate", outcome);
                    duplicate++;
                }
            }
            pool.shutdown();
            assertEquals(4, ok);
            assertEquals(28, duplicate);
            assertEquals(4, (int) storage.inTransaction(s -> s.users().count()));
        }
    }

    @Test
    void concurrentReadModifyWritesOfOneSettingLoseNoUpdate() throws Exception {
        try (Storage storage = TestStores.fresh()) {
            storage.run(s -> s.settings().put("counter", "0"));
            storage.run(s -> s.settings().put("lock", "none"));
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                done.add(pool.submit(() -> {
                    for (int n = 0; n < 25; n++) {
                        storage.run(s -> {
                            // Writing first takes the row lock, so the read that follows sees the latest commit.
                            s.settings().put("lock", Thread.currentThread().getName());
                            int value = Integer.parseInt(s.settings().get("counter").orElseThrow());
                            s.settings().put("counter", Integer.toString(value + 1));
                        });
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertEquals("200", storage.inTransaction(s -> s.settings().get("counter")).orElseThrow());
        }
    }
}
