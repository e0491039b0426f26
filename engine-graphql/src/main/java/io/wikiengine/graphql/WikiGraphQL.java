package io.wikiengine.graphql;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaPrinter;
import io.wikiengine.core.Wiki;
import io.wikiengine.graphql.internal.Caller;
import io.wikiengine.graphql.internal.CallerResolver;
import io.wikiengine.graphql.internal.ComplexityLimit;
import io.wikiengine.graphql.internal.DocumentCache;
import io.wikiengine.graphql.internal.FieldGuards;
import io.wikiengine.graphql.internal.SchemaFactory;
import io.wikiengine.graphql.internal.WikiErrors;
import io.wikiengine.graphql.internal.Wirings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The Wiki.js GraphQL API of one {@link Wiki}, executed in-JVM: no HTTP, no serialisation unless asked.
 *
 * <pre>{@code
 * WikiGraphQL api = WikiGraphQL.create(wiki);
 * GraphQLResult result = api.execute(GraphQLRequest.of("{ pages { list { id path } } }").withToken(jwt));
 * Map<String, Object> body = result.body();   // or result.toJson()
 * }</pre>
 *
 * <p>Thread-safe; parsed and validated documents are cached, so build one per wiki and keep it.
 */
public final class WikiGraphQL {

    private static final int DOCUMENT_CACHE_SIZE = 2_000;
    /**
     * The most fields one document may select, counted as graphql-java counts complexity (each field 1, plus
     * its children). The standard introspection query and real clients stay far below; a flood of aliases
     * repeating an expensive operation is refused before anything runs.
     */
    static final int MAX_COMPLEXITY = 1_000;

    private final Wiki wiki;
    private final GraphQLSchema schema;
    private final GraphQL graphql;
    private final CallerResolver callers;
    private final List<String> unwired;

    private WikiGraphQL(Wiki wiki) {
        this.wiki = wiki;
        GraphQLSchema wired = SchemaFactory.build(Wirings.of(wiki));
        this.unwired = SchemaFactory.unwiredOperations(wired);
        this.schema = new FieldGuards(wiki.permissions(), wiki.clock()).apply(wired);
        this.graphql = GraphQL.newGraphQL(schema)
                .defaultDataFetcherExceptionHandler(new WikiErrors())
                .preparsedDocumentProvider(new DocumentCache(DOCUMENT_CACHE_SIZE))
                .instrumentation(new ComplexityLimit(MAX_COMPLEXITY, DOCUMENT_CACHE_SIZE))
                .build();
        this.callers = new CallerResolver(wiki);
    }

    /** The API of this wiki. */
    public static WikiGraphQL create(Wiki wiki) {
        return new WikiGraphQL(Objects.requireNonNull(wiki, "wiki"));
    }

    /** The wiki this API serves. */
    public Wiki wiki() {
        return wiki;
    }

    /** The served schema as SDL. */
    public String schemaSdl() {
        return new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
                .includeDirectives(true)
                .includeSchemaDefinition(false)
                .includeScalarTypes(true))
                .print(schema);
    }

    /** The operations of the SDL that have no data fetcher; empty when every served field works. */
    public List<String> unwiredOperations() {
        return unwired;
    }

    /**
     * Executes one operation.
     *
     * @return the spec-shaped result; never throws for a bad document, a refused caller or a failing field
     */
    public GraphQLResult execute(GraphQLRequest request) {
        Objects.requireNonNull(request, "request");
        CallerResolver.Resolution resolution = callers.resolve(request);
        if (resolution.failure() != null) {
            return requestFailure(resolution.failure());
        }
        Caller caller = new Caller(resolution.actor(), request.clientKey());
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(request.query())
                .operationName(request.operationName())
                .variables(request.variables())
                .graphQLContext(Map.of(Caller.class, caller))
                .build();
        ExecutionResult result = graphql.execute(input);
        return shape(result, resolution.renewedToken());
    }

    private static GraphQLResult requestFailure(String message) {
        // Decision 32: the same message as Wiki.js's request-level failure, as a normal error list; 401 over HTTP.
        Map<String, @Nullable Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("path", List.of());
        error.put("extensions", Map.of("code", "UNAUTHENTICATED"));
        Map<String, @Nullable Object> body = new LinkedHashMap<>();
        body.put("data", Map.of());
        body.put("errors", List.of(error));
        return new GraphQLResult(body, 401, null);
    }

    private static GraphQLResult shape(ExecutionResult result, @Nullable String renewedToken) {
        List<GraphQLError> errors = result.getErrors();
        if (!result.isDataPresent() && !errors.isEmpty()) {
            String code = errors.stream().anyMatch(e -> e.getErrorType() == ErrorType.InvalidSyntax)
                    ? "GRAPHQL_PARSE_FAILED" : "GRAPHQL_VALIDATION_FAILED";
            Map<String, @Nullable Object> body = new LinkedHashMap<>();
            body.put("errors", errorList(errors, code));
            return new GraphQLResult(body, 400, renewedToken);
        }
        Map<String, @Nullable Object> body = new LinkedHashMap<>();
        body.put("data", result.getData());
        if (!errors.isEmpty()) {
            body.put("errors", errorList(errors, "INTERNAL_SERVER_ERROR"));
        }
        return new GraphQLResult(body, 200, renewedToken);
    }

    private static List<Map<String, @Nullable Object>> errorList(List<GraphQLError> errors, String defaultCode) {
        List<Map<String, @Nullable Object>> list = new ArrayList<>(errors.size());
        for (GraphQLError error : errors) {
            Map<String, @Nullable Object> spec = new LinkedHashMap<>(error.toSpecification());
            Map<String, @Nullable Object> extensions = new LinkedHashMap<>();
            Object existing = spec.get("extensions");
            if (existing instanceof Map<?, ?> map) {
                map.forEach((k, v) -> extensions.put(String.valueOf(k), v));
            }
            extensions.putIfAbsent("code", defaultCode);
            extensions.remove("classification");
            ErrorClassification type = error.getErrorType();
            if (type != null && !extensions.containsKey("exception")) {
                extensions.put("exception", Map.of());
            }
            spec.put("extensions", extensions);
            list.add(spec);
        }
        return list;
    }
}
