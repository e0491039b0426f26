package io.wikiengine.core.spi;

/**
 * Makes the default storage when a wiki is built without one, found with {@link java.util.ServiceLoader}.
 * engine-storage registers an in-memory H2 store.
 */
public interface StorageProvider {

    /** A new, empty store private to the caller. */
    Storage open();

    /** When several providers are on the class path, the highest priority wins. */
    default int priority() {
        return 0;
    }
}
