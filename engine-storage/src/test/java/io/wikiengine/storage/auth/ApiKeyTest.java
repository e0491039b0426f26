package io.wikiengine.storage.auth;

import static io.wikiengine.storage.auth.AuthFixture.claims;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.access.Actor;
import io.wikiengine.core.auth.ApiKey;
import io.wikiengine.core.auth.RequestRejectedException;
import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.error.WikiException;
import io.wikiengine.core.group.Group;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    private static final Actor ADMIN = Actor.system();

    private final AuthFixture f = new AuthFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private RequestRejectedException rejected(String key) {
        return assertThrows(RequestRejectedException.class, () -> f.wiki.auth().resolve(key));
    }

    @Test
    void r_5_7_6_apiIsOffByDefaultAndTheSwitchPersists() {
        assertFalse(f.wiki.auth().apiState(ADMIN));
        f.wiki.auth().setApiState(ADMIN, true);
        assertTrue(f.wiki.auth().apiState(ADMIN));
        assertEquals("true", f.storage().inTransaction(s -> s.settings().get("api.isEnabled")).orElseThrow());
    }

    @Test
    void r_5_7_1_keyIsAJwtWithApiAndGroupClaims() {
        Group readers = f.group("Readers", List.of("read:pages"), "/");
        String key = f.wiki.auth().createApiKey(ADMIN, "ci", "30d", false, readers.id());
        assertEquals(1L, claims(key).getClaim("api"));
        assertEquals((long) readers.id(), claims(key).getClaim("grp"));
        assertEquals(AuthFixture.T0.plus(Duration.ofDays(30)), claims(key).getExpirationTime().toInstant());
        assertEquals(1L, claims(f.wiki.auth().createApiKey(ADMIN, "full", "1y", true, readers.id())).getClaim("grp"));
    }

    @Test
    void r_5_7_5_keyActsForUserOneWithTheCurrentPermissionsOfItsGroup() {
        Group readers = f.group("Readers", List.of("read:pages"), "/");
        String key = f.wiki.auth().createApiKey(ADMIN, "ci", "30d", false, readers.id());
        f.wiki.auth().setApiState(ADMIN, true);
        Actor actor = f.wiki.auth().resolve(key).actor();
        assertTrue(actor.isApiKey());
        assertEquals(1, actor.authorId());
        assertEquals("api@localhost", actor.email());
        assertEquals(Set.of("read:pages"), actor.permissions());
        assertEquals(List.of(readers.id()), actor.groups());
    }

    @Test
    void r_5_7_1_keyWithoutGroupHasNoPermissions() {
        String key = f.wiki.auth().createApiKey(ADMIN, "none", "30d", false, null);
        f.wiki.auth().setApiState(ADMIN, true);
        assertEquals(Set.of(), f.wiki.auth().resolve(key).actor().permissions());
    }

    @Test
    void decision23_anyKeyWhileTheApiIsOffIsRejected() {
        String key = f.wiki.auth().createApiKey(ADMIN, "ci", "30d", true, null);
        RequestRejectedException e = rejected(key);
        assertEquals(RequestRejectedException.Reason.API_DISABLED, e.reason());
        assertEquals("API is disabled. You must enable it from the Administration Area first.", e.getMessage());
    }

    @Test
    void decision23_switchingTheApiOffTakesEffectAtOnce() {
        String key = f.wiki.auth().createApiKey(ADMIN, "ci", "30d", true, null);
        f.wiki.auth().setApiState(ADMIN, true);
        f.wiki.auth().resolve(key);
        f.wiki.auth().setApiState(ADMIN, false);
        assertEquals(RequestRejectedException.Reason.API_DISABLED, rejected(key).reason());
    }

    @Test
    void decision23_revokedKeyIsRejectedAtOnce() {
        String key = f.wiki.auth().createApiKey(ADMIN, "ci", "30d", true, null);
        f.wiki.auth().setApiState(ADMIN, true);
        assertTrue(f.wiki.auth().resolve(key).actor().isApiKey());
        f.wiki.auth().revokeApiKey(ADMIN, 1);
        RequestRejectedException e = rejected(key);
        assertEquals(RequestRejectedException.Reason.API_KEY_INVALID, e.reason());
        assertEquals("API Key is invalid or was revoked.", e.getMessage());
        assertEquals(1, e.code());
    }

    @Test
    void decision23_expiredKeyIsRejectedNotTheGuest() {
        String key = f.wiki.auth().createApiKey(ADMIN, "ci", "1h", true, null);
        f.wiki.auth().setApiState(ADMIN, true);
        f.wiki.auth().resolve(key);
        f.clock.advance(Duration.ofHours(1));
        assertEquals(RequestRejectedException.Reason.API_KEY_INVALID, rejected(key).reason());
        f.clock.advance(Duration.ofDays(30));
        assertEquals(RequestRejectedException.Reason.API_KEY_INVALID, rejected(key).reason());
    }

    @Test
    void decision23_unknownKeyIsRejected() {
        String key = f.wiki.auth().createApiKey(ADMIN, "ci", "30d", true, null);
        f.wiki.auth().setApiState(ADMIN, true);
        f.storage().run(s -> s.apiKeys().update(s.apiKeys().byId(1).orElseThrow().withKey("other", f.clock.instant())));
        f.wiki.auth().revokeApiKey(ADMIN, 99);
        assertEquals(RequestRejectedException.Reason.API_KEY_INVALID, rejected(key).reason());
    }

    @Test
    void decision23_keyOfAReplacedKeyPairIsRejected() {
        String key = f.wiki.auth().createApiKey(ADMIN, "ci", "30d", true, null);
        f.wiki.auth().setApiState(ADMIN, true);
        f.wiki.auth().regenerateCertificates(ADMIN);
        assertEquals(RequestRejectedException.Reason.API_KEY_INVALID, rejected(key).reason());
    }

    @Test
    void r_5_7_2_listIsOrderedByRevokedThenNameAndShowsOnlyTheTail() {
        String b = f.wiki.auth().createApiKey(ADMIN, "beta", "30d", true, null);
        f.wiki.auth().createApiKey(ADMIN, "alpha", "30d", true, null);
        f.wiki.auth().createApiKey(ADMIN, "aaa-revoked", "30d", true, null);
        f.wiki.auth().revokeApiKey(ADMIN, 3);
        List<ApiKey> keys = f.wiki.auth().apiKeys(ADMIN);
        assertEquals(List.of("alpha", "beta", "aaa-revoked"), keys.stream().map(ApiKey::name).toList());
        ApiKey beta = keys.get(1);
        assertEquals("..." + b.substring(b.length() - 20), beta.keyShort());
        assertEquals(AuthFixture.T0.plus(Duration.ofDays(30)), beta.expiration());
        assertFalse(beta.isRevoked());
        assertTrue(keys.get(2).isRevoked());
    }

    @Test
    void r_5_7_1_invalidDurationIsInputInvalidAndConsumesNoId() {
        for (String bad : List.of("soon", "", "-3d", "0", "12 parsecs")) {
            WikiException e = assertThrows(WikiException.class,
                    () -> f.wiki.auth().createApiKey(ADMIN, "x", bad, true, null));
            assertTrue(e.is(WikiError.INPUT_INVALID), bad);
            assertTrue(e.getMessage().contains("30d"), e.getMessage());
        }
        f.wiki.auth().createApiKey(ADMIN, "x", "2 weeks", true, null);
        assertEquals(1, f.wiki.auth().apiKeys(ADMIN).get(0).id());
    }

    @Test
    void apiKeyOperationsNeedManageApi() {
        Actor guest = f.wiki.auth().guest();
        assertEquals("Forbidden", assertThrows(WikiException.class,
                () -> f.wiki.auth().createApiKey(guest, "x", "1d", true, null)).getMessage());
        assertThrows(WikiException.class, () -> f.wiki.auth().apiKeys(guest));
        assertThrows(WikiException.class, () -> f.wiki.auth().setApiState(guest, true));
        assertThrows(WikiException.class, () -> f.wiki.auth().regenerateCertificates(guest));
        Actor apiAdmin = Actor.user(5, "ops@example.com", "Ops", Set.of("manage:api"), List.of());
        f.wiki.auth().setApiState(apiAdmin, true);
        assertTrue(f.wiki.auth().apiState(apiAdmin));
        assertThrows(WikiException.class, () -> f.wiki.auth().regenerateCertificates(apiAdmin));
    }

    @Test
    void keyPermissionsFollowItsGroupWhenIdentitiesChange() {
        Group readers = f.group("Readers", List.of("read:pages"), "/");
        String key = f.wiki.auth().createApiKey(ADMIN, "ci", "30d", false, readers.id());
        f.wiki.auth().setApiState(ADMIN, true);
        assertFalse(f.wiki.auth().resolve(key).actor().has("write:pages"));
        f.storage().run(s -> s.groups().update(readers.withAccess(List.of("read:pages", "write:pages"), List.of())));
        f.wiki.auth().setApiState(ADMIN, true);
        assertTrue(f.wiki.auth().resolve(key).actor().has("write:pages"));
    }
}
