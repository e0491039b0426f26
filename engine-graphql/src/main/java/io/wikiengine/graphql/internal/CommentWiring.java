package io.wikiengine.graphql.internal;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.wikiengine.core.comment.CommentProviderInput;
import io.wikiengine.core.comment.CommentService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code comments} namespace: each fetcher calls one {@link CommentService} method. */
final class CommentWiring implements Wiring {

    private final CommentService comments;

    CommentWiring(CommentService comments) {
        this.comments = comments;
    }

    @Override
    public void register(RuntimeWiring.Builder wiring) {
        wiring.type("CommentQuery", t -> t
                .dataFetcher("providers", env -> comments.providers(Args.actor(env)))
                .dataFetcher("list", env -> comments.list(Args.actor(env), Args.string(env, "locale"),
                        Args.string(env, "path")))
                .dataFetcher("single", env -> comments.single(Args.actor(env), Args.integer(env, "id"))));
        wiring.type("CommentMutation", t -> t
                .dataFetcher("updateProviders", env -> {
                    comments.updateProviders(Args.actor(env), providers(env));
                    return Map.of();
                })
                .dataFetcher("create", env -> Map.of("id", comments.create(Args.actor(env), Args.integer(env, "pageId"),
                        Args.optionalInteger(env, "replyTo"), Args.string(env, "content"),
                        Args.optionalString(env, "guestName"), Args.optionalString(env, "guestEmail"),
                        Args.clientKey(env))))
                .dataFetcher("update", env -> Map.of("render", comments.update(Args.actor(env),
                        Args.integer(env, "id"), Args.string(env, "content"))))
                .dataFetcher("delete", env -> {
                    comments.delete(Args.actor(env), Args.integer(env, "id"));
                    return Map.of();
                }));
    }

    private static List<CommentProviderInput> providers(DataFetchingEnvironment env) {
        List<CommentProviderInput> inputs = new ArrayList<>();
        Object value = env.getArgument("providers");
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> p && p.get("key") != null) {
                    inputs.add(new CommentProviderInput(Boolean.TRUE.equals(p.get("isEnabled")), p.get("key").toString(),
                            AuthWiring.keyValues(p.get("config"))));
                }
            }
        }
        return inputs;
    }
}
