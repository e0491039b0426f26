package io.wikiengine.core.comment;

import io.wikiengine.core.KeyValue;
import java.util.List;
import java.util.Objects;

/**
 * A comment provider module as {@code comments.providers} lists it (spec ).
 *
 * @param isEnabled   whether it handles the comment operations
 * @param key         the module key
 * @param title       its name
 * @param description what it does
 * @param logo        a logo URL
 * @param website     the module's site
 * @param isAvailable whether it can be enabled in this wiki
 * @param config      its settings, each value the JSON of the setting's definition with its {@code value}
 */
public record CommentProvider(boolean isEnabled, String key, String title, String description, String logo,
                              String website, boolean isAvailable, List<KeyValue> config) {

    public CommentProvider {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(logo, "logo");
        Objects.requireNonNull(website, "website");
        config = List.copyOf(config);
    }
}
