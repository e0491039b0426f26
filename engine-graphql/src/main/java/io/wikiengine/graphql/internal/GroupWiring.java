package io.wikiengine.graphql.internal;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.wikiengine.core.access.PageRule;
import io.wikiengine.core.access.RuleMatch;
import io.wikiengine.core.group.Group;
import io.wikiengine.core.group.GroupDetail;
import io.wikiengine.core.group.GroupService;
import io.wikiengine.core.group.GroupUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code groups} namespace: each fetcher calls one {@link GroupService} method. */
final class GroupWiring implements Wiring {

    private final GroupService groups;

    GroupWiring(GroupService groups) {
        this.groups = groups;
    }

    @Override
    public void register(RuntimeWiring.Builder wiring) {
        wiring.type("GroupQuery", t -> t
                .dataFetcher("list", env -> groups.list(Args.actor(env)))
                .dataFetcher("single", env -> groups.single(Args.actor(env), Args.integer(env, "id")).orElse(null)));
        wiring.type("GroupMutation", t -> t
                .dataFetcher("create", env -> Map.of("group", groups.create(Args.actor(env), Args.string(env, "name"))))
                .dataFetcher("update", env -> {
                    groups.update(Args.actor(env), new GroupUpdate(Args.integer(env, "id"), Args.string(env, "name"),
                            Args.string(env, "redirectOnLogin"), Args.strings(env, "permissions"), rules(env)));
                    return Map.of();
                })
                .dataFetcher("delete", env -> {
                    groups.delete(Args.actor(env), Args.integer(env, "id"));
                    return Map.of();
                })
                .dataFetcher("assignUser", env -> {
                    groups.assignUser(Args.actor(env), Args.integer(env, "groupId"), Args.integer(env, "userId"));
                    return Map.of();
                })
                .dataFetcher("unassignUser", env -> {
                    groups.unassignUser(Args.actor(env), Args.integer(env, "groupId"), Args.integer(env, "userId"));
                    return Map.of();
                }));
        // Group.* reads either a Group or a GroupDetail (a group with its members, from groups.single).
        wiring.type("Group", t -> t
                .dataFetcher("id", env -> group(env).id())
                .dataFetcher("name", env -> group(env).name())
                .dataFetcher("isSystem", env -> group(env).isSystem())
                .dataFetcher("redirectOnLogin", env -> group(env).redirectOnLogin())
                .dataFetcher("permissions", env -> group(env).permissions())
                .dataFetcher("pageRules", env -> group(env).pageRules())
                .dataFetcher("createdAt", env -> group(env).createdAt())
                .dataFetcher("updatedAt", env -> group(env).updatedAt())
                .dataFetcher("users", env -> env.getSource() instanceof GroupDetail detail ? detail.users()
                        : groups.single(Args.actor(env), group(env).id()).map(GroupDetail::users).orElse(List.of())));
    }

    private static Group group(DataFetchingEnvironment env) {
        Object source = env.getSource();
        return source instanceof GroupDetail detail ? detail.group() : (Group) source;
    }

    private static List<PageRule> rules(DataFetchingEnvironment env) {
        Object value = env.getArgument("pageRules");
        List<PageRule> rules = new ArrayList<>();
        if (!(value instanceof List<?> list)) {
            return rules;
        }
        for (Object item : list) {
            if (item instanceof Map<?, ?> rule) {
                rules.add(new PageRule(String.valueOf(rule.get("id")), Boolean.TRUE.equals(rule.get("deny")),
                        RuleMatch.valueOf(String.valueOf(rule.get("match"))), strings(rule.get("roles")),
                        String.valueOf(rule.get("path")), strings(rule.get("locales"))));
            }
        }
        return rules;
    }

    private static List<String> strings(Object value) {
        List<String> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item != null) {
                    result.add(item.toString());
                }
            }
        }
        return result;
    }
}
