package io.wikiengine.graphql.internal;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.wikiengine.core.user.NewUser;
import io.wikiengine.core.user.User;
import io.wikiengine.core.user.UserDetail;
import io.wikiengine.core.user.UserService;
import io.wikiengine.core.user.UserUpdate;
import java.util.Map;

/** The {@code users} operations of {@link UserService} (the token-issuing ones are wired with authentication). */
final class UserWiring implements Wiring {

    private final UserService users;

    UserWiring(UserService users) {
        this.users = users;
    }

    @Override
    public void register(RuntimeWiring.Builder wiring) {
        wiring.type("UserQuery", t -> t
                .dataFetcher("list", env -> users.list(Args.actor(env)))
                .dataFetcher("search", env -> users.search(Args.actor(env), Args.string(env, "query")))
                .dataFetcher("single", env -> users.single(Args.actor(env), Args.integer(env, "id")))
                .dataFetcher("profile", env -> users.profile(Args.actorOrNone(env)))
                .dataFetcher("lastLogins", env -> users.lastLogins(Args.actor(env))));
        // User.groups: a user read in full carries them; one met as an asset's author is loaded on demand.
        wiring.type("User", t -> t.dataFetcher("groups", env -> env.getSource() instanceof UserDetail detail
                ? detail.groups()
                : users.single(Args.actor(env), ((User) env.getSource()).id()).groups()));
        wiring.type("UserMutation", t -> t
                .dataFetcher("create", env -> Map.of("user", users.create(Args.actor(env), new NewUser(
                        Args.string(env, "email"), Args.string(env, "name"), Args.optionalString(env, "passwordRaw"),
                        Args.string(env, "providerKey"), Args.integers(env, "groups"),
                        Args.bool(env, "mustChangePassword", false), Args.bool(env, "sendWelcomeEmail", false)))))
                .dataFetcher("update", env -> {
                    users.update(Args.actor(env), update(env));
                    return Map.of();
                })
                .dataFetcher("delete", env -> {
                    users.delete(Args.actor(env), Args.integer(env, "id"), Args.integer(env, "replaceId"));
                    return Map.of();
                })
                .dataFetcher("verify", env -> {
                    users.verify(Args.actor(env), Args.integer(env, "id"));
                    return Map.of();
                })
                .dataFetcher("activate", env -> {
                    users.activate(Args.actor(env), Args.integer(env, "id"));
                    return Map.of();
                })
                .dataFetcher("deactivate", env -> {
                    users.deactivate(Args.actor(env), Args.integer(env, "id"));
                    return Map.of();
                })
                .dataFetcher("enableTFA", env -> {
                    users.enableTFA(Args.actor(env), Args.integer(env, "id"));
                    return Map.of();
                })
                .dataFetcher("disableTFA", env -> {
                    users.disableTFA(Args.actor(env), Args.integer(env, "id"));
                    return Map.of();
                })
                .dataFetcher("resetPassword", env -> {
                    users.resetPassword(Args.actor(env), Args.integer(env, "id"));
                    return Map.of();
                }));
    }

    private static UserUpdate update(DataFetchingEnvironment env) {
        return new UserUpdate(Args.integer(env, "id"), Args.optionalString(env, "email"),
                Args.optionalString(env, "name"), Args.optionalString(env, "newPassword"),
                Args.given(env, "groups") && env.getArgument("groups") != null ? Args.integers(env, "groups") : null,
                Args.optionalString(env, "location"), Args.optionalString(env, "jobTitle"),
                Args.optionalString(env, "timezone"), Args.optionalString(env, "dateFormat"),
                Args.optionalString(env, "appearance"));
    }
}
