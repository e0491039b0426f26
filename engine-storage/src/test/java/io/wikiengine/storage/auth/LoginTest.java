package io.wikiengine.storage.auth;

import static io.wikiengine.storage.auth.AuthFixture.ADMIN_EMAIL;
import static io.wikiengine.storage.auth.AuthFixture.ADMIN_PASSWORD;
import static io.wikiengine.storage.auth.AuthFixture.claims;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.access.Actor;
import io.wikiengine.core.auth.LoginResult;
import io.wikiengine.core.auth.internal.Base32;
import io.wikiengine.core.auth.internal.Totp;
import io.wikiengine.core.auth.internal.UserEdits;
import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.error.WikiException;
import io.wikiengine.core.group.Group;
import io.wikiengine.core.user.User;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class LoginTest {

    private final AuthFixture f = new AuthFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private static void fails(WikiError expected, Executable call) {
        WikiException e = assertThrows(WikiException.class, call);
        assertEquals(expected, e.error().orElseThrow(), e.getMessage());
    }

    private LoginResult login(String email, String password) {
        return f.wiki.auth().login(email, password, "local");
    }

    private User mustChange(User u) {
        return new User(u.id(), u.email(), u.name(), u.providerKey(), u.providerId(), u.passwordHash(),
                u.tfaIsActive(), u.tfaSecret(), u.jobTitle(), u.location(), u.pictureUrl(), u.timezone(),
                u.localeCode(), u.defaultEditor(), u.dateFormat(), u.appearance(), u.isSystem(), u.isActive(),
                u.isVerified(), true, u.createdAt(), u.updatedAt(), u.lastLoginAt());
    }

    private String codeFor(int userId, long stepOffset) {
        String secret = f.stored(userId).tfaSecret();
        return Totp.code(Base32.decode(secret), Totp.step(f.clock.instant()) + stepOffset, 6);
    }

    private User tfaUser() {
        User alice = f.user("alice@example.com", "alice-pass");
        return f.edit(alice.id(), u -> UserEdits.tfa(u, true, Totp.newSecret(), AuthFixture.T0));
    }

    // ---------------------------------------------------------------- login

    @Test
    void r_5_3_1_unknownStrategyIs1003() {
        fails(WikiError.AUTH_PROVIDER_INVALID, () -> f.wiki.auth().login(ADMIN_EMAIL, ADMIN_PASSWORD, "ldap"));
    }

    @Test
    void r_5_3_2_unknownEmailIs1002() {
        fails(WikiError.AUTH_LOGIN_FAILED, () -> login("nobody@example.com", ADMIN_PASSWORD));
    }

    @Test
    void r_5_3_2_wrongPasswordIs1002() {
        fails(WikiError.AUTH_LOGIN_FAILED, () -> login(ADMIN_EMAIL, "wrong-pass"));
    }

    @Test
    void r_5_3_2_missingCredentialsAre1002() {
        fails(WikiError.AUTH_LOGIN_FAILED, () -> login("", ADMIN_PASSWORD));
        fails(WikiError.AUTH_LOGIN_FAILED, () -> login(ADMIN_EMAIL, ""));
    }

    @Test
    void r_5_3_2_theGuestCannotLogIn() {
        fails(WikiError.AUTH_LOGIN_FAILED, () -> login("guest@example.com", ""));
        fails(WikiError.AUTH_LOGIN_FAILED, () -> login("guest@example.com", "anything"));
    }

    @Test
    void r_5_3_2_wrongPasswordComesBeforeTheAccountState() {
        User alice = f.user("alice@example.com", "alice-pass");
        f.edit(alice.id(), u -> u.withFlags(false, false, false));
        fails(WikiError.AUTH_LOGIN_FAILED, () -> login("alice@example.com", "wrong-pass"));
    }

    @Test
    void r_5_3_2_inactiveUserIs1013() {
        User alice = f.user("alice@example.com", "alice-pass");
        f.edit(alice.id(), u -> u.withFlags(false, false, true));
        fails(WikiError.AUTH_ACCOUNT_BANNED, () -> login("alice@example.com", "alice-pass"));
    }

    @Test
    void r_5_3_2_unverifiedUserIs1014() {
        User alice = f.user("alice@example.com", "alice-pass");
        f.edit(alice.id(), u -> u.withFlags(false, true, false));
        fails(WikiError.AUTH_ACCOUNT_NOT_VERIFIED, () -> login("alice@example.com", "alice-pass"));
    }

    @Test
    void decision20_loginEmailIsLowerCased() {
        assertNotNull(login("ADMIN@Example.COM", ADMIN_PASSWORD).jwt());
    }

    @Test
    void r_5_3_3_redirectIsTheFirstGroupsNonTrivialRedirect() {
        Group plain = f.group("Plain", List.of("read:pages"), "/");
        Group docs = f.group("Docs", List.of("read:pages"), "/docs");
        f.user("alice@example.com", "alice-pass", plain.id(), docs.id());
        LoginResult result = login("alice@example.com", "alice-pass");
        assertEquals("/docs", result.redirect());
        assertEquals("/", login(ADMIN_EMAIL, ADMIN_PASSWORD).redirect());
    }

    @Test
    void r_5_3_3_tfaActiveAsksForACode() {
        tfaUser();
        LoginResult result = login("alice@example.com", "alice-pass");
        assertTrue(result.mustProvideTFA());
        assertNull(result.jwt());
        assertEquals(21, result.continuationToken().length());
        assertEquals("/", result.redirect());
    }

    @Test
    void r_5_3_3_tfaToSetUpGivesASecretAndAQrCode() {
        User alice = f.user("alice@example.com", "alice-pass");
        f.edit(alice.id(), u -> UserEdits.tfa(u, true, null, AuthFixture.T0));
        LoginResult result = login("alice@example.com", "alice-pass");
        assertTrue(result.mustSetupTFA());
        assertNull(result.jwt());
        User stored = f.stored(alice.id());
        assertFalse(stored.tfaIsActive());
        assertNotNull(stored.tfaSecret());
        assertTrue(result.tfaQRImage().startsWith("<svg"));
        assertTrue(result.tfaQRImage().contains(
                "<title>otpauth://totp/Wikijs:alice@example.com?secret=" + stored.tfaSecret() + "</title>"),
                result.tfaQRImage());
    }

    @Test
    void decision38_qrImageTitleHoldsTheOtpauthUri() {
        f.wiki.auth().setPolicy(Actor.system(), f.wiki.auth().policy().withEnforceTfa(true));
        LoginResult result = login(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertTrue(result.mustSetupTFA());
        assertTrue(result.tfaQRImage().contains("<title>otpauth://totp/"));
        assertTrue(result.tfaQRImage().contains("<path d=\"M"));
    }

    @Test
    void r_5_3_3_mustChangePasswordGivesAContinuation() {
        User alice = f.user("alice@example.com", "alice-pass");
        f.edit(alice.id(), this::mustChange);
        LoginResult result = login("alice@example.com", "alice-pass");
        assertTrue(result.mustChangePwd());
        assertNull(result.jwt());
        assertNotNull(result.continuationToken());
    }

    // ---------------------------------------------------------------- loginTFA (R-5.4, decision 22)

    @Test
    void r_5_4_3_rightCodeCompletesTheLogin() {
        User alice = tfaUser();
        String token = login("alice@example.com", "alice-pass").continuationToken();
        LoginResult result = f.wiki.auth().loginTFA(token, codeFor(alice.id(), 0), false);
        assertEquals((long) alice.id(), claims(result.jwt()).getClaim("id"));
        assertEquals("/", result.redirect());
    }

    @Test
    void r_5_4_1_codeNotSixCharactersIs1006() {
        tfaUser();
        String token = login("alice@example.com", "alice-pass").continuationToken();
        fails(WikiError.AUTH_TFA_INVALID, () -> f.wiki.auth().loginTFA(token, "12345", false));
        fails(WikiError.AUTH_TFA_INVALID, () -> f.wiki.auth().loginTFA("x", "123456", false));
    }

    @Test
    void r_5_4_2_unknownTokenIs1015() {
        fails(WikiError.AUTH_VALIDATION_TOKEN_INVALID, () -> f.wiki.auth().loginTFA("unknown-token", "123456", null));
    }

    @Test
    void r_5_4_2_expiredTokenIs1015() {
        User alice = tfaUser();
        String token = login("alice@example.com", "alice-pass").continuationToken();
        f.clock.advance(Duration.ofHours(24));
        fails(WikiError.AUTH_VALIDATION_TOKEN_INVALID,
                () -> f.wiki.auth().loginTFA(token, codeFor(alice.id(), 0), false));
    }

    @Test
    void r_5_4_3_wrongCodeIs1005() {
        User alice = tfaUser();
        String token = login("alice@example.com", "alice-pass").continuationToken();
        fails(WikiError.AUTH_TFA_FAILED, () -> f.wiki.auth().loginTFA(token, codeFor(alice.id(), 5), false));
    }

    @Test
    void decision22_wrongCodeDoesNotBurnTheTokenUntilFiveFailures() {
        User alice = tfaUser();
        String token = login("alice@example.com", "alice-pass").continuationToken();
        String wrong = codeFor(alice.id(), 5);
        for (int i = 0; i < 4; i++) {
            fails(WikiError.AUTH_TFA_FAILED, () -> f.wiki.auth().loginTFA(token, wrong, false));
        }
        assertNotNull(f.wiki.auth().loginTFA(token, codeFor(alice.id(), 0), false).jwt());
    }

    @Test
    void decision22_theFifthWrongCodeBurnsTheToken() {
        User alice = tfaUser();
        String token = login("alice@example.com", "alice-pass").continuationToken();
        String wrong = codeFor(alice.id(), 5);
        for (int i = 0; i < 5; i++) {
            fails(WikiError.AUTH_TFA_FAILED, () -> f.wiki.auth().loginTFA(token, wrong, false));
        }
        fails(WikiError.AUTH_VALIDATION_TOKEN_INVALID,
                () -> f.wiki.auth().loginTFA(token, codeFor(alice.id(), 0), false));
    }

    @Test
    void decision22_aCodeIsAcceptedOnce() {
        User alice = tfaUser();
        String code = codeFor(alice.id(), 0);
        String first = login("alice@example.com", "alice-pass").continuationToken();
        assertNotNull(f.wiki.auth().loginTFA(first, code, false).jwt());
        String second = login("alice@example.com", "alice-pass").continuationToken();
        fails(WikiError.AUTH_TFA_FAILED, () -> f.wiki.auth().loginTFA(second, code, false));
    }

    @Test
    void decision22_aCodeOneStepOffIsAccepted() {
        User alice = tfaUser();
        String token = login("alice@example.com", "alice-pass").continuationToken();
        assertNotNull(f.wiki.auth().loginTFA(token, codeFor(alice.id(), -1), false).jwt());
    }

    @Test
    void r_5_4_4_setupWithTheRightCodeSwitchesTfaOnAndAppliesThePasswordChange() {
        User alice = f.user("alice@example.com", "alice-pass");
        f.edit(alice.id(), u -> mustChange(UserEdits.tfa(u, true, null, AuthFixture.T0)));
        LoginResult setup = login("alice@example.com", "alice-pass");
        LoginResult next = f.wiki.auth().loginTFA(setup.continuationToken(), codeFor(alice.id(), 0), true);
        assertTrue(f.stored(alice.id()).tfaIsActive());
        assertTrue(next.mustChangePwd());
        LoginResult done = f.wiki.auth().loginChangePassword(next.continuationToken(), "new-secret");
        assertNotNull(done.jwt());
        assertNull(done.redirect());
        // Next login asks for a code.
        assertTrue(login("alice@example.com", "new-secret").mustProvideTFA());
    }

    @Test
    void r_5_4_2_setupTokenIsNotATfaToken() {
        User alice = f.user("alice@example.com", "alice-pass");
        f.edit(alice.id(), u -> UserEdits.tfa(u, true, null, AuthFixture.T0));
        String token = login("alice@example.com", "alice-pass").continuationToken();
        fails(WikiError.AUTH_VALIDATION_TOKEN_INVALID,
                () -> f.wiki.auth().loginTFA(token, codeFor(alice.id(), 0), false));
    }

    // ---------------------------------------------------------------- loginChangePassword

    @Test
    void r_5_5_1_shortPasswordIs1012() {
        WikiException e = assertThrows(WikiException.class,
                () -> f.wiki.auth().loginChangePassword("some-token", "short"));
        assertTrue(e.is(WikiError.INPUT_INVALID));
        assertEquals("Password must be at least 6 characters!", e.getMessage());
        fails(WikiError.INPUT_INVALID, () -> f.wiki.auth().loginChangePassword("some-token", ""));
    }

    @Test
    void r_5_5_1_unknownTokenIs1015() {
        fails(WikiError.AUTH_VALIDATION_TOKEN_INVALID, () -> f.wiki.auth().loginChangePassword("nope", "long-enough"));
    }

    @Test
    void r_5_5_1_inactiveUserIs1013() {
        User alice = f.user("alice@example.com", "alice-pass");
        f.edit(alice.id(), this::mustChange);
        String token = login("alice@example.com", "alice-pass").continuationToken();
        f.edit(alice.id(), u -> u.withFlags(false, false, true));
        fails(WikiError.AUTH_ACCOUNT_BANNED, () -> f.wiki.auth().loginChangePassword(token, "long-enough"));
    }

    @Test
    void r_5_5_1_changesThePasswordAndClearsTheFlag() {
        User alice = f.user("alice@example.com", "alice-pass");
        f.edit(alice.id(), this::mustChange);
        String token = login("alice@example.com", "alice-pass").continuationToken();
        assertNotNull(f.wiki.auth().loginChangePassword(token, "brand-new").jwt());
        assertFalse(f.stored(alice.id()).mustChangePwd());
        assertNotNull(login("alice@example.com", "brand-new").jwt());
        fails(WikiError.AUTH_VALIDATION_TOKEN_INVALID, () -> f.wiki.auth().loginChangePassword(token, "again-new"));
    }
}
