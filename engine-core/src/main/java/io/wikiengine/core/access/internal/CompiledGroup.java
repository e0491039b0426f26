package io.wikiengine.core.access.internal;

import java.util.List;

/**
 * A group's page rules, compiled once when the group is loaded or changed.
 *
 * @param id    the group id
 * @param name  the group name
 * @param rules the rules that can ever apply, in stored order (rules without roles and broken regexes left out)
 */
public record CompiledGroup(int id, String name, List<CompiledRule> rules) {

    public CompiledGroup {
        rules = List.copyOf(rules);
    }
}
