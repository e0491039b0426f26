package io.wikiengine.storage.auth;

import static io.wikiengine.storage.auth.AuthFixture.claims;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wikiengine.core.access.Actor;
import io.wikiengine.core.auth.ProfileUpdate;
import io.wikiengine.core.error.WikiException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** API key and profile text the store cannot hold, and absurd API key lifetimes, are refused as 1012. */
class AuthInputLimitsTest {

    private static final Actor SYSTEM = Actor.system();

    private final AuthFixture f = new AuthFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private static WikiException invalid(Executable call) {
        WikiException e = assertThrows(WikiException.class, call);
        assertEquals(1012, e.code(), e::getMessage);
        return e;
    }

    @Test
    void decision39_overLongApiKeyNameIs1012AndConsumesNoId() {
        WikiException e = invalid(() -> f.wiki.auth().createApiKey(SYSTEM, "k".repeat(100_000), "30d", true, null));
        assertEquals("Name is too long (maximum is 255 characters)", e.getMessage());
        String key = f.wiki.auth().createApiKey(SYSTEM, "k".repeat(255), "30d", true, null);
        assertEquals(1L, claims(key).getClaim("api"));
    }

    @Test
    void r_5_7_1_expirationBeyondAHundredYearsIs1012() {
        WikiException e = invalid(() -> f.wiki.auth().createApiKey(SYSTEM, "ci", "999999y", true, null));
        assertEquals("Invalid expiration \"999999y\": an API key lives at most 100 years.", e.getMessage());
        invalid(() -> f.wiki.auth().createApiKey(SYSTEM, "ci", "101y", true, null));
        String key = f.wiki.auth().createApiKey(SYSTEM, "ci", "100y", true, null);
        assertEquals(1L, claims(key).getClaim("api"));
        assertEquals(AuthFixture.T0.plus(Duration.ofDays(36_525)), claims(key).getExpirationTime().toInstant());
    }

    @Test
    void r_7_12_overLongProfileFieldsAre1012() {
        Actor admin = f.wiki.auth().resolve(f.loginJwt(AuthFixture.ADMIN_EMAIL, AuthFixture.ADMIN_PASSWORD)).actor();
        String big = "x".repeat(256);
        WikiException e = invalid(() -> f.wiki.auth().updateProfile(admin, new ProfileUpdate(big, "", "", "", "", "")));
        assertEquals("Name is too long (maximum is 255 characters)", e.getMessage());
        invalid(() -> f.wiki.auth().updateProfile(admin, new ProfileUpdate("Admin", big, "", "", "", "")));
        invalid(() -> f.wiki.auth().updateProfile(admin, new ProfileUpdate("Admin", "", big, "", "", "")));
        invalid(() -> f.wiki.auth().updateProfile(admin, new ProfileUpdate("Admin", "", "", big, "", "")));
        f.wiki.auth().updateProfile(admin, new ProfileUpdate("Admin", " " + "l".repeat(255) + " ", "", "", "", ""));
        assertEquals("l".repeat(255), f.stored(1).location());
    }
}
