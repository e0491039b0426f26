package io.wikiengine.storage.internal;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Unpooled PostgreSQL connections from a JDBC URL. Only this class names the driver's types, so that
 * engine-storage loads without the optional driver until a PostgreSQL store is asked for.
 */
public final class PostgresSource {

    private static final String PREFIX = "jdbc:postgresql:";

    private PostgresSource() {
    }

    /** A data source that opens a new connection on each call. */
    public static DataSource of(String url, String user, String password) {
        if (!url.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL (" + PREFIX + "...): "
                    + withoutSecrets(url));
        }
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        source.setUser(user);
        source.setPassword(password);
        source.setApplicationName("wiki-engine");
        // A dead server must not hang a transaction for the operating system's TCP timeout.
        source.setConnectTimeout(10);
        source.setTcpKeepAlive(true);
        return source;
    }

    /** The URL without its query, which may carry a password. */
    public static String withoutSecrets(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
