package io.wikiengine.graphql;

import static io.wikiengine.graphql.TestWikis.at;
import static io.wikiengine.graphql.Wire.list;
import static io.wikiengine.graphql.Wire.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.introspection.IntrospectionQuery;
import graphql.introspection.IntrospectionQueryBuilder;
import io.wikiengine.core.Wiki;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a client does before its first real call: full introspection, as the guest, then typed look-ups. */
class IntrospectionWireTest {

    private static Wiki wiki;
    private static WikiGraphQL api;

    @BeforeAll
    static void open() {
        wiki = TestWikis.wiki();
        api = WikiGraphQL.create(wiki);
    }

    @AfterAll
    static void close() {
        wiki.close();
    }

    @Test
    void theStandardIntrospectionQuerySucceedsForTheGuest() {
        GraphQLResult result = ok(api.execute(GraphQLRequest.of(IntrospectionQuery.INTROSPECTION_QUERY)
                .withOperationName("IntrospectionQuery")));
        assertEquals("Query", at(result, "__schema.queryType.name"));
        assertEquals("Mutation", at(result, "__schema.mutationType.name"));
        assertNull(at(result, "__schema.subscriptionType"));
        List<Map<String, Object>> types = list(result, "__schema.types");
        Set<Object> names = types.stream().map(t -> t.get("name")).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("PageQuery", "PageMutation", "UserQuery", "GroupMutation",
                "AuthenticationMutation", "AssetQuery", "CommentMutation", "Date", "PageRuleInput", "AssetKind")),
                names.toString());
        Map<String, Object> date = types.stream().filter(t -> "Date".equals(t.get("name"))).findFirst().orElseThrow();
        assertEquals("SCALAR", date.get("kind"));
        Set<Object> directives = list(result, "__schema.directives").stream().map(d -> d.get("name"))
                .collect(Collectors.toSet());
        assertTrue(directives.containsAll(Set.of("auth", "rateLimit", "include", "skip", "deprecated")),
                directives.toString());
    }

    @Test
    void theIntrospectionOfNewerClientsWithEveryOptionSucceeds() {
        String query = IntrospectionQueryBuilder.build(IntrospectionQueryBuilder.Options.defaultOptions()
                .descriptions(true).specifiedByUrl(true).directiveIsRepeatable(true).schemaDescription(true)
                .inputValueDeprecation(true).isOneOf(true));
        GraphQLResult result = ok(api.execute(GraphQLRequest.of(query)));
        assertEquals("Query", at(result, "__schema.queryType.name"));
    }

    @Test
    void aTypeLookUpShowsTheNullabilityClientsRelyOn() {
        GraphQLResult result = ok(api.execute(GraphQLRequest.of("""
                query PageType {
                  __type(name: "Page") {
                    name kind
                    fields { name type { kind name ofType { kind name ofType { kind name } } } }
                  }
                }""")));
        List<Map<String, Object>> fields = list(result, "__type.fields");
        Map<String, Object> content = fields.stream().filter(f -> "content".equals(f.get("name"))).findFirst()
                .orElseThrow();
        Map<?, ?> contentType = (Map<?, ?>) content.get("type");
        assertEquals("NON_NULL", contentType.get("kind"));
        assertEquals("String", ((Map<?, ?>) contentType.get("ofType")).get("name"));
        Map<String, Object> tags = fields.stream().filter(f -> "tags".equals(f.get("name"))).findFirst().orElseThrow();
        Map<?, ?> tagsType = (Map<?, ?>) tags.get("type");
        assertEquals("NON_NULL", tagsType.get("kind"));
        assertEquals("LIST", ((Map<?, ?>) tagsType.get("ofType")).get("kind"));
        assertEquals("PageTag", ((Map<?, ?>) ((Map<?, ?>) tagsType.get("ofType")).get("ofType")).get("name"));
    }

    @Test
    void typenameEverywhereIncludingTheRoots() {
        GraphQLResult result = ok(api.execute(GraphQLRequest.of("{ __typename pages { __typename } "
                + "authentication { __typename activeStrategies { __typename key } } }")));
        assertEquals("Query", at(result, "__typename"));
        assertEquals("PageQuery", at(result, "pages.__typename"));
        assertEquals("AuthenticationQuery", at(result, "authentication.__typename"));
        assertEquals("AuthenticationActiveStrategy", at(result, "authentication.activeStrategies.0.__typename"));
    }
}
