package io.wikiengine.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectionPoolTest {

    private ConnectionPool pool;

    @BeforeEach
    void open() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:pool-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        pool = new ConnectionPool(h2, 2, Duration.ofMillis(100));
    }

    @AfterEach
    void close() throws SQLException {
        try (Connection c = pool.unpooled().getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
        pool.close();
    }

    @Test
    void noMoreThanTheSizeAreLentAtOnce() throws SQLException {
        try (Connection first = pool.getConnection(); Connection second = pool.getConnection()) {
            SQLTransientConnectionException e = assertThrows(SQLTransientConnectionException.class,
                    pool::getConnection);
            assertEquals("08001", e.getSQLState());
        }
        try (Connection again = pool.getConnection()) {
            assertTrue(again.isValid(1));
        }
    }

    @Test
    void aConnectionComesBackRolledBackInAutoCommit() throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x INT)");
            c.setAutoCommit(false);
            s.execute("INSERT INTO t VALUES (1)");
        }
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
            assertTrue(c.getAutoCommit());
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }

    @Test
    void aClosedLeaseCannotBeUsedAndClosingTwiceGivesBackOnce() throws SQLException {
        Connection c = pool.getConnection();
        c.close();
        c.close();
        assertTrue(c.isClosed());
        assertThrows(SQLException.class, c::createStatement);
        try (Connection a = pool.getConnection(); Connection b = pool.getConnection()) {
            assertTrue(a.isValid(1) && b.isValid(1));
        }
    }

    @Test
    void aClosedPoolLendsNothing() {
        pool.close();
        SQLException e = assertThrows(SQLException.class, pool::getConnection);
        assertEquals("08003", e.getSQLState());
    }
}
