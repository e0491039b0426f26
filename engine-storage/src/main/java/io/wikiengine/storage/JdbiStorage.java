package io.wikiengine.storage;

import io.wikiengine.core.spi.Storage;
import io.wikiengine.core.spi.StorageWork;
import io.wikiengine.storage.internal.JdbiSession;
import io.wikiengine.storage.internal.Migrations;
import io.wikiengine.storage.internal.SqlErrors;
import java.nio.file.Path;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The storage SPI on Jdbi over a SQL database: H2 in memory, an H2 file, or a {@link DataSource} the host
 * gives. The schema is created or brought up to date when the store opens.
 *
 * <pre>{@code
 * Storage memory = JdbiStorage.h2InMemory();           // private, gone on close
 * Storage file = JdbiStorage.h2File(Path.of("wiki"));  // wiki/wiki.mv.db, kept across restarts
 * }</pre>
 */
public final class JdbiStorage implements Storage {

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final String description;
    private final Runnable onClose;

    private JdbiStorage(DataSource dataSource, Dialect dialect, String description, Runnable onClose) {
        this.jdbi = Jdbi.create(dataSource);
        this.dialect = dialect;
        this.description = description;
        this.onClose = onClose;
        try {
            Migrations.migrate(jdbi, dialect);
        } catch (JdbiException e) {
            onClose.run();
            throw SqlErrors.translate(e);
        }
    }

    /** A new, empty H2 database in memory, private to this store and dropped when it closes. */
    public static JdbiStorage h2InMemory() {
        String url = "jdbc:h2:mem:wiki-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(64);
        return new JdbiStorage(pool, Dialect.H2, "H2 in memory", () -> {
            try (var connection = pool.getConnection(); var statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (java.sql.SQLException ignored) {
                // Already gone: nothing left to release.
            }
            pool.dispose();
        });
    }

    /**
     * An H2 database in a file under this directory ({@code wiki.mv.db}), created when missing and kept
     * across restarts.
     */
    public static JdbiStorage h2File(Path directory) {
        Objects.requireNonNull(directory, "directory");
        Path base = directory.toAbsolutePath().resolve("wiki");
        String url = "jdbc:h2:file:" + base + ";LOCK_TIMEOUT=10000";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(64);
        return new JdbiStorage(pool, Dialect.H2, "H2 file " + base, pool::dispose);
    }

    /**
     * A store over a data source the host manages (and closes itself).
     *
     * @param dataSource a pooled data source
     * @param dialect    which database it is
     */
    public static JdbiStorage of(DataSource dataSource, Dialect dialect) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(dialect, "dialect");
        return new JdbiStorage(dataSource, dialect, dialect.name() + " data source", () -> { });
    }

    /** The dialect of the database. */
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public <T> T inTransaction(StorageWork<T> work) {
        try {
            return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED,
                    handle -> work.execute(new JdbiSession(handle, dialect)));
        } catch (JdbiException e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void close() {
        onClose.run();
    }
}
