package io.wikiengine.storage.internal;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A small bounded pool over an unpooled data source: at most {@code size} connections are open at once, a
 * caller waits up to the timeout for one, and connections are reused while they are healthy.
 *
 * <p>Our own rather than HikariCP: Jdbi opens one connection per transaction and gives it back, which is
 * all this has to serve, and a library embedded in other people's applications should not pull in a pool
 * they may already have in another version (a host that wants one passes its own {@link DataSource}).
 *
 * <p>A connection goes back rolled back and in auto-commit mode. One that failed with a connection-class
 * SQLSTATE ({@code 08xxx}) is closed instead, and an idle one is checked with {@link Connection#isValid}
 * before it is handed out again, so that a restarted database costs one failed transaction at most.
 */
public final class ConnectionPool implements DataSource, AutoCloseable {

    private static final Duration VALIDATE_AFTER = Duration.ofSeconds(5);

    private record Idle(Connection connection, long since) {
    }

    private final DataSource source;
    private final Semaphore permits;
    private final Duration timeout;
    private final Deque<Idle> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    /**
     * @param source  makes a new physical connection on each call
     * @param size    the most connections open at once
     * @param timeout how long a caller waits for a free connection
     */
    public ConnectionPool(DataSource source, int size, Duration timeout) {
        this.source = Objects.requireNonNull(source, "source");
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1");
        }
        this.permits = new Semaphore(size, true);
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** The unpooled source, for a connection held open for a long time (such as a listener). */
    public DataSource unpooled() {
        return source;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (closed) {
            throw new SQLException("The connection pool is closed", "08003");
        }
        try {
            if (!permits.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SQLTransientConnectionException(
                        "No database connection free after " + timeout.toMillis() + " ms", "08001");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLTransientConnectionException("Interrupted while waiting for a connection", "08001", e);
        }
        try {
            Connection physical = takeIdle();
            if (physical == null) {
                physical = source.getConnection();
            }
            return lease(physical);
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    private @Nullable Connection takeIdle() {
        for (Idle candidate = idle.pollFirst(); candidate != null; candidate = idle.pollFirst()) {
            if (healthy(candidate)) {
                return candidate.connection();
            }
            quietlyClose(candidate.connection());
        }
        return null;
    }

    private static boolean healthy(Idle candidate) {
        try {
            if (candidate.connection().isClosed()) {
                return false;
            }
            long idleNanos = System.nanoTime() - candidate.since();
            return idleNanos < VALIDATE_AFTER.toNanos() || candidate.connection().isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private Connection lease(Connection physical) {
        return (Connection) Proxy.newProxyInstance(ConnectionPool.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new Lease(physical));
    }

    private void giveBack(Connection physical, boolean broken) {
        try {
            if (broken || closed || physical.isClosed()) {
                quietlyClose(physical);
                return;
            }
            if (!physical.getAutoCommit()) {
                physical.rollback();
                physical.setAutoCommit(true);
            }
            idle.addFirst(new Idle(physical, System.nanoTime()));
        } catch (SQLException e) {
            quietlyClose(physical);
        } finally {
            permits.release();
        }
        if (closed) {
            drain();
        }
    }

    /** Closes every idle connection; connections in use are closed when they come back. */
    @Override
    public void close() {
        closed = true;
        drain();
    }

    private void drain() {
        for (Idle candidate = idle.pollFirst(); candidate != null; candidate = idle.pollFirst()) {
            quietlyClose(candidate.connection());
        }
    }

    private static void quietlyClose(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing a broken connection may fail; it is gone either way.
        }
    }

    /** One borrowing of a physical connection: close gives it back, once. */
    private final class Lease implements InvocationHandler {

        private final Connection physical;
        private boolean returned;
        private boolean broken;

        Lease(Connection physical) {
            this.physical = physical;
        }

        @Override
        public @Nullable Object invoke(Object proxy, Method method, Object @Nullable [] args) throws Throwable {
            switch (method.getName()) {
                case "close" -> {
                    if (!returned) {
                        returned = true;
                        giveBack(physical, broken);
                    }
                    return null;
                }
                case "isClosed" -> {
                    return returned || physical.isClosed();
                }
                case "equals" -> {
                    return args != null && proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "toString" -> {
                    return "pooled " + physical;
                }
                default -> {
                    if (returned) {
                        throw new SQLException("The connection was already closed", "08003");
                    }
                    return forward(method, args);
                }
            }
        }

        private @Nullable Object forward(Method method, Object @Nullable [] args) throws Throwable {
            try {
                return method.invoke(physical, args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof SQLException sql && sql.getSQLState() != null
                        && sql.getSQLState().startsWith("08")) {
                    broken = true;
                }
                throw cause;
            }
        }
    }

    // The rest of DataSource: a pool of fixed credentials has no use for these.

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("The pool opens connections with its own credentials");
    }

    @Override
    public @Nullable PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(@Nullable PrintWriter out) {
        // Logging goes through SLF4J, not a JDBC log writer.
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        source.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return source.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("No java.util.logging here");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
