package io.wikiengine.storage.internal;

import io.wikiengine.core.spi.UserRepository;
import io.wikiengine.core.user.User;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/** Users in {@code wiki_users}, memberships in {@code wiki_user_groups}. */
final class JdbiUserRepository implements UserRepository {

    private static final String FIELDS = "email, name, provider_key, provider_id, password_hash, tfa_is_active, "
            + "tfa_secret, job_title, location, picture_url, timezone, locale_code, default_editor, date_format, "
            + "appearance, is_system, is_active, is_verified, must_change_pwd, created_at, updated_at, last_login_at";
    private static final String VALUES = ":email, :name, :providerKey, :providerId, :passwordHash, :tfaIsActive, "
            + ":tfaSecret, :jobTitle, :location, :pictureUrl, :timezone, :localeCode, :defaultEditor, :dateFormat, "
            + ":appearance, :isSystem, :isActive, :isVerified, :mustChangePwd, :createdAt, :updatedAt, :lastLoginAt";
    private static final String SELECT = "SELECT id, " + FIELDS + " FROM wiki_users";

    private final Handle handle;

    JdbiUserRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public User insert(User user) {
        int id = bind(handle.createUpdate("INSERT INTO wiki_users (" + FIELDS + ") VALUES (" + VALUES + ")"), user)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Integer.class)
                .one();
        return user.withId(id);
    }

    @Override
    public Optional<User> byId(int id) {
        return handle.createQuery(SELECT + " WHERE id = :id").bind("id", id).map((rs, ctx) -> user(rs)).findOne();
    }

    @Override
    public Map<Integer, User> byIds(Collection<Integer> ids) {
        Map<Integer, User> result = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        handle.createQuery(SELECT + " WHERE id IN (<ids>) ORDER BY id")
                .bindList("ids", List.copyOf(new LinkedHashSet<>(ids)))
                .map((rs, ctx) -> user(rs))
                .forEach(u -> result.put(u.id(), u));
        return result;
    }

    @Override
    public Optional<User> byEmail(String providerKey, String email) {
        return handle.createQuery(SELECT + " WHERE provider_key = :provider AND email = :email")
                .bind("provider", providerKey)
                .bind("email", email)
                .map((rs, ctx) -> user(rs))
                .findOne();
    }

    @Override
    public List<User> all() {
        return handle.createQuery(SELECT + " ORDER BY id").map((rs, ctx) -> user(rs)).list();
    }

    @Override
    public boolean update(User user) {
        StringBuilder set = new StringBuilder();
        String[] fields = FIELDS.split(", ");
        String[] values = VALUES.split(", ");
        for (int i = 0; i < fields.length; i++) {
            set.append(i == 0 ? "" : ", ").append(fields[i]).append(" = ").append(values[i]);
        }
        return bind(handle.createUpdate("UPDATE wiki_users SET " + set + " WHERE id = :id"), user)
                .bind("id", user.id())
                .execute() > 0;
    }

    @Override
    public boolean delete(int id) {
        return handle.createUpdate("DELETE FROM wiki_users WHERE id = :id").bind("id", id).execute() > 0;
    }

    @Override
    public List<Integer> groupIds(int userId) {
        return handle.createQuery("SELECT group_id FROM wiki_user_groups WHERE user_id = :id ORDER BY group_id")
                .bind("id", userId)
                .mapTo(Integer.class)
                .list();
    }

    @Override
    public Map<Integer, List<Integer>> groupIds(Collection<Integer> userIds) {
        Map<Integer, List<Integer>> result = new LinkedHashMap<>();
        if (userIds.isEmpty()) {
            return result;
        }
        for (Integer id : userIds) {
            result.put(id, new ArrayList<>());
        }
        handle.createQuery("SELECT user_id, group_id FROM wiki_user_groups WHERE user_id IN (<ids>) "
                        + "ORDER BY user_id, group_id")
                .bindList("ids", List.copyOf(new LinkedHashSet<>(userIds)))
                .map((rs, ctx) -> Map.entry(rs.getInt(1), rs.getInt(2)))
                .forEach(e -> result.get(e.getKey()).add(e.getValue()));
        result.replaceAll((k, v) -> List.copyOf(v));
        return result;
    }

    @Override
    public void setGroups(int userId, Collection<Integer> groupIds) {
        handle.createUpdate("DELETE FROM wiki_user_groups WHERE user_id = :id").bind("id", userId).execute();
        for (Integer groupId : new LinkedHashSet<>(groupIds)) {
            addToGroup(userId, groupId);
        }
    }

    @Override
    public void addToGroup(int userId, int groupId) {
        boolean member = handle.createQuery("SELECT COUNT(*) FROM wiki_user_groups WHERE user_id = :u AND group_id = :g")
                .bind("u", userId)
                .bind("g", groupId)
                .mapTo(Integer.class)
                .one() > 0;
        if (member) {
            return;
        }
        handle.createUpdate("INSERT INTO wiki_user_groups (user_id, group_id) VALUES (:u, :g)")
                .bind("u", userId)
                .bind("g", groupId)
                .execute();
    }

    @Override
    public void removeFromGroup(int userId, int groupId) {
        handle.createUpdate("DELETE FROM wiki_user_groups WHERE user_id = :u AND group_id = :g")
                .bind("u", userId)
                .bind("g", groupId)
                .execute();
    }

    @Override
    public List<Integer> memberIds(int groupId) {
        return handle.createQuery("SELECT user_id FROM wiki_user_groups WHERE group_id = :g ORDER BY user_id")
                .bind("g", groupId)
                .mapTo(Integer.class)
                .list();
    }

    @Override
    public List<User> search(String text, int limit) {
        String pattern = "%" + Sql.escapeLike(text.toLowerCase(java.util.Locale.ROOT)) + "%";
        return handle.createQuery(SELECT + " WHERE LOWER(email) LIKE :pattern ESCAPE '!' "
                        + "OR LOWER(name) LIKE :pattern ESCAPE '!' ORDER BY id LIMIT :limit")
                .bind("pattern", pattern)
                .bind("limit", limit)
                .map((rs, ctx) -> user(rs))
                .list();
    }

    @Override
    public List<User> lastLogins(int limit) {
        return handle.createQuery(SELECT + " WHERE last_login_at IS NOT NULL ORDER BY last_login_at DESC, id "
                        + "LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> user(rs))
                .list();
    }

    @Override
    public int count() {
        return handle.createQuery("SELECT COUNT(*) FROM wiki_users").mapTo(Integer.class).one();
    }

    // Every table with a column referring to the user as the writer of content.
    private static final String[][] CONTENT_COLUMNS = {
        {"wiki_pages", "author_id"}, {"wiki_pages", "creator_id"}, {"wiki_page_history", "author_id"},
        {"wiki_assets", "author_id"}, {"wiki_comments", "author_id"}};

    @Override
    public void reassignContent(int fromUserId, int toUserId) {
        for (String[] column : CONTENT_COLUMNS) {
            handle.createUpdate("UPDATE " + column[0] + " SET " + column[1] + " = :to WHERE " + column[1] + " = :from")
                    .bind("from", fromUserId)
                    .bind("to", toUserId)
                    .execute();
        }
    }

    private static <S extends SqlStatement<S>> S bind(S statement, User user) {
        return statement.bind("email", user.email())
                .bind("name", user.name())
                .bind("providerKey", user.providerKey())
                .bind("providerId", user.providerId())
                .bind("passwordHash", user.passwordHash())
                .bind("tfaIsActive", user.tfaIsActive())
                .bind("tfaSecret", user.tfaSecret())
                .bind("jobTitle", user.jobTitle())
                .bind("location", user.location())
                .bind("pictureUrl", user.pictureUrl())
                .bind("timezone", user.timezone())
                .bind("localeCode", user.localeCode())
                .bind("defaultEditor", user.defaultEditor())
                .bind("dateFormat", user.dateFormat())
                .bind("appearance", user.appearance())
                .bind("isSystem", user.isSystem())
                .bind("isActive", user.isActive())
                .bind("isVerified", user.isVerified())
                .bind("mustChangePwd", user.mustChangePwd())
                .bind("createdAt", Sql.at(user.createdAt()))
                .bind("updatedAt", Sql.at(user.updatedAt()))
                .bind("lastLoginAt", Sql.at(user.lastLoginAt()));
    }

    private static User user(ResultSet rs) throws SQLException {
        return new User(rs.getInt("id"), rs.getString("email"), rs.getString("name"), rs.getString("provider_key"),
                rs.getString("provider_id"), rs.getString("password_hash"), rs.getBoolean("tfa_is_active"),
                rs.getString("tfa_secret"), rs.getString("job_title"), rs.getString("location"),
                rs.getString("picture_url"), rs.getString("timezone"), rs.getString("locale_code"),
                rs.getString("default_editor"), rs.getString("date_format"), rs.getString("appearance"),
                rs.getBoolean("is_system"), rs.getBoolean("is_active"), rs.getBoolean("is_verified"),
                rs.getBoolean("must_change_pwd"), Sql.requiredInstant(rs, "created_at"),
                Sql.requiredInstant(rs, "updated_at"), Sql.instant(rs, "last_login_at"));
    }
}
