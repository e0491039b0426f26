package io.wikiengine.storage.auth;

import static io.wikiengine.storage.auth.AuthFixture.ADMIN_EMAIL;
import static io.wikiengine.storage.auth.AuthFixture.ADMIN_PASSWORD;
import static io.wikiengine.storage.auth.AuthFixture.claims;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.wikiengine.core.Wiki;
import io.wikiengine.core.WikiConfig;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.auth.Resolution;
import io.wikiengine.core.auth.internal.SigningKeys;
import io.wikiengine.core.group.Group;
import io.wikiengine.core.group.GroupUpdate;
import io.wikiengine.core.plugin.Topic;
import io.wikiengine.core.user.User;
import io.wikiengine.storage.JdbiStorage;
import io.wikiengine.storage.testing.TestStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenTest {

    private final AuthFixture f = new AuthFixture();

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        f.close();
    }

    private Actor actor(String token) {
        Actor actor = f.wiki.auth().resolve(token).actor();
        assertNotNull(actor);
        return actor;
    }

    @Test
    void r_5_2_1_userTokenCarriesTheClaimsOfWikiJs() throws Exception {
        JWTClaimsSet claims = claims(f.loginJwt(ADMIN_EMAIL, ADMIN_PASSWORD));
        assertEquals(1L, claims.getClaim("id"));
        assertEquals(ADMIN_EMAIL, claims.getClaim("email"));
        assertEquals("Administrator", claims.getClaim("name"));
        assertTrue(claims.getClaims().containsKey("av"));
        assertNull(claims.getClaim("av"));
        assertEquals("America/New_York", claims.getClaim("tz"));
        assertEquals("en", claims.getClaim("lc"));
        assertEquals("", claims.getClaim("df"));
        assertEquals("", claims.getClaim("ap"));
        assertEquals(List.of("manage:system"), claims.getStringListClaim("permissions"));
        assertEquals(List.of(1L), claims.getClaim("groups"));
        assertEquals("urn:wiki.js", claims.getIssuer());
        assertEquals(List.of("urn:wiki.js"), claims.getAudience());
        assertEquals(AuthFixture.T0, claims.getIssueTime().toInstant());
        assertEquals(AuthFixture.T0.plus(Duration.ofMinutes(30)), claims.getExpirationTime().toInstant());
        assertEquals(JWSAlgorithm.RS256, SignedJWT.parse(f.loginJwt(ADMIN_EMAIL, ADMIN_PASSWORD)).getHeader().getAlgorithm());
    }

    @Test
    void r_5_2_3_everyIssueUpdatesLastLoginAtButNotUpdatedAt() {
        User before = f.stored(1);
        f.clock.advance(Duration.ofMinutes(3));
        f.loginJwt(ADMIN_EMAIL, ADMIN_PASSWORD);
        User after = f.stored(1);
        assertEquals(AuthFixture.T0.plus(Duration.ofMinutes(3)), after.lastLoginAt());
        assertEquals(before.updatedAt(), after.updatedAt());
    }

    @Test
    void r_5_1_7_validTokenGivesTheUserWithTheTokensPermissions() {
        Actor admin = actor(f.loginJwt(ADMIN_EMAIL, ADMIN_PASSWORD));
        assertEquals(Actor.Kind.USER, admin.kind());
        assertEquals(1, admin.id());
        assertEquals(Set.of("manage:system"), admin.permissions());
        assertEquals(List.of(1), admin.groups());
    }

    @Test
    void r_5_1_3_missingTokenIsTheGuest() {
        Resolution none = f.wiki.auth().resolve(null);
        assertTrue(none.actor().isGuest());
        assertEquals(Set.of("read:pages", "read:assets", "read:comments"), none.actor().permissions());
        assertEquals(List.of(2), none.actor().groups());
        assertTrue(f.wiki.auth().resolve("").actor().isGuest());
    }

    @Test
    void r_5_1_3_malformedTokenIsTheGuest() {
        assertTrue(actor("not.a.jwt").isGuest());
        assertTrue(actor("garbage").isGuest());
    }

    @Test
    void r_5_1_3_tokenExpiredBeyondTheRenewalWindowIsTheGuest() {
        String jwt = f.loginJwt(ADMIN_EMAIL, ADMIN_PASSWORD);
        f.clock.advance(Duration.ofMinutes(30).plus(Duration.ofDays(14)).plusSeconds(1));
        Resolution r = f.wiki.auth().resolve(jwt);
        assertTrue(r.actor().isGuest());
        assertNull(r.renewedToken());
    }

    @Test
    void r_5_1_4_tokenExpiredWithinTheRenewalWindowIsRenewed() {
        String jwt = f.loginJwt(ADMIN_EMAIL, ADMIN_PASSWORD);
        f.clock.advance(Duration.ofDays(3));
        Resolution r = f.wiki.auth().resolve(jwt);
        assertEquals(1, r.actor().id());
        assertNotNull(r.renewedToken());
        assertEquals(AuthFixture.T0.plus(Duration.ofDays(3)), claims(r.renewedToken()).getIssueTime().toInstant());
        assertEquals(AuthFixture.T0.plus(Duration.ofDays(3)), f.stored(1).lastLoginAt());
        // The renewed token is good as it stands.
        Resolution again = f.wiki.auth().resolve(r.renewedToken());
        assertNull(again.renewedToken());
    }

    @Test
    void r_5_1_4_tokenIsValidUntilItsExpiry() {
        String jwt = f.loginJwt(ADMIN_EMAIL, ADMIN_PASSWORD);
        f.clock.advance(Duration.ofMinutes(29));
        assertNull(f.wiki.auth().resolve(jwt).renewedToken());
        f.clock.advance(Duration.ofMinutes(1));
        assertNotNull(f.wiki.auth().resolve(jwt).renewedToken());
    }

    @Test
    void r_5_1_6_renewalOfADeactivatedUserGivesNoActor() {
        Group editors = f.group("Editors", List.of("read:pages"), "/");
        User alice = f.user("alice@example.com", "alice-pass", editors.id());
        String jwt = f.loginJwt("alice@example.com", "alice-pass");
        f.edit(alice.id(), u -> u.withFlags(false, false, true));
        f.clock.advance(Duration.ofHours(1));
        Resolution r = f.wiki.auth().resolve(jwt);
        assertTrue(r.refused());
        assertNull(r.renewedToken());
    }

    @Test
    void decision16_groupRevocationServesCurrentPermissionsWithARenewedToken() {
        Group editors = f.group("Editors", List.of("read:pages"), "/");
        f.user("alice@example.com", "alice-pass", editors.id());
        String jwt = f.loginJwt("alice@example.com", "alice-pass");
        f.clock.advance(Duration.ofSeconds(2));
        f.storage().run(s -> {
            s.groups().update(editors.withAccess(List.of("read:pages", "write:pages"), List.of()));
            s.revocations().revoke("g" + editors.id(), f.clock.instant());
        });
        Resolution r = f.wiki.auth().resolve(jwt);
        assertEquals(Set.of("read:pages", "write:pages"), r.actor().permissions());
        assertNotNull(r.renewedToken());
        assertEquals(List.of("read:pages", "write:pages"), claims(r.renewedToken()).getClaim("permissions"));
    }

    @Test
    void decision16_revocationOfAnyGroupOfTheTokenCounts() {
        Group editors = f.group("Editors", List.of("read:pages"), "/");
        Group writers = f.group("Writers", List.of("write:pages"), "/");
        Group others = f.group("Others", List.of("manage:pages"), "/");
        f.user("alice@example.com", "alice-pass", editors.id(), writers.id());
        String jwt = f.loginJwt("alice@example.com", "alice-pass");
        f.clock.advance(Duration.ofSeconds(2));
        // A group she is not in, and an older revocation of one she is in, leave the token as it is.
        f.storage().run(s -> {
            s.revocations().revoke("g" + others.id(), f.clock.instant());
            s.revocations().revoke("g" + editors.id(), f.clock.instant().minusSeconds(10));
        });
        assertNull(f.wiki.auth().resolve(jwt).renewedToken());
        f.storage().run(s -> s.revocations().revoke("g" + writers.id(), f.clock.instant()));
        f.wiki.changed(Topic.IDENTITIES);
        assertNotNull(f.wiki.auth().resolve(jwt).renewedToken());
    }

    @Test
    void decision16_revocationAtTheSameSecondAsTheIssueStillCounts() {
        Group editors = f.group("Editors", List.of("read:pages"), "/");
        User alice = f.user("alice@example.com", "alice-pass", editors.id());
        String jwt = f.loginJwt("alice@example.com", "alice-pass");
        f.storage().run(s -> s.revocations().revoke("u" + alice.id(), f.clock.instant()));
        assertNotNull(f.wiki.auth().resolve(jwt).renewedToken());
    }

    @Test
    void decision16_revocationOlderThanTheTokenIsIgnored() {
        Group editors = f.group("Editors", List.of("read:pages"), "/");
        User alice = f.user("alice@example.com", "alice-pass", editors.id());
        f.storage().run(s -> s.revocations().revoke("u" + alice.id(), f.clock.instant()));
        f.clock.advance(Duration.ofSeconds(5));
        String jwt = f.loginJwt("alice@example.com", "alice-pass");
        assertNull(f.wiki.auth().resolve(jwt).renewedToken());
    }

    @Test
    void decision16_deactivatedUserIsRefusedAtOnce() {
        Group editors = f.group("Editors", List.of("read:pages"), "/");
        User alice = f.user("alice@example.com", "alice-pass", editors.id());
        String jwt = f.loginJwt("alice@example.com", "alice-pass");
        f.clock.advance(Duration.ofSeconds(1));
        f.edit(alice.id(), u -> u.withFlags(false, false, true));
        f.storage().run(s -> s.revocations().revoke("u" + alice.id(), f.clock.instant()));
        assertTrue(f.wiki.auth().resolve(jwt).refused());
    }

    @Test
    void decision16_deletedUserIsRefusedAtOnce() {
        Group editors = f.group("Editors", List.of("read:pages"), "/");
        User alice = f.user("alice@example.com", "alice-pass", editors.id());
        String jwt = f.loginJwt("alice@example.com", "alice-pass");
        f.clock.advance(Duration.ofSeconds(1));
        f.storage().run(s -> {
            s.users().delete(alice.id());
            s.revocations().revoke("u" + alice.id(), f.clock.instant());
        });
        assertTrue(f.wiki.auth().resolve(jwt).refused());
    }

    @Test
    void repeatedResolutionIsServedFromMemory() {
        String jwt = f.loginJwt(ADMIN_EMAIL, ADMIN_PASSWORD);
        Resolution first = f.wiki.auth().resolve(jwt);
        assertSame(first, f.wiki.auth().resolve(jwt));
    }

    @Test
    void cachedTokenIsDroppedWhenIdentitiesChange() {
        Group editors = f.group("Editors", List.of("read:pages"), "/");
        User alice = f.user("alice@example.com", "alice-pass", editors.id());
        String jwt = f.loginJwt("alice@example.com", "alice-pass");
        assertNull(f.wiki.auth().resolve(jwt).renewedToken());
        f.clock.advance(Duration.ofSeconds(1));
        f.storage().run(s -> s.revocations().revoke("u" + alice.id(), f.clock.instant()));
        // Written behind the wiki's back: still served from memory...
        assertNull(f.wiki.auth().resolve(jwt).renewedToken());
        // ...until a change through the wiki moves the identities counter.
        f.wiki.auth().setApiState(Actor.system(), true);
        assertNotNull(f.wiki.auth().resolve(jwt).renewedToken());
    }

    @Test
    void cachedTokenFollowsAGroupChangeMadeThroughTheWiki() {
        Group editors = f.group("Editors", List.of("read:pages"), "/");
        f.user("alice@example.com", "alice-pass", editors.id());
        String jwt = f.loginJwt("alice@example.com", "alice-pass");
        assertFalse(actor(jwt).has("write:pages"));
        f.clock.advance(Duration.ofSeconds(1));
        f.wiki.groups().update(Actor.system(), new GroupUpdate(editors.id(), "Editors", "/",
                List.of("read:pages", "write:pages"), List.of()));
        Resolution after = f.wiki.auth().resolve(jwt);
        assertTrue(after.actor().has("write:pages"));
        assertNotNull(after.renewedToken());
    }

    @Test
    void cachedTokenIsRefusedOnceTheUserIsDeactivatedThroughTheWiki() {
        Group editors = f.group("Editors", List.of("read:pages"), "/");
        User alice = f.user("alice@example.com", "alice-pass", editors.id());
        String jwt = f.loginJwt("alice@example.com", "alice-pass");
        assertEquals(alice.id(), actor(jwt).id());
        f.clock.advance(Duration.ofSeconds(1));
        f.wiki.users().deactivate(Actor.system(), alice.id());
        assertTrue(f.wiki.auth().resolve(jwt).refused());
    }

    @Test
    void cachedTokenIsDroppedWhenItExpires() {
        String jwt = f.loginJwt(ADMIN_EMAIL, ADMIN_PASSWORD);
        Resolution first = f.wiki.auth().resolve(jwt);
        f.clock.advance(Duration.ofMinutes(30));
        Resolution later = f.wiki.auth().resolve(jwt);
        assertNotSame(first, later);
        assertNotNull(later.renewedToken());
    }

    @Test
    void guestIsRebuiltWhenIdentitiesChange() {
        assertFalse(f.wiki.auth().guest().has("write:comments"));
        f.storage().run(s -> s.groups().update(s.groups().byId(2).orElseThrow()
                .withAccess(List.of("read:pages", "write:comments"), List.of())));
        f.wiki.auth().setApiState(Actor.system(), false);
        assertTrue(f.wiki.auth().guest().has("write:comments"));
    }

    @Test
    void algNoneIsTheGuest() {
        JWTClaimsSet claims = claims(f.loginJwt(ADMIN_EMAIL, ADMIN_PASSWORD));
        assertTrue(actor(new PlainJWT(claims).serialize()).isGuest());
    }

    @Test
    void hs256SignedWithThePublicKeyIsTheGuest() throws Exception {
        JWTClaimsSet claims = claims(f.loginJwt(ADMIN_EMAIL, ADMIN_PASSWORD));
        byte[] secret = f.wiki.auth().publicKeyPem().getBytes(StandardCharsets.US_ASCII);
        SignedJWT forged = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        forged.sign(new MACSigner(secret));
        assertTrue(actor(forged.serialize()).isGuest());
    }

    @Test
    void wrongIssuerIsTheGuest() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder(claims(f.loginJwt(ADMIN_EMAIL, ADMIN_PASSWORD)))
                .issuer("urn:somewhere-else").build();
        assertTrue(actor(signWithWikiKey(claims)).isGuest());
    }

    @Test
    void wrongAudienceIsTheGuest() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder(claims(f.loginJwt(ADMIN_EMAIL, ADMIN_PASSWORD)))
                .audience("urn:another-app").build();
        assertTrue(actor(signWithWikiKey(claims)).isGuest());
    }

    @Test
    void signingWithTheWikiKeyAndRightClaimsIsAccepted() throws Exception {
        // The control for the two tests above: the forging helper itself makes acceptable tokens.
        JWTClaimsSet claims = claims(f.loginJwt(ADMIN_EMAIL, ADMIN_PASSWORD));
        assertEquals(1, actor(signWithWikiKey(claims)).id());
    }

    @Test
    void tamperedPayloadIsTheGuest() {
        String jwt = f.loginJwt(ADMIN_EMAIL, ADMIN_PASSWORD);
        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"id\":1", "\"id\":3");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertTrue(actor(forged).isGuest());
    }

    @Test
    void flippedSignatureByteIsTheGuest() {
        String jwt = f.loginJwt(ADMIN_EMAIL, ADMIN_PASSWORD);
        String[] parts = jwt.split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[10] ^= 0x01;
        String forged = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(signature);
        assertTrue(actor(forged).isGuest());
    }

    @Test
    void audienceIsConfigurable() {
        try (Wiki other = Wiki.builder().storage(TestStores.fresh()).clock(f.clock)
                .config(WikiConfig.DEFAULTS.withPasswordCost(4).withAudience("urn:my-app"))
                .admin(ADMIN_EMAIL, ADMIN_PASSWORD).build()) {
            String jwt = other.auth().login(ADMIN_EMAIL, ADMIN_PASSWORD, "local").jwt();
            assertEquals(List.of("urn:my-app"), claims(jwt).getAudience());
            assertEquals(1, other.auth().resolve(jwt).actor().id());
            other.storage().close();
        }
    }

    @Test
    void r_5_8_4_regeneratedCertificatesInvalidateEveryToken() {
        String jwt = f.loginJwt(ADMIN_EMAIL, ADMIN_PASSWORD);
        String before = f.wiki.auth().publicKeyPem();
        f.wiki.auth().regenerateCertificates(Actor.system());
        assertNotEquals(before, f.wiki.auth().publicKeyPem());
        assertTrue(actor(jwt).isGuest());
        assertEquals(1, actor(f.loginJwt(ADMIN_EMAIL, ADMIN_PASSWORD)).id());
    }

    @Test
    void r_5_2_2_publicKeyIsPublishedAsJwkAndPem() {
        String jwk = f.wiki.auth().publicKeyJwk();
        assertTrue(jwk.contains("\"kty\":\"RSA\""));
        assertFalse(jwk.contains("\"d\""), "no private part");
        assertTrue(f.wiki.auth().publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----\n"));
    }

    @Test
    void sameTokenVerifiesOnASecondWikiOverTheSameFile() {
        Path home = dir.resolve("shared");
        String jwt;
        try (JdbiStorage first = JdbiStorage.h2File(home);
             Wiki a = Wiki.builder().storage(first).clock(f.clock).config(WikiConfig.DEFAULTS.withPasswordCost(4))
                     .admin(ADMIN_EMAIL, ADMIN_PASSWORD).build()) {
            jwt = a.auth().login(ADMIN_EMAIL, ADMIN_PASSWORD, "local").jwt();
        }
        try (JdbiStorage second = JdbiStorage.h2File(home);
             Wiki b = Wiki.builder().storage(second).clock(f.clock).config(WikiConfig.DEFAULTS.withPasswordCost(4))
                     .build()) {
            Resolution r = b.auth().resolve(jwt);
            assertEquals(1, r.actor().id());
            assertNull(r.renewedToken());
        }
    }

    @Test
    void twoWikisOnOneStoreAgreeOnTheKeyAndSeeARegeneration() {
        try (Wiki second = Wiki.builder().storage(f.storage()).clock(f.clock)
                .config(WikiConfig.DEFAULTS.withPasswordCost(4)).build()) {
            String jwt = f.loginJwt(ADMIN_EMAIL, ADMIN_PASSWORD);
            assertEquals(1, second.auth().resolve(jwt).actor().id());
            second.auth().regenerateCertificates(Actor.system());
            f.clock.advance(Duration.ofSeconds(2));
            String fresh = second.auth().login(ADMIN_EMAIL, ADMIN_PASSWORD, "local").jwt();
            assertEquals(1, actor(fresh).id());
        }
    }

    private String signWithWikiKey(JWTClaimsSet claims) throws Exception {
        f.wiki.auth().publicKeyPem();
        String pem = f.storage().inTransaction(s -> s.settings().get(SigningKeys.SETTING)).orElseThrow();
        String body = pem.substring(pem.indexOf("-----BEGIN PRIVATE KEY-----") + 27, pem.indexOf("-----END PRIVATE KEY-----"));
        KeyFactory factory = KeyFactory.getInstance("RSA");
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) factory.generatePrivate(
                new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(body)));
        RSAPublicKey pub = (RSAPublicKey) factory.generatePublic(
                new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        RSAKey jwk = new RSAKey.Builder(pub).privateKey(key).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(jwk));
        return jwt.serialize();
    }

}
