package io.wikiengine.storage.internal;

import io.wikiengine.core.spi.UserKey;
import io.wikiengine.core.spi.UserKeyRepository;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Continuation keys in {@code wiki_user_keys}. */
final class JdbiUserKeyRepository implements UserKeyRepository {

    private final Handle handle;

    JdbiUserKeyRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public void insert(String kind, String token, int userId, Instant expiresAt) {
        handle.createUpdate("INSERT INTO wiki_user_keys (kind, token, user_id, expires_at) "
                        + "VALUES (:kind, :token, :user, :expires)")
                .bind("kind", kind)
                .bind("token", token)
                .bind("user", userId)
                .bind("expires", Sql.at(expiresAt))
                .execute();
    }

    @Override
    public Optional<UserKey> take(String kind, String token) {
        Optional<UserKey> key = handle.createQuery(
                        "SELECT kind, token, user_id, expires_at FROM wiki_user_keys WHERE kind = :kind AND token = :token")
                .bind("kind", kind)
                .bind("token", token)
                .map((rs, ctx) -> new UserKey(rs.getString("kind"), rs.getString("token"), rs.getInt("user_id"),
                        Sql.requiredInstant(rs, "expires_at")))
                .findOne();
        if (key.isEmpty()) {
            return key;
        }
        int deleted = handle.createUpdate("DELETE FROM wiki_user_keys WHERE kind = :kind AND token = :token")
                .bind("kind", kind)
                .bind("token", token)
                .execute();
        // Two requests racing with one key: only the one whose delete took it may use it.
        return deleted == 1 ? key : Optional.empty();
    }

    @Override
    public int purge(Instant before) {
        return handle.createUpdate("DELETE FROM wiki_user_keys WHERE expires_at < :before")
                .bind("before", Sql.at(before))
                .execute();
    }
}
