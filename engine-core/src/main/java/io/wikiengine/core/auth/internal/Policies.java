package io.wikiengine.core.auth.internal;

import io.wikiengine.core.auth.AuthPolicy;
import io.wikiengine.core.spi.SettingsRepository;
import java.util.Arrays;
import java.util.List;

/** The local strategy's policy as settings, in the key names Wiki.js configuration uses. */
public final class Policies {

    private static final String SELF_REGISTRATION = "auth.local.selfRegistration";
    private static final String DOMAIN_WHITELIST = "auth.local.domainWhitelist";
    private static final String AUTO_ENROLL = "auth.local.autoEnrollGroups";
    private static final String ENFORCE_TFA = "auth.enforce2FA";

    private Policies() {
    }

    /** The stored policy, with the defaults for what was never stored. */
    public static AuthPolicy read(SettingsRepository settings) {
        return new AuthPolicy(
                settings.get(SELF_REGISTRATION).map(Boolean::parseBoolean).orElse(false),
                split(settings.get(DOMAIN_WHITELIST).orElse("")),
                split(settings.get(AUTO_ENROLL).orElse("")).stream().map(Integer::valueOf).toList(),
                settings.get(ENFORCE_TFA).map(Boolean::parseBoolean).orElse(false));
    }

    /** Stores the policy. */
    public static void write(SettingsRepository settings, AuthPolicy policy) {
        settings.put(SELF_REGISTRATION, Boolean.toString(policy.selfRegistration()));
        settings.put(DOMAIN_WHITELIST, String.join(",", policy.domainWhitelist()));
        settings.put(AUTO_ENROLL, String.join(",", policy.autoEnrollGroups().stream().map(String::valueOf).toList()));
        settings.put(ENFORCE_TFA, Boolean.toString(policy.enforceTfa()));
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
