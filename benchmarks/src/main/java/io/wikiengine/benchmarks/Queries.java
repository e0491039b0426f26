package io.wikiengine.benchmarks;

import io.wikiengine.core.access.Actor;
import io.wikiengine.graphql.GraphQLRequest;
import io.wikiengine.graphql.GraphQLResult;
import io.wikiengine.graphql.WikiGraphQL;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The GraphQL documents the benchmarks send, as a Wiki.js client sends them, and a check of their answers. */
final class Queries {

    static final String SINGLE = "query ($id: Int!) { pages { single(id: $id) "
            + "{ id title content render tags { tag title } } } }";
    static final String SINGLE_BY_PATH = "query ($path: String!, $locale: String!) { pages { "
            + "singleByPath(path: $path, locale: $locale) { id title content render tags { tag title } } } }";
    static final String LIST = "{ pages { list(limit: 50) { id path locale title description contentType "
            + "isPublished isPrivate createdAt updatedAt tags } } }";
    static final String TREE = "query ($path: String!) { pages { tree(path: $path, mode: ALL, locale: \"en\", "
            + "includeAncestors: true) { id path depth title isFolder parent pageId locale } } }";
    static final String USERS = "{ users { list { id name email providerKey isSystem isActive createdAt "
            + "lastLoginAt } } }";
    static final String SEARCH = "{ pages { search(query: \"guide 42\", locale: \"en\") "
            + "{ results { id title description path locale } suggestions totalHits } } }";
    static final String UPDATE = "mutation ($id: Int!, $content: String!) { pages { update(id: $id, "
            + "content: $content) { responseResult { succeeded errorCode slug message } page { id updatedAt } } } }";

    private Queries() {
    }

    static GraphQLRequest request(String query, Actor actor, Map<String, @Nullable Object> variables) {
        return GraphQLRequest.of(query).withActor(actor).withVariables(variables);
    }

    /**
     * Runs the request once and fails unless it answered without errors; run in every setup, so a benchmark
     * never times an error path.
     */
    static GraphQLResult checked(WikiGraphQL api, GraphQLRequest request) {
        GraphQLResult result = api.execute(request);
        Map<String, @Nullable Object> body = result.body();
        if (result.status() != 200 || body.containsKey("errors") || body.get("data") == null) {
            throw new IllegalStateException("benchmark query failed: " + body);
        }
        String text = String.valueOf(body);
        if (text.contains("succeeded=false") || text.contains("=null}}}")) {
            throw new IllegalStateException("benchmark query answered nothing useful: " + text);
        }
        return result;
    }

    /** The list under {@code data.<namespace>.<field>}. */
    @SuppressWarnings("unchecked")
    static List<Object> list(GraphQLResult result, String namespace, String field) {
        Map<String, Object> data = (Map<String, Object>) result.body().get("data");
        Map<String, Object> ns = (Map<String, Object>) data.get(namespace);
        return (List<Object>) ns.get(field);
    }
}
