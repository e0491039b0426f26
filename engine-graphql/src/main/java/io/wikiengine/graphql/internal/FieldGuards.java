package io.wikiengine.graphql.internal;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.PermissionEngine;
import io.wikiengine.core.error.WikiException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps the data fetchers of the schema, once, from what the schema itself declares: {@code @auth} on any
 * field, {@code @rateLimit}, and the {@code responseResult} style of the namespace mutations
 * . The layers, outermost first: auth, rate limit, response result, the field's own fetcher — so
 * that directive errors are top-level on any operation, mutations included.
 */
public final class FieldGuards {

    private static final Logger LOG = LoggerFactory.getLogger(FieldGuards.class);

    /** Mutation namespaces whose failures are thrown as top-level errors instead of a responseResult. */
    private static final Set<String> TOP_LEVEL_MUTATIONS = Set.of("GroupMutation");

    private final PermissionEngine permissions;
    private final RateLimiter rateLimiter;

    public FieldGuards(PermissionEngine permissions, Clock clock) {
        this.permissions = permissions;
        this.rateLimiter = new RateLimiter(clock);
    }

    /** The schema with every field's fetcher wrapped as its directives and type say. */
    public GraphQLSchema apply(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry.Builder wrapped = GraphQLCodeRegistry.newCodeRegistry(registry);
        Set<String> mutationNamespaces = mutationNamespaces(schema);
        for (GraphQLType type : schema.getAllTypesAsList()) {
            if (!(type instanceof GraphQLObjectType object) || object.getName().startsWith("__")) {
                continue;
            }
            for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                FieldCoordinates coordinates = FieldCoordinates.coordinates(object.getName(), field.getName());
                DataFetcher<?> fetcher = registry.getDataFetcher(object, field);
                DataFetcher<?> guarded = guard(object, field, fetcher, mutationNamespaces.contains(object.getName()));
                if (guarded != fetcher) {
                    wrapped.dataFetcher(coordinates, guarded);
                }
            }
        }
        return schema.transform(b -> b.codeRegistry(wrapped.build()));
    }

    private static Set<String> mutationNamespaces(GraphQLSchema schema) {
        Set<String> names = new java.util.HashSet<>();
        GraphQLObjectType mutation = schema.getMutationType();
        if (mutation != null) {
            for (GraphQLFieldDefinition field : mutation.getFieldDefinitions()) {
                names.add(GraphQLTypeUtil.unwrapAll(field.getType()).getName());
            }
        }
        return names;
    }

    private DataFetcher<?> guard(GraphQLObjectType parent, GraphQLFieldDefinition field, DataFetcher<?> fetcher,
                                 boolean namespaceMutation) {
        DataFetcher<?> result = fetcher;
        if (namespaceMutation && hasResponseResult(field)) {
            result = responseResult(parent.getName(), field.getName(), result);
        }
        GraphQLAppliedDirective rate = field.getAppliedDirective("rateLimit");
        if (rate != null) {
            result = rateLimited(parent.getName() + "." + field.getName(), intArg(rate, "limit", 60),
                    intArg(rate, "duration", 60), result);
        }
        GraphQLAppliedDirective auth = field.getAppliedDirective("auth");
        if (auth != null) {
            List<String> requires = requires(auth);
            if (!requires.isEmpty()) {
                result = authorized(requires, result);
            }
        }
        return result;
    }

    private static boolean hasResponseResult(GraphQLFieldDefinition field) {
        return GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLObjectType type
                && type.getFieldDefinition("responseResult") != null;
    }

    private static int intArg(GraphQLAppliedDirective directive, String name, int fallback) {
        Object value = directive.getArgument(name) == null ? null : directive.getArgument(name).getValue();
        return value instanceof Number n ? n.intValue() : fallback;
    }

    private static List<String> requires(GraphQLAppliedDirective auth) {
        Object value = auth.getArgument("requires") == null ? null : auth.getArgument("requires").getValue();
        List<String> scopes = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object scope : list) {
                if (scope != null) {
                    scopes.add(scope.toString());
                }
            }
        }
        return List.copyOf(scopes);
    }

    private DataFetcher<?> authorized(List<String> requires, DataFetcher<?> inner) {
        return env -> {
            Caller caller = env.getGraphQlContext().get(Caller.class);
            Actor actor = caller == null ? null : caller.actor();
            if (actor == null) {
                throw GraphQLFailure.unauthorized();
            }
            if (!permissions.hasAny(actor, requires)) {
                throw GraphQLFailure.forbidden();
            }
            return inner.get(env);
        };
    }

    private DataFetcher<?> rateLimited(String field, int limit, int durationSeconds, DataFetcher<?> inner) {
        return env -> {
            Caller caller = env.getGraphQlContext().get(Caller.class);
            String client = caller == null ? "local" : caller.clientKey();
            rateLimiter.acquire(client + ":" + field, limit, durationSeconds);
            return inner.get(env);
        };
    }

    private static DataFetcher<?> responseResult(String typeName, String fieldName, DataFetcher<?> inner) {
        String coordinates = typeName + "." + fieldName;
        String message = ResponseResults.messageOf(coordinates);
        boolean topLevel = TOP_LEVEL_MUTATIONS.contains(typeName);
        return env -> {
            Object value;
            try {
                value = inner.get(env);
            } catch (WikiException e) {
                if (topLevel) {
                    throw e;
                }
                return Map.of("responseResult", ResponseResults.failure(e));
            } catch (GraphQLFailure e) {
                throw e;
            } catch (RuntimeException e) {
                if (topLevel) {
                    throw e;
                }
                var generic = ResponseResults.genericErrorOf(typeName);
                LOG.error("Unexpected failure in {}; answered as {}", coordinates, generic.slug(), e);
                return Map.of("responseResult", ResponseResults.failure(WikiException.of(generic)));
            }
            return withStatus(value, message);
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, @Nullable Object> withStatus(@Nullable Object value, String message) {
        Map<String, @Nullable Object> response = new LinkedHashMap<>();
        response.put("responseResult", ResponseResults.success(message));
        if (value instanceof Map<?, ?> extra) {
            for (Map.Entry<?, ?> e : extra.entrySet()) {
                if (!"responseResult".equals(e.getKey())) {
                    response.put((String) e.getKey(), e.getValue());
                }
            }
            Object status = extra.get("responseResult");
            if (status instanceof Map<?, ?>) {
                response.put("responseResult", (Map<String, Object>) status);
            }
        }
        return response;
    }
}
