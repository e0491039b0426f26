package io.wikiengine.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The SPI's default {@link RevocationRepository#latestRevocation}, for stores that do not answer it in one query. */
class RevocationRepositoryTest {

    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");

    /** Only what every store must implement; {@code latestRevocation} is the interface's. */
    private static final class MapRevocations implements RevocationRepository {
        private final Map<String, Instant> rows = new HashMap<>();

        @Override
        public void revoke(String subject, Instant at) {
            rows.put(subject, at);
        }

        @Override
        public Optional<Instant> revokedAt(String subject) {
            return Optional.ofNullable(rows.get(subject));
        }

        @Override
        public Map<String, Instant> all() {
            return Map.copyOf(rows);
        }

        @Override
        public int purgeBefore(Instant before) {
            int size = rows.size();
            rows.values().removeIf(at -> at.isBefore(before));
            return size - rows.size();
        }
    }

    @Test
    void theDefaultGivesTheNewestRevocationOfTheSubjects() {
        MapRevocations revocations = new MapRevocations();
        revocations.revoke("u3", T0);
        revocations.revoke("g1", T0.plusSeconds(5));
        revocations.revoke("g2", T0.minusSeconds(5));
        assertEquals(Optional.of(T0.plusSeconds(5)), revocations.latestRevocation(List.of("g2", "g1", "u3", "g9")));
        assertEquals(Optional.of(T0), revocations.latestRevocation(List.of("u3", "g2")));
        assertEquals(Optional.empty(), revocations.latestRevocation(List.of("u4")));
        assertEquals(Optional.empty(), revocations.latestRevocation(List.of()));
    }
}
