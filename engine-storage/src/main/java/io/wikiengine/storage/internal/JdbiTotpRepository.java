package io.wikiengine.storage.internal;

import io.wikiengine.core.spi.TotpRepository;
import java.time.Instant;
import java.util.OptionalLong;
import org.jdbi.v3.core.Handle;

/** Spent TOTP steps in {@code wiki_totp_steps}, failed attempts in {@code wiki_totp_failures}. */
final class JdbiTotpRepository implements TotpRepository {

    private final Handle handle;

    JdbiTotpRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public OptionalLong lastStep(int userId) {
        return handle.createQuery("SELECT step FROM wiki_totp_steps WHERE user_id = :user")
                .bind("user", userId)
                .mapTo(Long.class)
                .findOne()
                .map(OptionalLong::of)
                .orElseGet(OptionalLong::empty);
    }

    @Override
    public void spendStep(int userId, long step) {
        int changed = handle.createUpdate("UPDATE wiki_totp_steps SET step = :step WHERE user_id = :user")
                .bind("user", userId)
                .bind("step", step)
                .execute();
        if (changed == 0) {
            handle.createUpdate("INSERT INTO wiki_totp_steps (user_id, step) VALUES (:user, :step)")
                    .bind("user", userId)
                    .bind("step", step)
                    .execute();
        }
    }

    @Override
    public int recordFailure(String token, Instant at) {
        int changed = handle.createUpdate(
                        "UPDATE wiki_totp_failures SET failures = failures + 1, updated_at = :at WHERE token = :token")
                .bind("token", token)
                .bind("at", Sql.at(at))
                .execute();
        if (changed == 0) {
            handle.createUpdate("INSERT INTO wiki_totp_failures (token, failures, updated_at) VALUES (:token, 1, :at)")
                    .bind("token", token)
                    .bind("at", Sql.at(at))
                    .execute();
            return 1;
        }
        return handle.createQuery("SELECT failures FROM wiki_totp_failures WHERE token = :token")
                .bind("token", token)
                .mapTo(Integer.class)
                .one();
    }

    @Override
    public void clearFailures(String token) {
        handle.createUpdate("DELETE FROM wiki_totp_failures WHERE token = :token").bind("token", token).execute();
    }

    @Override
    public int purgeFailuresBefore(Instant before) {
        return handle.createUpdate("DELETE FROM wiki_totp_failures WHERE updated_at < :before")
                .bind("before", Sql.at(before))
                .execute();
    }
}
