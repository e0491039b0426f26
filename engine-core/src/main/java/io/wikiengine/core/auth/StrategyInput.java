package io.wikiengine.core.auth;

import io.wikiengine.core.KeyValue;
import java.util.List;
import java.util.Objects;

/**
 * One configured strategy as {@code updateStrategies} receives it ({@code AuthenticationStrategyInput}).
 *
 * @param key              the instance key
 * @param strategyKey      the module it runs
 * @param config           its configuration values
 * @param displayName      its name on the login page
 * @param order            its position
 * @param isEnabled        whether it can be used to sign in
 * @param selfRegistration whether visitors may register themselves
 * @param domainWhitelist  the email domains allowed to register
 * @param autoEnrollGroups the groups a registered user joins
 */
public record StrategyInput(String key, String strategyKey, List<KeyValue> config, String displayName, int order,
                            boolean isEnabled, boolean selfRegistration, List<String> domainWhitelist,
                            List<Integer> autoEnrollGroups) {

    public StrategyInput {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(strategyKey, "strategyKey");
        Objects.requireNonNull(displayName, "displayName");
        config = List.copyOf(config);
        domainWhitelist = List.copyOf(domainWhitelist);
        autoEnrollGroups = List.copyOf(autoEnrollGroups);
    }
}
