package io.wikiengine.graphql;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.WikiConfig;
import io.wikiengine.storage.testing.TestStores;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Helpers for the adapter's tests: a fresh wiki on a throw-away store (TestStores) and terse result access. */
final class TestWikis {

    static final String ADMIN_EMAIL = "admin@example.com";
    static final String ADMIN_PASSWORD = "secret-123";

    private TestWikis() {
    }

    static Wiki wiki() {
        return builder().build();
    }

    /** A wiki that hands every mail it sends to this sender. */
    static Wiki wiki(io.wikiengine.core.mail.MailSender mail) {
        return builder().mailSender(mail).build();
    }

    private static Wiki.Builder builder() {
        return Wiki.builder()
                .storage(TestStores.fresh())
                .config(WikiConfig.DEFAULTS.withPasswordCost(4))
                .admin(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** The value at a dotted path of the result's data, e.g. {@code pages.list.0.title}. */
    @SuppressWarnings("unchecked")
    static @Nullable Object at(GraphQLResult result, String path) {
        Object current = result.data();
        for (String part : path.split("\\.")) {
            if (current instanceof Map<?, ?> map) {
                current = map.get(part);
            } else if (current instanceof List<?> list) {
                current = list.get(Integer.parseInt(part));
            } else {
                return null;
            }
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> errors(GraphQLResult result) {
        Object errors = result.body().get("errors");
        return errors == null ? List.of() : (List<Map<String, Object>>) errors;
    }

    private static final java.util.concurrent.atomic.AtomicInteger CLIENTS = new java.util.concurrent.atomic.AtomicInteger();

    /** A client key of its own, so that tests logging in often never meet the login rate limit. */
    static String freshClient() {
        return "test-client-" + CLIENTS.incrementAndGet();
    }

    static String login(WikiGraphQL api) {
        return login(api, ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** The JWT of a local login with these credentials; fails the test when none comes back. */
    static String login(WikiGraphQL api, String email, String password) {
        GraphQLResult result = api.execute(GraphQLRequest.of("mutation ($u: String!, $p: String!) { authentication "
                + "{ login(username: $u, password: $p, strategy: \"local\") { jwt responseResult { succeeded message } "
                + "} } }").withVariables(Map.of("u", email, "p", password)).withClientKey(freshClient()));
        Object jwt = at(result, "authentication.login.jwt");
        if (!(jwt instanceof String token)) {
            throw new AssertionError("login failed: " + result.body());
        }
        return token;
    }
}
