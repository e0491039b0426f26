package io.wikiengine.graphql.internal;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.error.WikiException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every exception a data fetcher throws into the top-level error Wiki.js's server sends:
 * {@code message}, {@code locations}, {@code path}, {@code extensions.code = INTERNAL_SERVER_ERROR}, and the
 * numeric Wiki code at {@code extensions.exception.code} for Wiki errors. Never a stack trace or a class name:
 * an unexpected failure gets the generic error of its area (decision 31) and is logged with its cause.
 */
public final class WikiErrors implements DataFetcherExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(WikiErrors.class);

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
            DataFetcherExceptionHandlerParameters parameters) {
        Throwable failure = unwrap(parameters.getException());
        String parentType = parameters.getDataFetchingEnvironment().getParentType() instanceof
                graphql.schema.GraphQLNamedType named ? named.getName() : "";
        ServerError error = of(failure, parentType, parameters.getPath(),
                parameters.getSourceLocation() == null ? List.of() : List.of(parameters.getSourceLocation()));
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(error).build());
    }

    static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof java.util.concurrent.ExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** The error for a failure at this path. */
    static ServerError of(Throwable failure, String parentType, ResultPath path, List<SourceLocation> locations) {
        if (failure instanceof WikiException wiki) {
            Map<String, Object> exception = new LinkedHashMap<>();
            wiki.error().ifPresent(e -> exception.put("code", e.code()));
            return new ServerError(wiki.getMessage(), path, locations, exception);
        }
        if (failure instanceof GraphQLFailure known) {
            return new ServerError(known.getMessage(), path, locations, Map.of());
        }
        WikiError generic = ResponseResults.genericErrorOf(parentType);
        LOG.error("Unexpected failure at {}; answered as {}", path, generic.slug(), failure);
        return new ServerError(generic.message(), path, locations, Map.of("code", generic.code()));
    }

    /** A top-level error as Apollo Server 2 formats one. */
    public static final class ServerError implements GraphQLError {

        private static final long serialVersionUID = 1L;

        private final String message;
        private final List<Object> path;
        private final List<SourceLocation> locations;
        private final Map<String, Object> extensions;

        ServerError(@Nullable String message, ResultPath path, List<SourceLocation> locations,
                    Map<String, Object> exception) {
            this.message = message == null ? "An unexpected error occured." : message;
            this.path = path.toList();
            this.locations = List.copyOf(locations);
            Map<String, Object> ext = new LinkedHashMap<>();
            ext.put("code", "INTERNAL_SERVER_ERROR");
            ext.put("exception", Map.copyOf(exception));
            this.extensions = ext;
        }

        @Override
        public String getMessage() {
            return message;
        }

        @Override
        public List<SourceLocation> getLocations() {
            return locations;
        }

        @Override
        public List<Object> getPath() {
            return path;
        }

        @Override
        public ErrorClassification getErrorType() {
            return graphql.ErrorType.DataFetchingException;
        }

        @Override
        public Map<String, Object> getExtensions() {
            return extensions;
        }
    }
}
