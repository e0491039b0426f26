package io.wikiengine.core.access;

import io.wikiengine.core.group.Group;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Groups, rules and actors built directly from the records, no storage. */
final class Fixtures {

    static final List<String> READ = List.of("read:pages");

    private Fixtures() {
    }

    static Group group(int id, String name, List<String> permissions, PageRule... rules) {
        return new Group(id, name, permissions, List.of(rules), false, "/", Instant.EPOCH, Instant.EPOCH);
    }

    static Group group(int id, PageRule... rules) {
        return group(id, "Group " + id, READ, rules);
    }

    static PageRule allow(RuleMatch match, String path) {
        return PageRule.allow("allow-" + match + "-" + path, match, path, READ);
    }

    static PageRule deny(RuleMatch match, String path) {
        return PageRule.deny("deny-" + match + "-" + path, match, path, READ);
    }

    static Actor user(Set<String> permissions, Integer... groups) {
        return Actor.user(10, "user@example.com", "User", permissions, List.of(groups));
    }

    static Actor reader(Integer... groups) {
        return user(Set.of("read:pages"), groups);
    }

    static PageTarget page(String path) {
        return PageTarget.page(path, "en");
    }

    static PageTarget page(String path, String... tags) {
        return PageTarget.page(path, "en", List.of(tags));
    }
}
