package io.wikiengine.storage.testing;

import io.wikiengine.storage.Dialect;
import io.wikiengine.storage.JdbiStorage;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A throw-away database for one test, from {@link TestStores#freshDatabase()}: H2 in memory or a PostgreSQL
 * schema of its own. Several stores may be opened over it at once or one after the other, as restarts or
 * several instances of a wiki would, and the test may reach it with plain SQL to make states the API cannot.
 * Closing it drops it with everything in it; close its stores first.
 */
public interface TestDatabase extends AutoCloseable {

    /** Which database this is, for tests whose plain SQL differs between them. */
    Dialect dialect();

    /**
     * A new store over this database; the schema is made on the first one. Closing the store leaves the
     * data in place for the next one.
     */
    JdbiStorage open();

    /**
     * A plain JDBC connection to this database (on PostgreSQL in its schema), which the caller closes.
     *
     * @throws SQLException when the database refuses it
     */
    Connection connect() throws SQLException;

    /** Drops the database with everything in it. */
    @Override
    void close();
}
