package io.wikiengine.storage.internal;

import io.wikiengine.core.spi.RevocationRepository;
import io.wikiengine.storage.Dialect;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Revocations as rows of {@code wiki_revocations}. */
final class JdbiRevocationRepository implements RevocationRepository {

    private final Handle handle;
    private final Dialect dialect;

    JdbiRevocationRepository(Handle handle, Dialect dialect) {
        this.handle = handle;
        this.dialect = dialect;
    }

    @Override
    public void revoke(String subject, Instant at) {
        handle.createUpdate(dialect.upsertRevocation()).bind("subject", subject).bind("at", Sql.at(at)).execute();
    }

    @Override
    public Optional<Instant> revokedAt(String subject) {
        return handle.createQuery("SELECT revoked_at FROM wiki_revocations WHERE subject = :subject")
                .bind("subject", subject)
                .map((rs, ctx) -> Sql.requiredInstant(rs, "revoked_at"))
                .findOne();
    }

    @Override
    public Optional<Instant> latestRevocation(Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return Optional.empty();
        }
        // A token names its user and a handful of groups: one statement, however many subjects.
        return handle.createQuery(
                        "SELECT MAX(revoked_at) AS revoked_at FROM wiki_revocations WHERE subject IN (<subjects>)")
                .bindList("subjects", List.copyOf(subjects))
                .map((rs, ctx) -> Sql.instant(rs, "revoked_at"))
                .findOne();
    }

    @Override
    public Map<String, Instant> all() {
        Map<String, Instant> result = new LinkedHashMap<>();
        handle.createQuery("SELECT subject, revoked_at FROM wiki_revocations ORDER BY subject")
                .map((rs, ctx) -> Map.entry(rs.getString("subject"), Sql.requiredInstant(rs, "revoked_at")))
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    @Override
    public int purgeBefore(Instant before) {
        return handle.createUpdate("DELETE FROM wiki_revocations WHERE revoked_at < :before")
                .bind("before", Sql.at(before))
                .execute();
    }
}
