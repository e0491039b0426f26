package io.wikiengine.core.auth;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the built-in local strategy lets people in (spec ), kept in the wiki's settings.
 *
 * @param selfRegistration whether {@code register} is open (off by default, as in Wiki.js)
 * @param domainWhitelist  the email domains allowed to register, lower-case; empty means any
 * @param autoEnrollGroups the groups a registered user joins
 * @param enforceTfa       whether every local user must use two-factor login ({@code auth.enforce2FA})
 */
public record AuthPolicy(boolean selfRegistration, List<String> domainWhitelist, List<Integer> autoEnrollGroups,
                         boolean enforceTfa) {

    /** The policy of a fresh wiki: no self-registration, no enforced two-factor login. */
    public static final AuthPolicy DEFAULTS = new AuthPolicy(false, List.of(), List.of(), false);

    public AuthPolicy {
        domainWhitelist = domainWhitelist.stream()
                .map(d -> Objects.requireNonNull(d, "domain").trim().toLowerCase(Locale.ROOT))
                .filter(d -> !d.isEmpty())
                .distinct()
                .toList();
        autoEnrollGroups = autoEnrollGroups.stream().map(g -> Objects.requireNonNull(g, "group")).distinct().toList();
    }

    /** A copy with self-registration switched on or off. */
    public AuthPolicy withSelfRegistration(boolean enabled) {
        return new AuthPolicy(enabled, domainWhitelist, autoEnrollGroups, enforceTfa);
    }

    /** A copy with this domain whitelist. */
    public AuthPolicy withDomainWhitelist(List<String> domains) {
        return new AuthPolicy(selfRegistration, domains, autoEnrollGroups, enforceTfa);
    }

    /** A copy with these auto-enrolment groups. */
    public AuthPolicy withAutoEnrollGroups(List<Integer> groups) {
        return new AuthPolicy(selfRegistration, domainWhitelist, groups, enforceTfa);
    }

    /** A copy with two-factor login enforced or not. */
    public AuthPolicy withEnforceTfa(boolean enforced) {
        return new AuthPolicy(selfRegistration, domainWhitelist, autoEnrollGroups, enforced);
    }
}
