package io.wikiengine.core.comment;

import io.wikiengine.core.KeyValue;
import java.util.List;
import java.util.Objects;

/**
 * One provider as {@code comments.updateProviders} receives it (spec ).
 *
 * @param isEnabled whether it should handle the comment operations
 * @param key       the module key
 * @param config    settings to change, each value a JSON object whose {@code v} holds the new value
 */
public record CommentProviderInput(boolean isEnabled, String key, List<KeyValue> config) {

    public CommentProviderInput {
        Objects.requireNonNull(key, "key");
        config = List.copyOf(config);
    }
}
