package io.wikiengine.core.spi;

import java.util.Map;
import java.util.Optional;

/** Key-value settings of the wiki: signing keys, the API switch, configuration the admin changes. */
public interface SettingsRepository {

    /** The value stored under this key. */
    Optional<String> get(String key);

    /** Stores the value under this key, replacing any value it had. */
    void put(String key, String value);

    /**
     * Stores the value under this key unless the key already has one; returns whether it stored it. Two
     * transactions racing to store the same key may also end with {@link DuplicateKeyException} in the
     * loser, which then finds the winner's value once it retries.
     */
    boolean putIfAbsent(String key, String value);

    /** Removes the key; does nothing when it is absent. */
    void remove(String key);

    /** Every stored setting. */
    Map<String, String> all();
}
