package io.wikiengine.core.auth;

import io.wikiengine.core.KeyValue;
import java.util.List;
import java.util.Objects;

/**
 * A configured instance of a strategy (spec ).
 *
 * @param key              the instance key
 * @param strategy         the module it runs
 * @param displayName      its name on the login page
 * @param order            its position among the configured strategies
 * @param isEnabled        whether it can be used to sign in
 * @param config           its configuration values
 * @param selfRegistration whether visitors may register themselves
 * @param domainWhitelist  the email domains allowed to register; empty means any
 * @param autoEnrollGroups the groups a registered user joins
 */
public record ActiveStrategy(String key, AuthStrategy strategy, String displayName, int order, boolean isEnabled,
                             List<KeyValue> config, boolean selfRegistration, List<String> domainWhitelist,
                             List<Integer> autoEnrollGroups) {

    public ActiveStrategy {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(displayName, "displayName");
        config = List.copyOf(config);
        domainWhitelist = List.copyOf(domainWhitelist);
        autoEnrollGroups = List.copyOf(autoEnrollGroups);
    }
}
