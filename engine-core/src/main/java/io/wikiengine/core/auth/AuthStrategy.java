package io.wikiengine.core.auth;

import io.wikiengine.core.KeyValue;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An authentication strategy module (spec ). Wiki Engine ships one: {@code local}, the built-in
 * database of users with bcrypt passwords.
 *
 * @param key          the module key
 * @param title        its name
 * @param description  what it does
 * @param isAvailable  whether it can be configured
 * @param useForm      whether it signs in with the username/password form
 * @param usernameType what the username is ({@code email})
 * @param logo         a logo URL
 * @param color        a theme colour name
 * @param website      the module's site
 * @param icon         an icon name, or null
 * @param props        the definitions of its configuration properties (none for {@code local})
 */
public record AuthStrategy(String key, String title, String description, boolean isAvailable, boolean useForm,
                           String usernameType, String logo, String color, String website, @Nullable String icon,
                           List<KeyValue> props) {

    /** The built-in strategy. */
    public static final AuthStrategy LOCAL = new AuthStrategy("local", "Local", "Built-in authentication for Wiki.js",
            true, true, "email", "https://static.requarks.io/logo/wikijs.svg", "primary", "https://wiki.js.org",
            null, List.of());

    public AuthStrategy {
        Objects.requireNonNull(key, "key");
        props = List.copyOf(props);
    }
}
