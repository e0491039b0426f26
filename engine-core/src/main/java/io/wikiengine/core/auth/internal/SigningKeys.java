package io.wikiengine.core.auth.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import io.wikiengine.core.spi.DuplicateKeyException;
import io.wikiengine.core.spi.SettingsRepository;
import io.wikiengine.core.spi.Storage;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The wiki's RSA-2048 signing key pair (spec ), kept in the settings as PEM so that every instance on
 * one store signs and verifies alike. Made on first need: two instances that race to make it agree on the
 * one that was stored first.
 */
public final class SigningKeys {

    /** The setting that holds the private key (PKCS#8 PEM) followed by the public key (X.509 PEM). */
    public static final String SETTING = "auth.certs";

    // A token naming an unknown key id makes us read the stored pair again, at most this often, so that a
    // flood of forged key ids cannot turn into a flood of reads.
    private static final Duration RELOAD_INTERVAL = Duration.ofSeconds(1);

    private final Storage storage;
    private final Clock clock;
    private volatile @Nullable RSAKey current;
    private volatile Instant loadedAt = Instant.MIN;

    public SigningKeys(Storage storage, Clock clock) {
        this.storage = storage;
        this.clock = clock;
    }

    /** The current key pair as a JWK with its private part; loaded or made on first call. */
    public RSAKey current() {
        RSAKey key = current;
        if (key != null) {
            return key;
        }
        return reload();
    }

    /** Reads the stored pair again (another instance may have regenerated it), making one if there is none. */
    public synchronized RSAKey reload() {
        RSAKey key = storage.inTransaction(session -> session.settings().get(SETTING)).map(SigningKeys::parse)
                .orElseGet(this::create);
        current = key;
        loadedAt = clock.instant();
        return key;
    }

    /** The current pair, read again from the store unless that was done less than a second ago. */
    public RSAKey reloadIfDue() {
        RSAKey key = current;
        if (key != null && clock.instant().isBefore(loadedAt.plus(RELOAD_INTERVAL))) {
            return key;
        }
        return reload();
    }

    /** Replaces the pair in this session's transaction; call {@link #forget()} after it committed. */
    public static void regenerate(SettingsRepository settings) {
        settings.put(SETTING, toPem(generate()));
    }

    /** Drops the pair held in memory, so that the next use reads the stored one. */
    public void forget() {
        current = null;
    }

    /** The public key as a JWK JSON document (for {@code /.well-known/jwk.json}). */
    public String publicJwk() {
        return current().toPublicJWK().toJSONString();
    }

    /** The public key as X.509 PEM (for {@code /.well-known/jwk.pem}). */
    public String publicPem() {
        try {
            return pem("PUBLIC KEY", current().toRSAPublicKey().getEncoded());
        } catch (JOSEException e) {
            throw new IllegalStateException("The stored public key is unusable", e);
        }
    }

    private RSAKey create() {
        String pem = toPem(generate());
        try {
            storage.inTransaction(session -> session.settings().putIfAbsent(SETTING, pem));
        } catch (DuplicateKeyException lostRace) {
            // Another instance stored its pair at the same moment: that one is the wiki's.
        }
        Optional<String> stored = storage.inTransaction(session -> session.settings().get(SETTING));
        return parse(stored.orElseThrow(() -> new IllegalStateException("The signing key could not be stored")));
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is part of every Java runtime", e);
        }
    }

    private static String toPem(KeyPair pair) {
        return pem("PRIVATE KEY", pair.getPrivate().getEncoded()) + pem("PUBLIC KEY", pair.getPublic().getEncoded());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static RSAKey parse(String pem) {
        String begin = "-----BEGIN PRIVATE KEY-----";
        String end = "-----END PRIVATE KEY-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException("The stored signing key is not a PKCS#8 PEM private key");
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) factory.generatePrivate(new PKCS8EncodedKeySpec(der));
            RSAPublicKey publicKey = (RSAPublicKey) factory.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            RSAKey key = new RSAKey.Builder(publicKey).privateKey(privateKey).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).build();
            return new RSAKey.Builder(key).keyID(key.computeThumbprint().toString()).build();
        } catch (GeneralSecurityException | JOSEException | ClassCastException e) {
            throw new IllegalStateException("The stored signing key is unusable", e);
        }
    }
}
