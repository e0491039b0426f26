package io.wikiengine.core.plugin;

import java.util.Set;

/**
 * An optional part of a wiki, installed with {@code Wiki.builder().plugin(...)}. Every method has a no-op
 * default, so a plugin implements only what it needs. A plugin serves one wiki; the wiki closes it.
 *
 * <p>The plugin that keeps several instances over one database coherent publishes what
 * {@link #committed} reports to the other instances and hands what they publish to the
 * {@link ChangeReceiver} that {@link #start} gave it.
 */
public interface WikiPlugin extends AutoCloseable {

    /**
     * Called once when the wiki has opened, before it serves any call.
     *
     * @param receiver makes the wiki react to changes committed elsewhere
     */
    default void start(ChangeReceiver receiver) {
    }

    /**
     * Called after this instance committed a change, once its own caches have reacted, on the thread that
     * made the change. It should return quickly; a failure it throws is logged and does not undo the change.
     *
     * @param topics what the change touched, never empty
     */
    default void committed(Set<Topic> topics) {
    }

    /** Called when the wiki closes; releases whatever the plugin holds. */
    @Override
    default void close() {
    }
}
