package io.wikiengine.graphql.internal;

import graphql.schema.idl.RuntimeWiring;
import graphql.schema.DataFetchingEnvironment;
import io.wikiengine.core.KeyValue;
import io.wikiengine.core.auth.AuthService;
import io.wikiengine.core.auth.StrategyInput;
import io.wikiengine.core.auth.StrategyService;
import io.wikiengine.core.auth.LoginResult;
import io.wikiengine.core.auth.ProfileUpdate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code authentication} namespace, and the two {@code users} operations that hand back a new token
 * ({@code updateProfile}, {@code changePassword}): each calls one {@link AuthService} method.
 */
final class AuthWiring implements Wiring {

    private final AuthService auth;
    private final StrategyService strategies;

    AuthWiring(AuthService auth, StrategyService strategies) {
        this.auth = auth;
        this.strategies = strategies;
    }

    @Override
    public void register(RuntimeWiring.Builder wiring) {
        wiring.type("AuthenticationQuery", t -> t
                .dataFetcher("apiKeys", env -> auth.apiKeys(Args.actor(env)))
                .dataFetcher("apiState", env -> auth.apiState(Args.actor(env)))
                .dataFetcher("strategies", env -> strategies.strategies(Args.actor(env)))
                .dataFetcher("activeStrategies", env -> strategies.activeStrategies(
                        Args.bool(env, "enabledOnly", false))));
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
                })
                .dataFetcher("updateStrategies", env -> {
                    strategies.updateStrategies(Args.actor(env), strategyInputs(env));
                    return Map.of();
                })
                .dataFetcher("resetGuestUser", env -> {
                    auth.resetGuestUser(Args.actor(env));
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

    private static List<StrategyInput> strategyInputs(DataFetchingEnvironment env) {
        List<StrategyInput> inputs = new ArrayList<>();
        Object value = env.getArgument("strategies");
        if (!(value instanceof List<?> list)) {
            return inputs;
        }
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> s)) {
                continue;
            }
            inputs.add(new StrategyInput(String.valueOf(s.get("key")), String.valueOf(s.get("strategyKey")),
                    keyValues(s.get("config")), String.valueOf(s.get("displayName")),
                    s.get("order") instanceof Number n ? n.intValue() : 0, Boolean.TRUE.equals(s.get("isEnabled")),
                    Boolean.TRUE.equals(s.get("selfRegistration")), strings(s.get("domainWhitelist")),
                    ints(s.get("autoEnrollGroups"))));
        }
        return inputs;
    }

    static List<KeyValue> keyValues(@Nullable Object value) {
        List<KeyValue> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> kv && kv.get("key") != null && kv.get("value") != null) {
                    result.add(new KeyValue(kv.get("key").toString(), kv.get("value").toString()));
                }
            }
        }
        return result;
    }

    private static List<String> strings(@Nullable Object value) {
        List<String> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item != null) {
                    result.add(item.toString());
                }
            }
        }
        return result;
    }

    private static List<Integer> ints(@Nullable Object value) {
        List<Integer> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Number n) {
                    result.add(n.intValue());
                }
            }
        }
        return result;
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
