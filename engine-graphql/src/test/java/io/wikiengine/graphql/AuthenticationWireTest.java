package io.wikiengine.graphql;

import static io.wikiengine.graphql.TestWikis.at;
import static io.wikiengine.graphql.TestWikis.errors;
import static io.wikiengine.graphql.Wire.failed;
import static io.wikiengine.graphql.Wire.forbidden;
import static io.wikiengine.graphql.Wire.isDate;
import static io.wikiengine.graphql.Wire.list;
import static io.wikiengine.graphql.Wire.ok;
import static io.wikiengine.graphql.Wire.succeeded;
import static io.wikiengine.graphql.Wire.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.mail.MailMessage;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every operation of the {@code authentication} namespace over the wire, with each error code a client can meet. */
class AuthenticationWireTest {

    private static final String RESULT = "responseResult { succeeded errorCode slug message }";
    private static final String PASSWORD = "user-pass-1";

    private static final String LOGIN = """
            mutation Login($username: String!, $password: String!, $strategy: String!) {
              authentication {
                login(username: $username, password: $password, strategy: $strategy) {
                  responseResult { succeeded errorCode slug message }
                  jwt mustChangePwd mustProvideTFA mustSetupTFA continuationToken redirect tfaQRImage
                }
              }
            }""";

    private static final String LOGIN_TFA = """
            mutation ($token: String!, $code: String!, $setup: Boolean) {
              authentication { loginTFA(continuationToken: $token, securityCode: $code, setup: $setup) {
                responseResult { succeeded errorCode slug message } jwt mustChangePwd continuationToken redirect } }
            }""";

    private static final String STRATEGIES = """
            mutation ($strategies: [AuthenticationStrategyInput]!) {
              authentication { updateStrategies(strategies: $strategies) { responseResult { succeeded errorCode slug
                message } } }
            }""";

    private static final AtomicInteger EMAILS = new AtomicInteger();
    private static final List<MailMessage> MAILS = new CopyOnWriteArrayList<>();

    private static Wiki wiki;
    private static WikiGraphQL api;
    private static String jwt;

    @BeforeAll
    static void open() {
        wiki = TestWikis.wiki(MAILS::add);
        api = WikiGraphQL.create(wiki);
        jwt = TestWikis.login(api);
    }

    @AfterAll
    static void close() {
        wiki.close();
    }

    private static GraphQLResult admin(String query, Map<String, @Nullable Object> variables) {
        return api.execute(GraphQLRequest.of(query).withVariables(variables).withToken(jwt));
    }

    private static GraphQLResult admin(String query) {
        return admin(query, Map.of());
    }

    private static GraphQLResult guest(String query, Map<String, @Nullable Object> variables) {
        return api.execute(GraphQLRequest.of(query).withVariables(variables).withClientKey(TestWikis.freshClient()));
    }

    private static GraphQLResult login(String email, String password) {
        return guest(LOGIN, vars("username", email, "password", password, "strategy", "local"));
    }

    private static String user(boolean mustChangePassword) {
        String email = "auth" + EMAILS.incrementAndGet() + "@example.com";
        GraphQLResult created = admin("mutation ($email: String!, $must: Boolean) { users { create(email: $email, "
                + "name: \"Someone\", passwordRaw: \"" + PASSWORD + "\", providerKey: \"local\", groups: [2], "
                + "mustChangePassword: $must) { " + RESULT + " user { id } } } }", vars("email", email, "must",
                mustChangePassword));
        succeeded(created, "users.create", "User created successfully");
        return email;
    }

    private static int idOf(String email) {
        return (Integer) list(admin("query ($q: String!) { users { search(query: $q) { id email } } }",
                vars("q", email)), "users.search").get(0).get("id");
    }

    private static Map<String, @Nullable Object> local(boolean selfRegistration, List<String> domains) {
        Map<String, @Nullable Object> local = vars("key", "local", "strategyKey", "local", "config", List.of(),
                "displayName", "Local", "order", 0, "isEnabled", true, "selfRegistration", selfRegistration,
                "domainWhitelist", domains, "autoEnrollGroups", List.of(2));
        return local;
    }

    // ------------------------------------------------------------------------------------------ login

    @Test
    void r_5_3_loginAnswersWithAJwtAndTheRedirect() {
        GraphQLResult result = login(TestWikis.ADMIN_EMAIL.toUpperCase(java.util.Locale.ROOT), TestWikis.ADMIN_PASSWORD);
        succeeded(result, "authentication.login", "Login success");
        assertInstanceOf(String.class, at(result, "authentication.login.jwt"));
        assertEquals("/", at(result, "authentication.login.redirect"));
        assertEquals(false, at(result, "authentication.login.mustChangePwd"));
        assertNull(at(result, "authentication.login.continuationToken"));
    }

    @Test
    void r_5_3_loginFailures() {
        failed(login("nobody@example.com", "x"), "authentication.login", WikiError.AUTH_LOGIN_FAILED);
        failed(login(TestWikis.ADMIN_EMAIL, "wrong"), "authentication.login", WikiError.AUTH_LOGIN_FAILED);
        failed(login("guest@example.com", ""), "authentication.login", WikiError.AUTH_LOGIN_FAILED);
        failed(guest(LOGIN, vars("username", TestWikis.ADMIN_EMAIL, "password", TestWikis.ADMIN_PASSWORD,
                "strategy", "github")), "authentication.login", WikiError.AUTH_PROVIDER_INVALID);
        String email = user(false);
        int id = idOf(email);
        succeeded(admin("mutation ($id: Int!) { users { deactivate(id: $id) { " + RESULT + " } } }", vars("id", id)),
                "users.deactivate", "User deactivated successfully");
        failed(login(email, PASSWORD), "authentication.login", WikiError.AUTH_ACCOUNT_BANNED);
        String unverified = user(false);
        int other = idOf(unverified);
        wiki.storage().run(session -> session.users().byId(other).ifPresent(u -> session.users().update(
                u.withFlags(u.isSystem(), u.isActive(), false))));
        failed(login(unverified, PASSWORD), "authentication.login", WikiError.AUTH_ACCOUNT_NOT_VERIFIED);
    }

    @Test
    void r_1_5_theSixthLoginOfAClientInAMinuteIsATopLevelError() {
        String client = TestWikis.freshClient();
        GraphQLRequest request = GraphQLRequest.of(LOGIN).withVariables(vars("username", "x@example.com",
                "password", "x", "strategy", "local")).withClientKey(client);
        for (int i = 0; i < 5; i++) {
            failed(api.execute(request), "authentication.login", WikiError.AUTH_LOGIN_FAILED);
        }
        GraphQLResult limited = api.execute(request);
        String message = (String) errors(limited).get(0).get("message");
        assertTrue(message.matches("Too many requests, please try again in \\d+ seconds\\."), message);
        assertEquals(List.of("authentication", "login"), errors(limited).get(0).get("path"));
        assertNull(at(limited, "authentication.login"));
    }

    @Test
    void r_5_4_twoFactorEnrolmentThenLogin() throws Exception {
        String email = user(false);
        succeeded(admin("mutation ($id: Int!) { users { enableTFA(id: $id) { " + RESULT + " } } }",
                vars("id", idOf(email))), "users.enableTFA", "User 2FA enabled successfully");
        GraphQLResult setup = login(email, PASSWORD);
        succeeded(setup, "authentication.login", "Login success");
        assertEquals(true, at(setup, "authentication.login.mustSetupTFA"));
        assertNull(at(setup, "authentication.login.jwt"));
        String svg = (String) at(setup, "authentication.login.tfaQRImage");
        Matcher uri = Pattern.compile("<title>otpauth://totp/[^<]*secret=([A-Z2-7]+)</title>").matcher(svg);
        assertTrue(uri.find(), svg);
        String secret = uri.group(1);
        String token = (String) at(setup, "authentication.login.continuationToken");
        long step = System.currentTimeMillis() / 30_000;
        failed(guest(LOGIN_TFA, vars("token", token, "code", "12345", "setup", true)), "authentication.loginTFA",
                WikiError.AUTH_TFA_INVALID);
        failed(guest(LOGIN_TFA, vars("token", "unknown-token", "code", "123456", "setup", true)),
                "authentication.loginTFA", WikiError.AUTH_VALIDATION_TOKEN_INVALID);
        String wrong = totp(secret, step).equals("000000") ? "111111" : "000000";
        failed(guest(LOGIN_TFA, vars("token", token, "code", wrong, "setup", true)), "authentication.loginTFA",
                WikiError.AUTH_TFA_FAILED);
        GraphQLResult enrolled = guest(LOGIN_TFA, vars("token", token, "code", totp(secret, step), "setup", true));
        succeeded(enrolled, "authentication.loginTFA", "TFA success");
        assertInstanceOf(String.class, at(enrolled, "authentication.loginTFA.jwt"));
        GraphQLResult second = login(email, PASSWORD);
        assertEquals(true, at(second, "authentication.login.mustProvideTFA"));
        String next = (String) at(second, "authentication.login.continuationToken");
        GraphQLResult done = guest(LOGIN_TFA, vars("token", next, "code", totp(secret, step + 1), "setup", null));
        succeeded(done, "authentication.loginTFA", "TFA success");
        assertInstanceOf(String.class, at(done, "authentication.loginTFA.jwt"));
    }

    /** RFC 6238 with SHA-1, 6 digits, 30-second steps. */
    private static String totp(String base32, long step) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(base32Decode(base32), "HmacSHA1"));
        byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        return String.format("%06d", binary % 1_000_000);
    }

    private static byte[] base32Decode(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }

    @Test
    void r_5_5_1_loginChangePasswordAndItsFailures() {
        String email = user(true);
        GraphQLResult first = login(email, PASSWORD);
        succeeded(first, "authentication.login", "Login success");
        assertEquals(true, at(first, "authentication.login.mustChangePwd"));
        String token = (String) at(first, "authentication.login.continuationToken");
        String change = "mutation ($token: String!, $pw: String!) { authentication { loginChangePassword("
                + "continuationToken: $token, newPassword: $pw) { " + RESULT + " jwt } } }";
        failed(guest(change, vars("token", token, "pw", "abc")), "authentication.loginChangePassword",
                WikiError.INPUT_INVALID, "Password must be at least 6 characters!");
        failed(guest(change, vars("token", "nope-nope", "pw", "abcdefgh")), "authentication.loginChangePassword",
                WikiError.AUTH_VALIDATION_TOKEN_INVALID);
        GraphQLResult changed = guest(change, vars("token", token, "pw", "brand-new-pass"));
        succeeded(changed, "authentication.loginChangePassword", "Password changed successfully");
        assertInstanceOf(String.class, at(changed, "authentication.loginChangePassword.jwt"));
        succeeded(login(email, "brand-new-pass"), "authentication.login", "Login success");
    }

    // ------------------------------------------------------------------------------------------ mail flows

    @Test
    void r_5_5_2_forgotPasswordMailsAKnownUserAndRevealsNothingForOthers() {
        String email = user(false);
        String forgot = "mutation ($email: String!) { authentication { forgotPassword(email: $email) { " + RESULT
                + " } } }";
        succeeded(guest(forgot, vars("email", email)), "authentication.forgotPassword",
                "Password reset request processed.");
        assertTrue(MAILS.stream().anyMatch(m -> m.to().equals(email) && m.text().contains("/login-reset/")));
        succeeded(guest(forgot, vars("email", "unknown@example.com")), "authentication.forgotPassword",
                "Password reset request processed.");
    }

    @Test
    void r_5_6_registerAndItsFailures() {
        String register = "mutation ($email: String!, $password: String!, $name: String!) { authentication { "
                + "register(email: $email, password: $password, name: $name) { " + RESULT + " jwt __typename } } }";
        failed(guest(register, vars("email", "new@example.com", "password", "abcdefgh", "name", "New")),
                "authentication.register", WikiError.AUTH_REGISTRATION_DISABLED);
        succeeded(admin(STRATEGIES, vars("strategies", List.of(local(true, List.of("example.com"))))),
                "authentication.updateStrategies", "Strategies updated successfully");
        failed(guest(register, vars("email", "bad", "password", "abcdefgh", "name", "New")), "authentication.register",
                WikiError.INPUT_INVALID, "Email is not a valid email");
        failed(guest(register, vars("email", "new@example.com", "password", "abc", "name", "New")),
                "authentication.register", WikiError.INPUT_INVALID,
                "Password is too short (minimum is 6 characters)");
        failed(guest(register, vars("email", "new@example.com", "password", "abcdefgh", "name", "N")),
                "authentication.register", WikiError.INPUT_INVALID, "Name is too short (minimum is 2 characters)");
        failed(guest(register, vars("email", "new@elsewhere.org", "password", "abcdefgh", "name", "New")),
                "authentication.register", WikiError.AUTH_REGISTRATION_DOMAIN_UNAUTHORIZED);
        failed(guest(register, vars("email", TestWikis.ADMIN_EMAIL, "password", "abcdefgh", "name", "New")),
                "authentication.register", WikiError.AUTH_ACCOUNT_ALREADY_EXISTS);
        GraphQLResult done = guest(register, vars("email", "New@Example.com", "password", "abcdefgh", "name", "New"));
        succeeded(done, "authentication.register", "Registration success");
        assertNull(at(done, "authentication.register.jwt"));
        assertEquals("AuthenticationRegisterResponse", at(done, "authentication.register.__typename"));
        assertTrue(MAILS.stream().anyMatch(m -> m.to().equals("new@example.com") && m.text().contains("/verify/")));
        failed(login("new@example.com", "abcdefgh"), "authentication.login", WikiError.AUTH_ACCOUNT_NOT_VERIFIED);
        succeeded(admin(STRATEGIES, vars("strategies", List.of(local(false, List.of())))),
                "authentication.updateStrategies", "Strategies updated successfully");
    }

    @Test
    void decision19_withoutMailForgotPasswordAndRegisterAre3002AndNoUserIsMade() {
        try (Wiki bare = TestWikis.wiki()) {
            WikiGraphQL other = WikiGraphQL.create(bare);
            String token = TestWikis.login(other);
            failed(other.execute(GraphQLRequest.of("mutation { authentication { forgotPassword(email: \""
                    + TestWikis.ADMIN_EMAIL + "\") { " + RESULT + " } } }").withClientKey(TestWikis.freshClient())),
                    "authentication.forgotPassword", WikiError.MAIL_NOT_CONFIGURED);
            succeeded(other.execute(GraphQLRequest.of(STRATEGIES).withVariables(vars("strategies",
                    List.of(local(true, List.of())))).withToken(token)), "authentication.updateStrategies",
                    "Strategies updated successfully");
            failed(other.execute(GraphQLRequest.of("mutation { authentication { register(email: \"a@example.com\", "
                    + "password: \"abcdefgh\", name: \"Abc\") { " + RESULT + " } } }")), "authentication.register",
                    WikiError.MAIL_NOT_CONFIGURED);
            assertEquals(2, list(other.execute(GraphQLRequest.of("{ users { list { id } } }").withToken(token)),
                    "users.list").size());
        }
    }

    // ------------------------------------------------------------------------------------------ strategies

    @Test
    void r_5_8_strategiesAndActiveStrategies() {
        GraphQLResult modules = ok(admin("{ authentication { strategies { key props { key value } title description "
                + "isAvailable useForm usernameType logo color website icon __typename } } }"));
        Map<String, Object> localModule = list(modules, "authentication.strategies").get(0);
        assertEquals("local", localModule.get("key"));
        assertEquals(true, localModule.get("useForm"));
        assertInstanceOf(List.class, localModule.get("props"));
        GraphQLResult active = ok(admin("""
                query ($enabledOnly: Boolean) { authentication { activeStrategies(enabledOnly: $enabledOnly) {
                  key strategy { key title useForm } displayName order isEnabled config { key value }
                  selfRegistration domainWhitelist autoEnrollGroups } } }""", vars("enabledOnly", true)));
        Map<String, Object> local = list(active, "authentication.activeStrategies").get(0);
        assertEquals("local", local.get("key"));
        assertEquals("Local", local.get("displayName"));
        assertEquals(true, local.get("isEnabled"));
        assertEquals("local", ((Map<?, ?>) local.get("strategy")).get("key"));
        assertInstanceOf(List.class, local.get("domainWhitelist"));
        GraphQLResult asGuest = ok(guest("{ authentication { activeStrategies { key displayName selfRegistration "
                + "strategy { title useForm } } } }", Map.of()));
        assertEquals("Local", at(asGuest, "authentication.activeStrategies.0.displayName"));
        forbidden(guest("{ authentication { strategies { key } } }", Map.of()), "authentication.strategies");
    }

    @Test
    void r_4_2_5_theGuestCannotReadAStrategysConfig() {
        GraphQLResult result = guest("{ authentication { activeStrategies { key config { key } } } }", Map.of());
        forbidden(result, "authentication.activeStrategies.0.config");
        assertEquals("local", at(result, "authentication.activeStrategies.0.key"));
    }

    @Test
    void r_5_8_3_updateStrategiesFailures() {
        Map<String, @Nullable Object> github = local(false, List.of());
        github.put("key", "github");
        github.put("strategyKey", "github");
        failed(admin(STRATEGIES, vars("strategies", List.of(github))), "authentication.updateStrategies",
                WikiError.AUTH_PROVIDER_INVALID);
        failed(admin(STRATEGIES, vars("strategies", List.of())), "authentication.updateStrategies", 1, "Error",
                "Cannot delete Local as 1 or more users are still using it.");
        Map<String, @Nullable Object> disabled = local(false, List.of());
        disabled.put("isEnabled", false);
        GraphQLResult result = admin(STRATEGIES, vars("strategies", List.of(disabled)));
        ok(result);
        assertEquals(1012, at(result, "authentication.updateStrategies.responseResult.errorCode"));
        forbidden(guest(STRATEGIES, vars("strategies", List.of())), "authentication.updateStrategies");
    }

    // ------------------------------------------------------------------------------------------ API keys

    @Test
    void r_5_7_apiKeysFromCreationToRevocation() {
        succeeded(admin("mutation { authentication { setApiState(enabled: true) { " + RESULT + " } } }"),
                "authentication.setApiState", "API State changed successfully");
        assertEquals(true, at(ok(admin("{ authentication { apiState } }")), "authentication.apiState"));
        GraphQLResult created = admin("mutation ($name: String!, $exp: String!, $full: Boolean!, $group: Int) { "
                + "authentication { createApiKey(name: $name, expiration: $exp, fullAccess: $full, group: $group) { "
                + RESULT + " key __typename } } }", vars("name", "reader", "exp", "1y", "full", false, "group", 2));
        succeeded(created, "authentication.createApiKey", "API Key created successfully");
        String key = (String) at(created, "authentication.createApiKey.key");
        GraphQLResult keys = ok(admin("{ authentication { apiKeys { id name keyShort expiration createdAt updatedAt "
                + "isRevoked __typename } } }"));
        Map<String, Object> listed = list(keys, "authentication.apiKeys").stream()
                .filter(k -> "reader".equals(k.get("name"))).findFirst().orElseThrow();
        assertEquals("..." + key.substring(key.length() - 20), listed.get("keyShort"));
        assertEquals(false, listed.get("isRevoked"));
        isDate(listed.get("expiration"));
        isDate(listed.get("createdAt"));
        ok(api.execute(GraphQLRequest.of("{ pages { list { id } } }").withToken(key)));
        forbidden(api.execute(GraphQLRequest.of("{ users { list { id } } }").withToken(key)), "users.list");
        succeeded(admin("mutation ($id: Int!) { authentication { revokeApiKey(id: $id) { " + RESULT + " } } }",
                vars("id", listed.get("id"))), "authentication.revokeApiKey", "API Key revoked successfully");
        GraphQLResult refused = api.execute(GraphQLRequest.of("{ pages { list { id } } }").withToken(key));
        assertEquals(401, refused.status());
        assertEquals("API Key is invalid or was revoked.", errors(refused).get(0).get("message"));
        assertEquals("UNAUTHENTICATED", ((Map<?, ?>) errors(refused).get(0).get("extensions")).get("code"));
    }

    @Test
    void r_5_7_apiKeyFailures() {
        GraphQLResult bad = admin("mutation { authentication { createApiKey(name: \"x\", expiration: \"soon\", "
                + "fullAccess: true) { " + RESULT + " key } } }");
        ok(bad);
        assertEquals(1012, at(bad, "authentication.createApiKey.responseResult.errorCode"));
        assertNull(at(bad, "authentication.createApiKey.key"));
        forbidden(guest("mutation { authentication { createApiKey(name: \"x\", expiration: \"1d\", fullAccess: true) "
                + "{ key } } }", Map.of()), "authentication.createApiKey");
        forbidden(guest("{ authentication { apiKeys { id } } }", Map.of()), "authentication.apiKeys");
        GraphQLResult state = guest("{ authentication { apiState } }", Map.of());
        forbidden(state, "authentication.apiState");
        assertNull(at(state, "authentication"));
        forbidden(guest("mutation { authentication { revokeApiKey(id: 1) { " + RESULT + " } } }", Map.of()),
                "authentication.revokeApiKey");
        forbidden(guest("mutation { authentication { setApiState(enabled: true) { " + RESULT + " } } }", Map.of()),
                "authentication.setApiState");
    }

    // ------------------------------------------------------------------------------------------ admin

    @Test
    void r_5_8_4_regenerateCertificatesInvalidatesEveryToken() {
        String before = TestWikis.login(api);
        succeeded(admin("mutation { authentication { regenerateCertificates { " + RESULT + " } } }"),
                "authentication.regenerateCertificates", "Certificates have been regenerated successfully.");
        forbidden(api.execute(GraphQLRequest.of("{ users { list { id } } }").withToken(before)), "users.list");
        jwt = TestWikis.login(api);
        ok(admin("{ users { list { id } } }"));
        forbidden(guest("mutation { authentication { regenerateCertificates { " + RESULT + " } } }", Map.of()),
                "authentication.regenerateCertificates");
    }

    @Test
    void r_5_8_5_resetGuestUser() {
        succeeded(admin("mutation { authentication { resetGuestUser { " + RESULT + " } } }"),
                "authentication.resetGuestUser", "Guest user has been reset successfully.");
        GraphQLResult guest = ok(admin("{ users { single(id: 2) { email name isSystem groups { id } } } }"));
        assertEquals(Map.of("email", "guest@example.com", "name", "Guest", "isSystem", true,
                "groups", List.of(Map.of("id", 2))), at(guest, "users.single"));
        ok(guest("{ pages { list { id } } }", Map.of()));
        forbidden(guest("mutation { authentication { resetGuestUser { " + RESULT + " } } }", Map.of()),
                "authentication.resetGuestUser");
    }
}
