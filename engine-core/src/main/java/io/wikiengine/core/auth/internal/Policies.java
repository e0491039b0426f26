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
    /** The display name of the local strategy's instance. */
    public static final String LOCAL_DISPLAY_NAME = "auth.local.displayName";

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

    /** The display name of a user's strategy: the local instance's name, or {@code Unknown} for another key. */
    public static String providerName(SettingsRepository settings, String providerKey) {
        if (!"local".equals(providerKey)) {
            return "Unknown";
        }
        return settings.get(LOCAL_DISPLAY_NAME).orElse("Local");
    }

    /** Whether a user's strategy signs in with the form, so can do two-factor login (only {@code local} here). */
    public static boolean usesForm(String providerKey) {
        return "local".equals(providerKey);
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
