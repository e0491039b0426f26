package io.wikiengine.storage.postgres;

import static org.junit.jupiter.api.Assertions.fail;

import io.wikiengine.core.spi.Storage;
import io.wikiengine.core.spi.StorageWork;
import io.wikiengine.storage.JdbiStorage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL database the {@code *PostgresTest} classes run against, from the environment
 * ({@code WIKI_PG_URL}, {@code WIKI_PG_USER}, {@code WIKI_PG_PASSWORD} or {@code PGPASSWORD}) or the same
 * names as system properties ({@code wiki.pg.url}, ...). Without one these tests are skipped with a message
 * saying so, unless {@code WIKI_PG_REQUIRED=true} (or {@code -Dwiki.pg.required=true}) makes that a failure,
 * as CI does.
 *
 * <p>Each store lives in a schema of its own, made for it and dropped when it closes, so that tests never
 * see each other's rows and need no database of their own.
 */
public final class PostgresDatabase {

    private final String url;
    private final String user;
    private final String password;

    private PostgresDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The configured database; skips (or, when required, fails) the calling test when there is none. */
    public static PostgresDatabase require() {
        String url = setting("wiki.pg.url", "WIKI_PG_URL");
        if (url == null || url.isBlank()) {
            String message = "No PostgreSQL configured: set WIKI_PG_URL (e.g. jdbc:postgresql://127.0.0.1:5432/test), "
                    + "WIKI_PG_USER and WIKI_PG_PASSWORD to run the *PostgresTest classes";
            if ("true".equalsIgnoreCase(setting("wiki.pg.required", "WIKI_PG_REQUIRED"))) {
                fail(message + " (WIKI_PG_REQUIRED=true)");
            }
            Assumptions.abort(message);
        }
        String user = setting("wiki.pg.user", "WIKI_PG_USER");
        String password = setting("wiki.pg.password", "WIKI_PG_PASSWORD");
        if (password == null) {
            password = System.getenv("PGPASSWORD");
        }
        return new PostgresDatabase(url, user == null ? "postgres" : user, password == null ? "" : password);
    }

    private static @Nullable String setting(String property, String variable) {
        String value = System.getProperty(property);
        return value != null ? value : System.getenv(variable);
    }

    /** A new, empty schema; closing it drops it with everything in it. */
    public Schema newSchema() {
        String name = "wiki_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                .toLowerCase(Locale.ROOT);
        execute("CREATE SCHEMA " + name);
        return new Schema(name);
    }

    /** A new store in a new schema, dropped when the store closes. */
    public Storage newStorage() {
        Schema schema = newSchema();
        JdbiStorage store;
        try {
            store = schema.open();
        } catch (RuntimeException e) {
            schema.close();
            throw e;
        }
        return new Storage() {
            @Override
            public <T> T inTransaction(StorageWork<T> work) {
                return store.inTransaction(work);
            }

            @Override
            public String description() {
                return store.description();
            }

            @Override
            public void close() {
                store.close();
                schema.close();
            }
        };
    }

    /** Runs one statement on a connection of its own. */
    public void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " refused: " + sql, e);
        }
    }

    /** One schema of the database. */
    public final class Schema implements AutoCloseable {

        private final String name;

        private Schema(String name) {
            this.name = name;
        }

        /** The schema's name. */
        public String name() {
            return name;
        }

        /** The JDBC URL whose connections work in this schema. */
        public String url() {
            return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name;
        }

        /** A new store over this schema; several may be open at once, as several instances would. */
        public JdbiStorage open() {
            return JdbiStorage.postgres(url(), user, password);
        }

        /** Ends the backends listening for this schema's notifications, as a network failure would. */
        public void terminateListeners() {
            execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN %"
                    + name + "%' AND pid <> pg_backend_pid()");
        }

        @Override
        public void close() {
            execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }
    }
}
