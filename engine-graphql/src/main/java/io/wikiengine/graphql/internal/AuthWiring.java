package io.wikiengine.graphql.internal;

import graphql.schema.idl.RuntimeWiring;
import io.wikiengine.core.auth.AuthService;
import io.wikiengine.core.auth.LoginResult;
import io.wikiengine.core.auth.ProfileUpdate;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code authentication} namespace, and the two {@code users} operations that hand back a new token
 * ({@code updateProfile}, {@code changePassword}): each calls one {@link AuthService} method.
 */
final class AuthWiring implements Wiring {

    private final AuthService auth;

    AuthWiring(AuthService auth) {
        this.auth = auth;
    }

    @Override
    public void register(RuntimeWiring.Builder wiring) {
        wiring.type("AuthenticationQuery", t -> t
                .dataFetcher("apiKeys", env -> auth.apiKeys(Args.actor(env)))
                .dataFetcher("apiState", env -> auth.apiState(Args.actor(env))));
        wiring.type("AuthenticationMutation", t -> t
                .dataFetcher("createApiKey", env -> Map.of("key", auth.createApiKey(Args.actor(env),
                        Args.string(env, "name"), Args.string(env, "expiration"), Args.bool(env, "fullAccess", false),
                        Args.optionalInteger(env, "group"))))
                .dataFetcher("login", env -> login(auth.login(Args.string(env, "username"),
                        Args.string(env, "password"), Args.string(env, "strategy"))))
                .dataFetcher("loginTFA", env -> login(auth.loginTFA(Args.string(env, "continuationToken"),
                        Args.string(env, "securityCode"), Args.optionalBoolean(env, "setup"))))
                .dataFetcher("loginChangePassword", env -> login(auth.loginChangePassword(
                        Args.string(env, "continuationToken"), Args.string(env, "newPassword"))))
                .dataFetcher("forgotPassword", env -> {
                    auth.forgotPassword(Args.string(env, "email"));
                    return Map.of();
                })
                .dataFetcher("register", env -> {
                    auth.register(Args.string(env, "email"), Args.string(env, "password"), Args.string(env, "name"));
                    return Map.of();
                })
                .dataFetcher("revokeApiKey", env -> {
                    auth.revokeApiKey(Args.actor(env), Args.integer(env, "id"));
                    return Map.of();
                })
                .dataFetcher("setApiState", env -> {
                    auth.setApiState(Args.actor(env), Args.bool(env, "enabled", false));
                    return Map.of();
                })
                .dataFetcher("regenerateCertificates", env -> {
                    auth.regenerateCertificates(Args.actor(env));
                    return Map.of();
                }));
        wiring.type("UserMutation", t -> t
                .dataFetcher("updateProfile", env -> Map.of("jwt", auth.updateProfile(Args.actorOrNull(env),
                        new ProfileUpdate(Args.string(env, "name"), Args.string(env, "location"),
                                Args.string(env, "jobTitle"), Args.string(env, "timezone"),
                                Args.string(env, "dateFormat"), Args.string(env, "appearance")))))
                .dataFetcher("changePassword", env -> Map.of("jwt", auth.changePassword(Args.actorOrNull(env),
                        Args.string(env, "current"), Args.string(env, "new")))));
    }

    private static Map<String, @Nullable Object> login(LoginResult result) {
        Map<String, @Nullable Object> response = new HashMap<>();
        response.put("jwt", result.jwt());
        response.put("mustChangePwd", result.mustChangePwd());
        response.put("mustProvideTFA", result.mustProvideTFA());
        response.put("mustSetupTFA", result.mustSetupTFA());
        response.put("continuationToken", result.continuationToken());
        response.put("redirect", result.redirect());
        response.put("tfaQRImage", result.tfaQRImage());
        return response;
    }
}
