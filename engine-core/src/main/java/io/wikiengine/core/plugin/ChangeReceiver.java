package io.wikiengine.core.plugin;

import java.util.Set;

/**
 * The side of a wiki that a plugin tells about changes that other instances committed. Thread-safe; a plugin
 * may call it from any thread, for example the one that listens to the database.
 */
public interface ChangeReceiver {

    /**
     * Makes this instance react to a change another instance committed, exactly as it reacts to its own:
     * the caches of every topic are dropped or reloaded before this returns.
     *
     * @param topics what the change touched; every topic when the plugin may have missed changes (after a
     *               lost connection, for example)
     */
    void received(Set<Topic> topics);
}
