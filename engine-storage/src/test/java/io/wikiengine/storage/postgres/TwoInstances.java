package io.wikiengine.storage.postgres;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.WikiConfig;
import io.wikiengine.storage.JdbiStorage;
import io.wikiengine.storage.PostgresNotifications;
import java.util.function.BooleanSupplier;

/**
 * Two wiki instances, A and B, over one new PostgreSQL schema, each with its own store (pool) and
 * {@link PostgresNotifications}, as two JVMs would be.
 */
final class TwoInstances implements AutoCloseable {

    static final String ADMIN_EMAIL = "admin@example.com";
    static final String ADMIN_PASSWORD = "secret-123";
    static final long WITHIN_NANOS = 1_000_000_000L;

    final PostgresDatabase.Schema schema;
    final JdbiStorage storeA;
    final JdbiStorage storeB;
    final Wiki a;
    final Wiki b;

    TwoInstances(PostgresDatabase database) {
        schema = database.newSchema();
        storeA = schema.open();
        storeB = schema.open();
        WikiConfig config = WikiConfig.DEFAULTS.withPasswordCost(4);
        a = Wiki.builder().storage(storeA).config(config).admin(ADMIN_EMAIL, ADMIN_PASSWORD)
                .plugin(new PostgresNotifications(storeA)).build();
        b = Wiki.builder().storage(storeB).config(config).plugin(new PostgresNotifications(storeB)).build();
    }

    /** Nanoseconds until the condition holds; fails when it does not within one second. */
    static long within1s(BooleanSupplier condition) {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - start > WITHIN_NANOS) {
                throw new AssertionError("Not seen on the other instance within one second");
            }
            Thread.onSpinWait();
        }
        return System.nanoTime() - start;
    }

    @Override
    public void close() {
        b.close();
        a.close();
        storeB.close();
        storeA.close();
        schema.close();
    }
}
