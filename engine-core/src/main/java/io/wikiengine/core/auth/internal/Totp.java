package io.wikiengine.core.auth.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as RFC 6238 defines them and authenticator apps compute them: HMAC-SHA-1,
 * 6 digits, 30-second steps from the Unix epoch. Accepts the current step and one on either side
 * (decision 22), so a phone clock a little off still works.
 */
public final class Totp {

    /** The length of a step, in seconds. */
    public static final long STEP_SECONDS = 30;
    /** The number of digits of a code. */
    public static final int DIGITS = 6;

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    /** A new random secret of 160 bits (the size RFC 4226 recommends), in base32. */
    public static String newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return Base32.encode(secret);
    }

    /** The time step an instant falls in. */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of a time step, zero-padded to {@code digits} digits. */
    public static String code(byte[] key, long step, int digits) {
        byte[] counter = new byte[8];
        for (int i = 7; i >= 0; i--) {
            counter[i] = (byte) (step >>> (8 * (7 - i)));
        }
        byte[] hash = hmacSha1(key, counter);
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    /**
     * The step whose code matches, trying the current step first and then its neighbours; empty when none
     * does. Comparison takes the same time whatever the code.
     */
    public static OptionalLong matchingStep(String base32Secret, String code, Instant now) {
        byte[] key;
        try {
            key = Base32.decode(base32Secret);
        } catch (IllegalArgumentException malformed) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step : new long[] {current, current - 1, current + 1}) {
            if (MessageDigest.isEqual(code(key, step, DIGITS).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    code.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The enrolment URI authenticator apps scan (spec ). */
    public static String uri(String siteTitle, String email, String base32Secret) {
        String issuer = siteTitle.replaceAll("[\\s\\p{Punct}]", "");
        return "otpauth://totp/" + issuer + ":" + email + "?secret=" + base32Secret;
    }

    private static byte[] hmacSha1(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA1"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
    }
}
