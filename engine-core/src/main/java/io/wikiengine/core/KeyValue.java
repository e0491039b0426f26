package io.wikiengine.core;

import java.util.Objects;

/**
 * A configuration entry as the Wiki.js API shows one ({@code KeyValuePair}): the value is a JSON text.
 *
 * @param key   the entry's name
 * @param value its value, as JSON
 */
public record KeyValue(String key, String value) {

    public KeyValue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }
}
