package io.wikiengine.storage;

import io.wikiengine.core.plugin.ChangeReceiver;
import io.wikiengine.core.plugin.Topic;
import io.wikiengine.core.plugin.WikiPlugin;
import io.wikiengine.core.spi.StorageException;
import io.wikiengine.storage.internal.PostgresListener;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.JdbiException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps several wiki instances over one PostgreSQL database coherent with {@code LISTEN/NOTIFY}: what one
 * instance commits, every other one hears about within a fraction of a second and drops or reloads the
 * caches of (compiled page rules, actors and tokens, settings). No broker beyond the database.
 *
 * <pre>{@code
 * JdbiStorage storage = JdbiStorage.postgres(url, user, password);
 * Wiki wiki = Wiki.builder().storage(storage).plugin(new PostgresNotifications(storage)).build();
 * }</pre>
 *
 * <p>Each instance holds one connection of its own open to listen. When it is lost the plugin connects
 * again (waiting a little longer after each failure, up to five seconds) and then makes its wiki drop every
 * cache, since it may have missed notifications meanwhile. The channel is named after the schema, so
 * wikis in different schemas of one database do not disturb each other.
 */
public final class PostgresNotifications implements WikiPlugin {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresNotifications.class);

    private final JdbiStorage storage;
    private final String instance = UUID.randomUUID().toString();
    private @Nullable String channel;
    private @Nullable PostgresListener listener;

    /**
     * @param storage the PostgreSQL store the wiki runs on
     * @throws IllegalArgumentException when the store is not a PostgreSQL one
     */
    public PostgresNotifications(JdbiStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
        if (storage.dialect() != Dialect.POSTGRESQL) {
            throw new IllegalArgumentException("LISTEN/NOTIFY needs a PostgreSQL store, not " + storage.dialect());
        }
    }

    @Override
    public synchronized void start(ChangeReceiver receiver) {
        Objects.requireNonNull(receiver, "receiver");
        if (listener != null) {
            throw new IllegalStateException("This plugin already serves a wiki; give each wiki its own");
        }
        String name = channelOf(currentSchema());
        channel = name;
        listener = PostgresListener.start(storage.dedicatedConnections(), name, payload -> {
            Set<Topic> topics = parse(payload);
            if (topics != null) {
                receiver.received(topics);
            }
        }, () -> receiver.received(EnumSet.allOf(Topic.class)));
    }

    @Override
    public void committed(Set<Topic> topics) {
        String name = channel;
        if (name == null || topics.isEmpty()) {
            return;
        }
        String payload = instance + " " + topics.stream().map(Topic::name).sorted().collect(Collectors.joining(","));
        try {
            storage.jdbi().useHandle(handle -> handle.createQuery("SELECT pg_notify(:channel, :payload)")
                    .bind("channel", name)
                    .bind("payload", payload)
                    .map((rs, ctx) -> Boolean.TRUE)
                    .list());
        } catch (JdbiException e) {
            throw new StorageException("Could not notify the other instances of a change of " + topics, e);
        }
    }

    /** The topics of a notification another instance sent; null for our own or one we cannot read. */
    private @Nullable Set<Topic> parse(String payload) {
        int space = payload.indexOf(' ');
        if (space < 0) {
            LOG.warn("Ignoring a notification without a sender: {}", payload);
            return null;
        }
        if (payload.substring(0, space).equals(instance)) {
            return null;
        }
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        for (String name : payload.substring(space + 1).split(",")) {
            try {
                topics.add(Topic.valueOf(name));
            } catch (IllegalArgumentException e) {
                // A newer instance knows a topic we do not: dropping everything is always safe.
                return EnumSet.allOf(Topic.class);
            }
        }
        return topics;
    }

    private String currentSchema() {
        try {
            return storage.jdbi().withHandle(handle -> handle.createQuery("SELECT current_schema()")
                    .mapTo(String.class).one());
        } catch (JdbiException e) {
            throw new StorageException("Could not read the current schema", e);
        }
    }

    // Channel names are identifiers of at most 63 bytes; a long schema name is replaced by its hash.
    static String channelOf(String schema) {
        String plain = "wiki_changes_" + schema;
        if (plain.length() <= 63 && plain.chars().allMatch(c -> c < 128)) {
            return plain;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(schema.getBytes(StandardCharsets.UTF_8));
            return "wiki_changes_" + HexFormat.of().formatHex(hash).substring(0, 40);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Stops listening and closes the listening connection. */
    @Override
    public synchronized void close() {
        PostgresListener running = listener;
        listener = null;
        channel = null;
        if (running != null) {
            running.close();
        }
    }

    @Override
    public String toString() {
        return "PostgresNotifications[" + instance + "]";
    }
}
