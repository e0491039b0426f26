package io.wikiengine.core.internal;

import io.wikiengine.core.access.PermissionEngine;
import io.wikiengine.core.plugin.ChangeReceiver;
import io.wikiengine.core.plugin.Topic;
import io.wikiengine.core.plugin.WikiPlugin;
import io.wikiengine.core.spi.Storage;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How one instance reacts to a committed change, its own or another instance's, and tells the plugins about
 * its own. Having one entry point for both means a cache that reacts locally also reacts to remote changes,
 * and a write that drops its caches cannot forget to publish.
 */
public final class Changes implements ChangeReceiver {

    private static final Logger LOG = LoggerFactory.getLogger(Changes.class);
    private static final Set<Topic> PAGES_ONLY = Set.of(Topic.PAGES);

    private final Storage storage;
    private final PermissionEngine permissions;
    private final ChangeCounter identities;
    private final List<WikiPlugin> plugins = new CopyOnWriteArrayList<>();
    private final Map<Topic, List<Runnable>> reactions = new ConcurrentHashMap<>();
    private final Object reloadLock = new Object();

    public Changes(Storage storage, PermissionEngine permissions, ChangeCounter identities) {
        this.storage = storage;
        this.permissions = permissions;
        this.identities = identities;
    }

    /** Adds a plugin to tell about local changes. */
    public void install(WikiPlugin plugin) {
        plugins.add(Objects.requireNonNull(plugin, "plugin"));
    }

    /**
     * Adds what a cache does when a topic changed, beyond what every change does (reload groups, bump
     * {@code identities} unless only pages changed); for example dropping the signing keys on
     * {@link Topic#SETTINGS}.
     */
    public void onChange(Topic topic, Runnable reaction) {
        Objects.requireNonNull(reaction, "reaction");
        reactions.computeIfAbsent(Objects.requireNonNull(topic, "topic"), t -> new CopyOnWriteArrayList<>())
                .add(reaction);
    }

    /** A change this instance committed: react, then tell the plugins. */
    public void committed(Set<Topic> topics) {
        if (topics.isEmpty()) {
            return;
        }
        Set<Topic> copy = Set.copyOf(topics);
        react(copy);
        for (WikiPlugin plugin : plugins) {
            try {
                plugin.committed(copy);
            } catch (RuntimeException e) {
                LOG.error("Plugin {} failed to publish a change of {}", plugin, copy, e);
            }
        }
    }

    @Override
    public void received(Set<Topic> topics) {
        if (!topics.isEmpty()) {
            react(EnumSet.copyOf(topics));
        }
    }

    private void react(Set<Topic> topics) {
        if (topics.contains(Topic.GROUPS)) {
            reloadGroups();
        }
        // Actors carry their groups and scopes, and API keys depend on the API switch: any change but one to
        // pages alone may change what a cached actor is.
        if (!topics.equals(PAGES_ONLY)) {
            identities.bump();
        }
        for (Topic topic : topics) {
            for (Runnable reaction : reactions.getOrDefault(topic, List.of())) {
                try {
                    reaction.run();
                } catch (RuntimeException e) {
                    LOG.error("A cache failed to react to a change of {}", topic, e);
                }
            }
        }
    }

    /**
     * Loads every group into the permission engine. Reloads run one at a time, each reading after the
     * change that asked for it committed, so the last one to run has seen every change: two changes racing
     * cannot leave the older rules in place.
     */
    public void reloadGroups() {
        synchronized (reloadLock) {
            try {
                permissions.load(storage.inTransaction(session -> session.groups().all()));
            } catch (RuntimeException e) {
                LOG.error("Could not reload the groups after a change; the permission engine keeps its rules "
                        + "until the next change", e);
            }
        }
    }

    /** Closes every plugin, the last installed first. */
    public void closePlugins() {
        for (int i = plugins.size() - 1; i >= 0; i--) {
            try {
                plugins.get(i).close();
            } catch (RuntimeException e) {
                LOG.warn("Plugin {} failed to close", plugins.get(i), e);
            }
        }
    }

    /** Starts every plugin. */
    public void startPlugins() {
        for (WikiPlugin plugin : plugins) {
            plugin.start(this);
        }
    }
}
