package io.wikiengine.core.spi;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A one-time key handed to a user by mail or as a login continuation (spec ): a random 21-character
 * URL-safe token of one kind, owned by one user, valid for 24 hours.
 *
 * @param kind      what the key lets its holder do
 * @param token     the random token, unique in the store
 * @param userId    the user the key belongs to
 * @param createdAt when the key was made
 * @param expiresAt when the key stops being valid
 */
public record UserKey(Kind kind, String token, int userId, Instant createdAt, Instant expiresAt) {

    /** How long a new key is valid. */
    public static final Duration VALIDITY = Duration.ofHours(24);

    /** The length of a token, as Wiki.js makes them. */
    public static final int TOKEN_LENGTH = 21;

    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The kinds of key, with the names Wiki.js stores. */
    public enum Kind {
        /** Continues a login with a TOTP code. */
        TFA("tfa"),
        /** Continues a login that must enrol TOTP first. */
        TFA_SETUP("tfaSetup"),
        /** Continues a login that must change the password first. */
        CHANGE_PWD("changePwd"),
        /** Mailed to reset a forgotten password. */
        RESET_PWD("resetPwd"),
        /** Mailed to verify an email address. */
        VERIFY("verify");

        private final String wire;

        Kind(String wire) {
            this.wire = wire;
        }

        /** The name as stored, for example {@code resetPwd}. */
        public String wire() {
            return wire;
        }

        /**
         * The kind with this stored name.
         *
         * @throws IllegalArgumentException if no kind has it
         */
        public static Kind ofWire(String wire) {
            for (Kind kind : values()) {
                if (kind.wire.equals(wire)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("Unknown user key kind: " + wire);
        }
    }

    public UserKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (token.isEmpty()) {
            throw new IllegalArgumentException("token must not be empty");
        }
        if (userId < 1) {
            throw new IllegalArgumentException("userId must be positive: " + userId);
        }
    }

    /** A new key of this kind for the user, with a fresh random token, valid for {@link #VALIDITY} from now. */
    public static UserKey issue(Kind kind, int userId, Instant now) {
        return new UserKey(kind, newToken(), userId, now, now.plus(VALIDITY));
    }

    /** A fresh random token of {@link #TOKEN_LENGTH} URL-safe characters (126 bits of randomness). */
    public static String newToken() {
        char[] token = new char[TOKEN_LENGTH];
        for (int i = 0; i < token.length; i++) {
            token[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(token);
    }

    /** Whether the key is no longer valid at this instant. */
    public boolean isExpiredAt(Instant instant) {
        return !instant.isBefore(expiresAt);
    }
}
