package io.wikiengine.core.spi;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Token revocations (spec, decision 16): a token issued to a subject at or before its revocation
 * time is not trusted as it stands. Subjects are {@code u<userId>} and {@code g<groupId>}.
 */
public interface RevocationRepository {

    /** Records that tokens of the subject issued at or before {@code at} are revoked. */
    void revoke(String subject, Instant at);

    /** When the subject's tokens were last revoked. */
    Optional<Instant> revokedAt(String subject);

    /**
     * The latest revocation of any of these subjects, empty when none of them was revoked (or there are no
     * subjects). Resolving a token asks this for its user and every group of the token at once; the
     * default asks {@link #revokedAt} for each, a store should answer with one query.
     */
    default Optional<Instant> latestRevocation(Collection<String> subjects) {
        Optional<Instant> latest = Optional.empty();
        for (String subject : subjects) {
            Optional<Instant> at = revokedAt(subject);
            if (at.isPresent() && (latest.isEmpty() || at.get().isAfter(latest.get()))) {
                latest = at;
            }
        }
        return latest;
    }

    /** Every revocation, by subject. */
    Map<String, Instant> all();

    /** Forgets revocations older than {@code before} (no token that old is still valid). */
    int purgeBefore(Instant before);
}
