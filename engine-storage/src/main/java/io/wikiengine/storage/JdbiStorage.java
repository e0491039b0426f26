package io.wikiengine.storage;

import io.wikiengine.core.spi.Storage;
import io.wikiengine.core.spi.StorageWork;
import io.wikiengine.storage.internal.ConnectionPool;
import io.wikiengine.storage.internal.JdbiSession;
import io.wikiengine.storage.internal.Migrations;
import io.wikiengine.storage.internal.PostgresSource;
import io.wikiengine.storage.internal.SqlErrors;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The storage SPI on Jdbi over a SQL database: H2 in memory, an H2 file, PostgreSQL at a JDBC URL, or a
 * {@link DataSource} the host gives. The schema is created or brought up to date when the store opens.
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
    private final DataSource dedicated;

    private JdbiStorage(DataSource dataSource, Dialect dialect, String description, Runnable onClose) {
        this(dataSource, dataSource, dialect, description, onClose);
    }

    private JdbiStorage(DataSource dataSource, DataSource dedicated, Dialect dialect, String description,
                        Runnable onClose) {
        this.jdbi = Jdbi.create(dataSource);
        this.dedicated = dedicated;
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

    /**
     * A PostgreSQL 15+ database at this JDBC URL, through a pool of at most 16 connections that closes with
     * the store. The PostgreSQL driver ({@code org.postgresql:postgresql}) must be on the class path: it is
     * an optional dependency of engine-storage, added by the host.
     *
     * <pre>{@code
     * Storage shared = JdbiStorage.postgres("jdbc:postgresql://db:5432/wiki", "wiki", System.getenv("PGPASSWORD"));
     * }</pre>
     *
     * <p>The schema is the connection's current schema ({@code ?currentSchema=...} in the URL chooses
     * another one than {@code public}); several instances may open the same database at once.
     *
     * @param url      a {@code jdbc:postgresql:} URL
     * @param user     the role to connect as
     * @param password its password; empty for trust or peer authentication
     * @throws IllegalStateException    when the PostgreSQL driver is not on the class path
     * @throws IllegalArgumentException when the URL is not a PostgreSQL one
     */
    public static JdbiStorage postgres(String url, String user, String password) {
        return postgres(url, user, password, () -> { });
    }

    /**
     * As {@link #postgres(String, String, String)}, then runs {@code afterClose} once the store has closed its
     * pool (also when bringing the schema up to date fails): for a schema made for this store alone (a test's, a tenant's) that the
     * host drops when the store is done with it.
     *
     * @param afterClose run after the pool's connections are closed; it must bear being run again when the
     *                   store is closed twice
     */
    public static JdbiStorage postgres(String url, String user, String password, Runnable afterClose) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(afterClose, "afterClose");
        if (!postgresDriverPresent()) {
            throw new IllegalStateException("The PostgreSQL driver is not on the class path: "
                    + "add the dependency org.postgresql:postgresql");
        }
        DataSource unpooled = PostgresSource.of(url, user, password);
        ConnectionPool pool = new ConnectionPool(unpooled, 16, Duration.ofSeconds(30));
        return new JdbiStorage(pool, unpooled, Dialect.POSTGRESQL, "PostgreSQL " + PostgresSource.withoutSecrets(url),
                () -> {
                    try {
                        pool.close();
                    } finally {
                        afterClose.run();
                    }
                });
    }

    // Checked here, before any class that names the driver's types is loaded.
    private static boolean postgresDriverPresent() {
        try {
            Class.forName("org.postgresql.Driver", false, JdbiStorage.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * Where a connection held open for the store's lifetime comes from (the unpooled source of
     * {@link #postgres}, the host's data source otherwise).
     */
    DataSource dedicatedConnections() {
        return dedicated;
    }

    /** The Jdbi instance over the pooled source. */
    Jdbi jdbi() {
        return jdbi;
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
