package io.wikiengine.core.access.internal;

import io.wikiengine.core.access.PageRule;
import io.wikiengine.core.access.RuleMatch;
import io.wikiengine.core.group.Group;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a group's stored rules into {@link CompiledRule}s.
 *
 * <p>A REGEX rule whose source Java cannot compile never matches; it is left out of the compiled rules and
 * reported once per group, rule and source, so that reloading every group after each change does not repeat
 * the warning.
 */
public final class RuleCompiler {

    private static final Logger LOG = LoggerFactory.getLogger(RuleCompiler.class);
    private static final int MAX_REMEMBERED_WARNINGS = 4096;

    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    /** Compiles the rules of one group. */
    public CompiledGroup compile(Group group) {
        List<CompiledRule> rules = new ArrayList<>(group.pageRules().size());
        for (PageRule rule : group.pageRules()) {
            Pattern pattern = null;
            if (rule.match() == RuleMatch.REGEX) {
                pattern = compileRegex(group, rule);
                if (pattern == null) {
                    continue;
                }
            }
            CompiledRule compiled = new CompiledRule(group.id(), group.name(), rule, pattern);
            if (compiled.hasRoles()) {
                rules.add(compiled);
            }
        }
        return new CompiledGroup(group.id(), group.name(), rules);
    }

    private @Nullable Pattern compileRegex(Group group, PageRule rule) {
        try {
            return Pattern.compile(rule.path());
        } catch (PatternSyntaxException e) {
            String key = group.id() + "\u0000" + rule.id() + "\u0000" + rule.path();
            if (warned.size() >= MAX_REMEMBERED_WARNINGS || warned.add(key)) {
                LOG.warn("Page rule {} of group {} ({}) has a regex Java cannot compile; it never matches: {}",
                        rule.id(), group.id(), group.name(), e.getDescription());
            }
            return null;
        }
    }
}
