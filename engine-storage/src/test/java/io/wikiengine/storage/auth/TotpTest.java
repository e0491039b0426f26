package io.wikiengine.storage.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.auth.internal.Base32;
import io.wikiengine.core.auth.internal.MsDuration;
import io.wikiengine.core.auth.internal.Totp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TotpTest {

    // RFC 6238 appendix B, SHA-1, with the seed "12345678901234567890".
    private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void rfc6238_testVectorsWithEightDigits() {
        long[][] vectors = {{59L, 94287082L}, {1111111109L, 7081804L}, {1111111111L, 14050471L},
                {1234567890L, 89005924L}, {2000000000L, 69279037L}, {20000000000L, 65353130L}};
        for (long[] v : vectors) {
            String expected = String.format("%08d", v[1]);
            assertEquals(expected, Totp.code(SEED, Totp.step(Instant.ofEpochSecond(v[0])), 8), "T=" + v[0]);
        }
    }

    @Test
    void rfc6238_sixDigitCodesAreTheLastSixDigits() {
        assertEquals("287082", Totp.code(SEED, Totp.step(Instant.ofEpochSecond(59)), 6));
        assertEquals("005924", Totp.code(SEED, Totp.step(Instant.ofEpochSecond(1234567890)), 6));
    }

    @Test
    void decision22_oneStepOfDriftEitherWayIsAccepted() {
        String secret = Base32.encode(SEED);
        Instant now = Instant.ofEpochSecond(1234567890);
        String previous = Totp.code(SEED, Totp.step(now) - 1, 6);
        String next = Totp.code(SEED, Totp.step(now) + 1, 6);
        String twoAhead = Totp.code(SEED, Totp.step(now) + 2, 6);
        assertEquals(Totp.step(now) - 1, Totp.matchingStep(secret, previous, now).getAsLong());
        assertEquals(Totp.step(now) + 1, Totp.matchingStep(secret, next, now).getAsLong());
        assertTrue(Totp.matchingStep(secret, twoAhead, now).isEmpty());
    }

    @Test
    void base32RoundTrips() {
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Base32.encode(SEED));
        assertEquals(new String(SEED, StandardCharsets.US_ASCII),
                new String(Base32.decode("gezdgnbvgy3tqojqgezdgnbvgy3tqojq"), StandardCharsets.US_ASCII));
    }

    @Test
    void r_5_2_4_msNotation() {
        assertEquals(Optional.of(Duration.ofMinutes(30)), MsDuration.parse("30m"));
        assertEquals(Optional.of(Duration.ofDays(14)), MsDuration.parse("14d"));
        assertEquals(Optional.of(Duration.ofMillis(31_557_600_000L)), MsDuration.parse("1y"));
        assertEquals(Optional.of(Duration.ofDays(2)), MsDuration.parse("2 days"));
        assertEquals(Optional.of(Duration.ofMinutes(90)), MsDuration.parse("1.5h"));
        assertEquals(Optional.of(Duration.ofMillis(500)), MsDuration.parse("500"));
        assertEquals(Optional.of(Duration.ofDays(21)), MsDuration.parse("3 Weeks"));
        assertEquals(Optional.empty(), MsDuration.parse("soon"));
        assertEquals(Optional.empty(), MsDuration.parse("5 parsecs"));
        assertEquals(Optional.empty(), MsDuration.parse(""));
    }
}
