package io.wikiengine.storage.testing;

import io.wikiengine.storage.Dialect;
import io.wikiengine.storage.JdbiStorage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jspecify.annotations.Nullable;

/**
 * Throw-away stores for tests, on the database the environment chooses, so that one test suite runs on H2
 * by default and on PostgreSQL when asked:
 *
 * <pre>{@code
 * try (JdbiStorage storage = TestStores.fresh();
 *      Wiki wiki = Wiki.builder().storage(storage).build()) {
 *     ...
 * }
 * }</pre>
 *
 * <p>By default each store is a private H2 database in memory. With the environment variable
 * {@code WIKI_TEST_STORE=postgres} (or the system property {@code wiki.test.store=postgres}) it is instead a
 * new schema of the PostgreSQL database at {@code WIKI_PG_URL}, as {@code WIKI_PG_USER} with
 * {@code WIKI_PG_PASSWORD} (or {@code PGPASSWORD}; the system properties {@code wiki.pg.url},
 * {@code wiki.pg.user} and {@code wiki.pg.password} win over these), made when the store opens and dropped
 * with everything in it when the store closes. Tests therefore never see each other's rows and need no
 * database of their own, only one they may create schemas in. The PostgreSQL driver
 * ({@code org.postgresql:postgresql}) must then be on the test class path. {@link WikiFixture} takes its
 * stores from here.
 *
 * <pre>{@code
 * WIKI_TEST_STORE=postgres WIKI_PG_URL=jdbc:postgresql://127.0.0.1:5432/test WIKI_PG_USER=postgres mvn verify
 * }</pre>
 */
public final class TestStores {

    private TestStores() {
    }

    /**
     * A new, empty store, dropped with everything in it when it closes.
     *
     * @throws IllegalStateException when PostgreSQL is chosen but {@code WIKI_PG_URL} is not set or the
     *                               database refuses to make the schema
     */
    public static JdbiStorage fresh() {
        if (dialect() == Dialect.H2) {
            return JdbiStorage.h2InMemory();
        }
        PostgresDatabase database = PostgresDatabase.create();
        try {
            return JdbiStorage.postgres(database.schemaUrl(), database.user, database.password, database::close);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * A new, empty database over which a test may open several stores and run plain SQL.
     *
     * @throws IllegalStateException as {@link #fresh()}
     */
    public static TestDatabase freshDatabase() {
        return dialect() == Dialect.H2 ? new H2Database() : PostgresDatabase.create();
    }

    /** The database these stores are on: {@link Dialect#POSTGRESQL} when the environment asks for it. */
    public static Dialect dialect() {
        String chosen = setting("wiki.test.store", "WIKI_TEST_STORE");
        if (chosen == null || chosen.isBlank() || chosen.equalsIgnoreCase("h2")) {
            return Dialect.H2;
        }
        if (chosen.equalsIgnoreCase("postgres") || chosen.equalsIgnoreCase("postgresql")) {
            return Dialect.POSTGRESQL;
        }
        throw new IllegalStateException("WIKI_TEST_STORE must be h2 or postgres, not " + chosen);
    }

    private static @Nullable String setting(String property, String variable) {
        String value = System.getProperty(property);
        return value != null ? value : System.getenv(variable);
    }

    /** A private H2 database in memory, kept until closed however many stores open and close over it. */
    private static final class H2Database implements TestDatabase {

        private final JdbcConnectionPool pool;

        H2Database() {
            pool = JdbcConnectionPool.create("jdbc:h2:mem:wiki-test-" + UUID.randomUUID()
                    + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");
            pool.setMaxConnections(64);
        }

        @Override
        public Dialect dialect() {
            return Dialect.H2;
        }

        @Override
        public JdbiStorage open() {
            return JdbiStorage.of(pool, Dialect.H2);
        }

        @Override
        public Connection connect() throws SQLException {
            return pool.getConnection();
        }

        @Override
        public void close() {
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException ignored) {
                // Already shut down: nothing is left to drop.
            }
            pool.dispose();
        }
    }

    /** A schema of its own in the configured PostgreSQL database. */
    private static final class PostgresDatabase implements TestDatabase {

        private final String url;
        private final String user;
        private final String password;
        private final String schema;

        private PostgresDatabase(String url, String user, String password, String schema) {
            this.url = url;
            this.user = user;
            this.password = password;
            this.schema = schema;
        }

        static PostgresDatabase create() {
            String url = setting("wiki.pg.url", "WIKI_PG_URL");
            if (url == null || url.isBlank()) {
                throw new IllegalStateException("WIKI_TEST_STORE=postgres needs WIKI_PG_URL "
                        + "(e.g. jdbc:postgresql://127.0.0.1:5432/test), WIKI_PG_USER and WIKI_PG_PASSWORD");
            }
            String user = setting("wiki.pg.user", "WIKI_PG_USER");
            String password = setting("wiki.pg.password", "WIKI_PG_PASSWORD");
            if (password == null) {
                password = System.getenv("PGPASSWORD");
            }
            String schema = "wiki_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                    .toLowerCase(Locale.ROOT);
            PostgresDatabase database = new PostgresDatabase(url, user == null ? "postgres" : user,
                    password == null ? "" : password, schema);
            database.execute("CREATE SCHEMA " + schema);
            return database;
        }

        String schemaUrl() {
            return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }

        @Override
        public Dialect dialect() {
            return Dialect.POSTGRESQL;
        }

        @Override
        public JdbiStorage open() {
            return JdbiStorage.postgres(schemaUrl(), user, password);
        }

        @Override
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(schemaUrl(), user, password);
        }

        @Override
        public void close() {
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }

        private void execute(String sql) {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL at " + url.replaceFirst("\\?.*", "") + " refused: " + sql,
                        e);
            }
        }
    }
}
