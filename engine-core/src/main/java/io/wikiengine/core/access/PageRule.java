package io.wikiengine.core.access;

import java.util.List;
import java.util.Objects;

/**
 * One page rule of a group, in the JSON shape Wiki.js stores (spec ).
 *
 * @param id      a client-generated identifier, kept as given
 * @param deny    whether the rule refuses instead of granting
 * @param match   how {@code path} is compared with a page
 * @param roles   the scopes the rule applies to (free strings; unknown ones never match)
 * @param path    no leading slash; a tag name for {@link RuleMatch#TAG}, a regex source for {@link RuleMatch#REGEX}
 * @param locales the locales the rule is limited to; empty means every locale
 */
public record PageRule(String id, boolean deny, RuleMatch match, List<String> roles, String path, List<String> locales) {

    public PageRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(path, "path");
        roles = List.copyOf(roles);
        locales = List.copyOf(locales);
    }

    /** An allowing rule. */
    public static PageRule allow(String id, RuleMatch match, String path, List<String> roles) {
        return new PageRule(id, false, match, roles, path, List.of());
    }

    /** A denying rule. */
    public static PageRule deny(String id, RuleMatch match, String path, List<String> roles) {
        return new PageRule(id, true, match, roles, path, List.of());
    }

    /** A copy limited to these locales. */
    public PageRule withLocales(List<String> newLocales) {
        return new PageRule(id, deny, match, roles, path, newLocales);
    }
}
