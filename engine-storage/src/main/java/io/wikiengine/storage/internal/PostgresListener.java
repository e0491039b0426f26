package io.wikiengine.storage.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A thread that holds one connection in {@code LISTEN} on a channel and hands every payload to a consumer.
 * A lost connection is opened again, waiting longer after each failure; once it is back, {@code onReconnect}
 * runs, because notifications sent meanwhile are lost for good.
 */
public final class PostgresListener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresListener.class);

    // getNotifications returns as soon as one arrives; the timeout only bounds how long close() waits and
    // how often an idle connection is checked.
    private static final int WAIT_MILLIS = 250;
    private static final Duration CHECK_IDLE_AFTER = Duration.ofSeconds(5);
    private static final Duration FIRST_RETRY = Duration.ofMillis(100);
    private static final Duration LAST_RETRY = Duration.ofSeconds(5);

    private final DataSource source;
    private final String channel;
    private final Consumer<String> onPayload;
    private final Runnable onReconnect;
    private final Thread thread;
    private final CountDownLatch listening = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile @Nullable Connection connection;

    private PostgresListener(DataSource source, String channel, Consumer<String> onPayload, Runnable onReconnect) {
        this.source = source;
        this.channel = channel;
        this.onPayload = onPayload;
        this.onReconnect = onReconnect;
        this.thread = new Thread(this::run, "wiki-pg-listener-" + channel);
        thread.setDaemon(true);
    }

    /**
     * Starts listening and returns once the first {@code LISTEN} took effect (or failed, in which case the
     * thread keeps trying).
     */
    public static PostgresListener start(DataSource source, String channel, Consumer<String> onPayload,
                                         Runnable onReconnect) {
        PostgresListener listener = new PostgresListener(source, channel, onPayload, onReconnect);
        listener.thread.start();
        try {
            listener.listening.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return listener;
    }

    private void run() {
        Duration retry = FIRST_RETRY;
        boolean lost = false;
        while (running) {
            try (Connection open = source.getConnection()) {
                connection = open;
                listen(open);
                listening.countDown();
                if (lost) {
                    LOG.info("Listening on {} again; every cache is dropped", channel);
                    onReconnect.run();
                }
                retry = FIRST_RETRY;
                receive(open);
            } catch (SQLException | RuntimeException e) {
                listening.countDown();
                if (!running) {
                    return;
                }
                lost = true;
                LOG.warn("Lost the connection listening on {}; trying again in {} ms", channel, retry.toMillis(), e);
                pause(retry);
                retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
            } finally {
                connection = null;
            }
        }
    }

    private void listen(Connection open) throws SQLException {
        open.setAutoCommit(true);
        try (Statement statement = open.createStatement()) {
            statement.execute("LISTEN \"" + channel.replace("\"", "\"\"") + "\"");
        }
    }

    private void receive(Connection open) throws SQLException {
        PGConnection pg = open.unwrap(PGConnection.class);
        long idleSince = System.nanoTime();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
            if (notifications == null || notifications.length == 0) {
                if (System.nanoTime() - idleSince > CHECK_IDLE_AFTER.toNanos()) {
                    // A connection cut without a reset would otherwise wait silently forever.
                    if (!open.isValid(5)) {
                        throw new SQLException("The listening connection stopped answering", "08006");
                    }
                    idleSince = System.nanoTime();
                }
                continue;
            }
            idleSince = System.nanoTime();
            for (PGNotification notification : notifications) {
                deliver(notification.getParameter());
            }
        }
    }

    private void deliver(String payload) {
        try {
            onPayload.accept(payload);
        } catch (RuntimeException e) {
            LOG.error("Reacting to the notification {} failed", payload, e);
        }
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Whether the thread holds a listening connection right now. */
    public boolean connected() {
        return connection != null;
    }

    /** Stops the thread and closes its connection. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Connection open = connection;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException ignored) {
                // Closing is all that is left to do with it.
            }
        }
    }
}
