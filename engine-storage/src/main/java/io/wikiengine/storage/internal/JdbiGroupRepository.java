package io.wikiengine.storage.internal;

import io.wikiengine.core.access.PageRule;
import io.wikiengine.core.access.RuleMatch;
import io.wikiengine.core.group.Group;
import io.wikiengine.core.spi.GroupRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jspecify.annotations.Nullable;

/** Groups in {@code wiki_groups}, their page rules in {@code wiki_group_rules}. */
final class JdbiGroupRepository implements GroupRepository {

    private static final String COLUMNS = "id, name, permissions, is_system, redirect_on_login, created_at, updated_at";

    private final Handle handle;

    JdbiGroupRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public Group insert(Group group) {
        int id = handle.createUpdate("INSERT INTO wiki_groups (name, permissions, is_system, redirect_on_login, "
                        + "created_at, updated_at) VALUES (:name, :permissions, :system, :redirect, :created, :updated)")
                .bind("name", group.name())
                .bind("permissions", Sql.jsonArray(group.permissions()))
                .bind("system", group.isSystem())
                .bind("redirect", group.redirectOnLogin())
                .bind("created", Sql.at(group.createdAt()))
                .bind("updated", Sql.at(group.updatedAt()))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Integer.class)
                .one();
        writeRules(id, group.pageRules());
        return new Group(id, group.name(), group.permissions(), group.pageRules(), group.isSystem(),
                group.redirectOnLogin(), group.createdAt(), group.updatedAt());
    }

    @Override
    public Optional<Group> byId(int id) {
        return byIds(List.of(id)).stream().findFirst();
    }

    @Override
    public List<Group> byIds(Collection<Integer> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return load("SELECT " + COLUMNS + " FROM wiki_groups WHERE id IN (<ids>) ORDER BY id",
                "SELECT * FROM wiki_group_rules WHERE group_id IN (<ids>) ORDER BY group_id, position", ids);
    }

    @Override
    public List<Group> all() {
        return load("SELECT " + COLUMNS + " FROM wiki_groups ORDER BY id",
                "SELECT * FROM wiki_group_rules ORDER BY group_id, position", null);
    }

    private List<Group> load(String groupSql, String ruleSql, @Nullable Collection<Integer> ids) {
        var groupQuery = handle.createQuery(groupSql);
        var ruleQuery = handle.createQuery(ruleSql);
        if (ids != null) {
            groupQuery.bindList("ids", List.copyOf(ids));
            ruleQuery.bindList("ids", List.copyOf(ids));
        }
        Map<Integer, List<PageRule>> rules = new HashMap<>();
        ruleQuery.map((rs, ctx) -> Map.entry(rs.getInt("group_id"), rule(rs)))
                .forEach(e -> rules.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return groupQuery.map((rs, ctx) -> group(rs, rules.getOrDefault(rs.getInt("id"), List.of()))).list();
    }

    @Override
    public boolean update(Group group) {
        int updated = handle.createUpdate("UPDATE wiki_groups SET name = :name, permissions = :permissions, "
                        + "is_system = :system, redirect_on_login = :redirect, updated_at = :updated WHERE id = :id")
                .bind("id", group.id())
                .bind("name", group.name())
                .bind("permissions", Sql.jsonArray(group.permissions()))
                .bind("system", group.isSystem())
                .bind("redirect", group.redirectOnLogin())
                .bind("updated", Sql.at(group.updatedAt()))
                .execute();
        if (updated == 0) {
            return false;
        }
        handle.createUpdate("DELETE FROM wiki_group_rules WHERE group_id = :id").bind("id", group.id()).execute();
        writeRules(group.id(), group.pageRules());
        return true;
    }

    @Override
    public boolean delete(int id) {
        return handle.createUpdate("DELETE FROM wiki_groups WHERE id = :id").bind("id", id).execute() > 0;
    }

    @Override
    public Map<Integer, Integer> memberCounts() {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        handle.createQuery("SELECT group_id, COUNT(*) FROM wiki_user_groups GROUP BY group_id ORDER BY group_id")
                .map((rs, ctx) -> Map.entry(rs.getInt(1), rs.getInt(2)))
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    @Override
    public int count() {
        return handle.createQuery("SELECT COUNT(*) FROM wiki_groups").mapTo(Integer.class).one();
    }

    private void writeRules(int groupId, List<PageRule> rules) {
        if (rules.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("INSERT INTO wiki_group_rules (group_id, position, rule_id, deny, "
                + "match_type, path, roles, locales) VALUES (:group, :position, :ruleId, :deny, :match, :path, "
                + ":roles, :locales)");
        for (int i = 0; i < rules.size(); i++) {
            PageRule rule = rules.get(i);
            batch.bind("group", groupId)
                    .bind("position", i)
                    .bind("ruleId", rule.id())
                    .bind("deny", rule.deny())
                    .bind("match", rule.match().name())
                    .bind("path", rule.path())
                    .bind("roles", Sql.jsonArray(rule.roles()))
                    .bind("locales", Sql.jsonArray(rule.locales()))
                    .add();
        }
        batch.execute();
    }

    private static PageRule rule(ResultSet rs) throws SQLException {
        return new PageRule(rs.getString("rule_id"), rs.getBoolean("deny"), RuleMatch.valueOf(rs.getString("match_type")),
                Sql.stringList(rs.getString("roles")), rs.getString("path"), Sql.stringList(rs.getString("locales")));
    }

    private static Group group(ResultSet rs, List<PageRule> rules) throws SQLException {
        return new Group(rs.getInt("id"), rs.getString("name"), Sql.stringList(rs.getString("permissions")), rules,
                rs.getBoolean("is_system"), rs.getString("redirect_on_login"), Sql.requiredInstant(rs, "created_at"),
                Sql.requiredInstant(rs, "updated_at"));
    }
}
