package io.wikiengine.core.group;

import io.wikiengine.core.access.PageRule;
import java.util.List;
import java.util.Objects;

/**
 * The arguments of {@code groups.update} (spec ): every field replaces the group's.
 *
 * @param id              the group to change
 * @param name            the new name (not validated)
 * @param redirectOnLogin where members land after login; {@code ""} means {@code /}
 * @param permissions     the new global permissions (free strings)
 * @param pageRules       the new page rules
 */
public record GroupUpdate(int id, String name, String redirectOnLogin, List<String> permissions,
                          List<PageRule> pageRules) {

    public GroupUpdate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(redirectOnLogin, "redirectOnLogin");
        permissions = List.copyOf(permissions);
        pageRules = List.copyOf(pageRules);
    }
}
