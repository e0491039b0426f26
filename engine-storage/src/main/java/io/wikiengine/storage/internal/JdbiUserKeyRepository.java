package io.wikiengine.storage.internal;

import io.wikiengine.core.spi.UserKey;
import io.wikiengine.core.spi.UserKeyRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** User keys as rows of {@code wiki_user_keys}. */
final class JdbiUserKeyRepository implements UserKeyRepository {

    private static final String SELECT = "SELECT token, kind, user_id, created_at, expires_at FROM wiki_user_keys";

    private final Handle handle;

    JdbiUserKeyRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public void insert(UserKey key) {
        handle.createUpdate("INSERT INTO wiki_user_keys (token, kind, user_id, created_at, expires_at) "
                        + "VALUES (:token, :kind, :user, :created, :expires)")
                .bind("token", key.token())
                .bind("kind", key.kind().wire())
                .bind("user", key.userId())
                .bind("created", Sql.at(key.createdAt()))
                .bind("expires", Sql.at(key.expiresAt()))
                .execute();
    }

    @Override
    public Optional<UserKey> find(UserKey.Kind kind, String token) {
        return handle.createQuery(SELECT + " WHERE token = :token AND kind = :kind")
                .bind("token", token)
                .bind("kind", kind.wire())
                .map((rs, ctx) -> key(rs))
                .findOne();
    }

    @Override
    public boolean delete(UserKey.Kind kind, String token) {
        return handle.createUpdate("DELETE FROM wiki_user_keys WHERE token = :token AND kind = :kind")
                .bind("token", token)
                .bind("kind", kind.wire())
                .execute() > 0;
    }

    @Override
    public List<UserKey> byUser(int userId) {
        return handle.createQuery(SELECT + " WHERE user_id = :user ORDER BY created_at, token")
                .bind("user", userId)
                .map((rs, ctx) -> key(rs))
                .list();
    }

    @Override
    public int deleteByUser(int userId) {
        return handle.createUpdate("DELETE FROM wiki_user_keys WHERE user_id = :user").bind("user", userId).execute();
    }

    @Override
    public int purgeExpired(Instant now) {
        return handle.createUpdate("DELETE FROM wiki_user_keys WHERE expires_at <= :now")
                .bind("now", Sql.at(now))
                .execute();
    }

    private static UserKey key(ResultSet rs) throws SQLException {
        return new UserKey(UserKey.Kind.ofWire(rs.getString("kind")), rs.getString("token"), rs.getInt("user_id"),
                Sql.requiredInstant(rs, "created_at"), Sql.requiredInstant(rs, "expires_at"));
    }
}
