package io.wikiengine.storage.internal;

import io.wikiengine.core.spi.ApiKeyRepository;
import io.wikiengine.core.spi.StoredApiKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** API keys in {@code wiki_api_keys}. */
final class JdbiApiKeyRepository implements ApiKeyRepository {

    private static final String SELECT =
            "SELECT id, name, key_token, expiration, is_revoked, created_at, updated_at FROM wiki_api_keys";

    private final Handle handle;

    JdbiApiKeyRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public StoredApiKey insert(StoredApiKey key) {
        int id = handle.createUpdate("INSERT INTO wiki_api_keys (name, key_token, expiration, is_revoked, created_at, "
                        + "updated_at) VALUES (:name, :key, :expiration, :revoked, :createdAt, :updatedAt)")
                .bind("name", key.name())
                .bind("key", key.key())
                .bind("expiration", Sql.at(key.expiration()))
                .bind("revoked", key.isRevoked())
                .bind("createdAt", Sql.at(key.createdAt()))
                .bind("updatedAt", Sql.at(key.updatedAt()))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Integer.class)
                .one();
        return key.withId(id);
    }

    @Override
    public boolean update(StoredApiKey key) {
        return handle.createUpdate("UPDATE wiki_api_keys SET name = :name, key_token = :key, expiration = :expiration, "
                        + "is_revoked = :revoked, created_at = :createdAt, updated_at = :updatedAt WHERE id = :id")
                .bind("id", key.id())
                .bind("name", key.name())
                .bind("key", key.key())
                .bind("expiration", Sql.at(key.expiration()))
                .bind("revoked", key.isRevoked())
                .bind("createdAt", Sql.at(key.createdAt()))
                .bind("updatedAt", Sql.at(key.updatedAt()))
                .execute() == 1;
    }

    @Override
    public Optional<StoredApiKey> byId(int id) {
        return handle.createQuery(SELECT + " WHERE id = :id").bind("id", id).map((rs, ctx) -> key(rs)).findOne();
    }

    @Override
    public List<StoredApiKey> all() {
        return handle.createQuery(SELECT + " ORDER BY is_revoked, name, id").map((rs, ctx) -> key(rs)).list();
    }

    @Override
    public boolean revoke(int id, Instant at) {
        return handle.createUpdate("UPDATE wiki_api_keys SET is_revoked = TRUE, updated_at = :at WHERE id = :id")
                .bind("id", id)
                .bind("at", Sql.at(at))
                .execute() == 1;
    }

    private static StoredApiKey key(ResultSet rs) throws SQLException {
        return new StoredApiKey(rs.getInt("id"), rs.getString("name"), rs.getString("key_token"),
                Sql.requiredInstant(rs, "expiration"), rs.getBoolean("is_revoked"),
                Sql.requiredInstant(rs, "created_at"), Sql.requiredInstant(rs, "updated_at"));
    }
}
