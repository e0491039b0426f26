package io.wikiengine.core.auth.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Signs and verifies the wiki's JWTs: RS256 only, issuer {@code urn:wiki.js}, the configured audience (spec
 * Expiry is left to the caller, who renews tokens that expired recently.
 */
public final class Jwts {

    /** The issuer of every token. */
    public static final String ISSUER = "urn:wiki.js";

    private final SigningKeys keys;
    private final String audience;
    // The verifier of the key held last: deriving the public key costs as much as the check itself.
    private volatile @Nullable Verifier verifier;

    private record Verifier(RSAKey key, RSASSAVerifier verifier) {
    }

    public Jwts(SigningKeys keys, String audience) {
        this.keys = keys;
        this.audience = audience;
    }

    /** Signs these claims, adding iat, exp, aud and iss; times are whole seconds as JWTs count them. */
    public String sign(Map<String, @Nullable Object> claims, Instant issuedAt, Instant expiresAt) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().serializeNullClaims(true);
        claims.forEach(builder::claim);
        builder.issueTime(Date.from(Instant.ofEpochSecond(issuedAt.getEpochSecond())))
                .expirationTime(Date.from(Instant.ofEpochSecond(expiresAt.getEpochSecond())))
                .audience(audience)
                .issuer(ISSUER);
        RSAKey key = keys.current();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(key.getKeyID()).build(), builder.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("The signing key cannot sign", e);
        }
        return jwt.serialize();
    }

    /**
     * The claims of a token that is an RS256 JWS signed by the wiki's key, for the wiki's issuer and audience;
     * empty for anything else (unsigned, another algorithm, a foreign or tampered token). Expiry is not
     * checked here.
     */
    public Optional<JWTClaimsSet> verify(String token) {
        SignedJWT jwt = parse(token);
        if (jwt == null || !JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            return Optional.empty();
        }
        RSAKey key = keys.current();
        String kid = jwt.getHeader().getKeyID();
        if (kid != null && !kid.equals(key.getKeyID())) {
            // Signed after another instance replaced the pair: read the stored one once.
            key = keys.reloadIfDue();
        }
        if (!signatureValid(jwt, verifierOf(key))) {
            return Optional.empty();
        }
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            return Optional.empty();
        }
        List<String> aud = claims.getAudience();
        if (!ISSUER.equals(claims.getIssuer()) || aud == null || !aud.contains(audience)
                || claims.getIssueTime() == null || claims.getExpirationTime() == null) {
            return Optional.empty();
        }
        return Optional.of(claims);
    }

    /** Whether the token, signature unchecked, claims to be an API key: it carries {@code api}. */
    public static boolean claimsApiKey(String token) {
        SignedJWT jwt = parse(token);
        try {
            return jwt != null && jwt.getJWTClaimsSet().getClaim("api") != null;
        } catch (ParseException e) {
            return false;
        }
    }

    // A JWS or nothing: an unsecured JWT, a JWE or garbage fails to parse as one.
    private static @Nullable SignedJWT parse(String token) {
        try {
            return SignedJWT.parse(token);
        } catch (ParseException | RuntimeException e) {
            return null;
        }
    }

    private @Nullable RSASSAVerifier verifierOf(RSAKey key) {
        Verifier held = verifier;
        if (held != null && held.key == key) {
            return held.verifier;
        }
        try {
            RSASSAVerifier made = new RSASSAVerifier(key.toRSAPublicKey());
            verifier = new Verifier(key, made);
            return made;
        } catch (JOSEException | RuntimeException e) {
            return null;
        }
    }

    private static boolean signatureValid(SignedJWT jwt, @Nullable RSASSAVerifier verifier) {
        if (verifier == null) {
            return false;
        }
        try {
            return jwt.verify(verifier);
        } catch (JOSEException | RuntimeException e) {
            return false;
        }
    }
}
