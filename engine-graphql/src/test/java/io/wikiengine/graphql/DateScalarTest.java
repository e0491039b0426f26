package io.wikiengine.graphql;

import static io.wikiengine.graphql.TestWikis.at;
import static io.wikiengine.graphql.TestWikis.errors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.page.PageCreate;
import io.wikiengine.core.page.PageImport;
import io.wikiengine.core.page.PageListQuery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code Date} scalar (decision 24): years 0000 to 9999 in, proleptic years out. */
class DateScalarTest {

    private static final String CREATE = """
            mutation ($start: Date) {
              pages {
                create(content: "x", description: "", editor: "markdown", isPublished: true, isPrivate: false,
                       locale: "en", path: "docs/a", publishStartDate: $start, tags: [], title: "A") {
                  responseResult { succeeded errorCode }
                  page { id publishStartDate }
                }
              }
            }""";

    private Wiki wiki;
    private WikiGraphQL api;
    private String jwt;

    @BeforeEach
    void open() {
        wiki = TestWikis.wiki();
        api = WikiGraphQL.create(wiki);
        jwt = TestWikis.login(api);
    }

    @AfterEach
    void close() {
        wiki.close();
    }

    private GraphQLResult create(String start) {
        return api.execute(GraphQLRequest.of(CREATE).withVariables(Map.of("start", start)).withToken(jwt));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01T00:00:00.000Z", "0001-02-03T04:05:06.007Z", "9999-12-31T23:59:59.999Z"})
    void decision24_yearsFrom0000To9999GoInAndComeBackAsGiven(String date) {
        GraphQLResult result = create(date);
        assertEquals(List.of(), errors(result), result.body().toString());
        assertEquals(date, at(result, "pages.create.page.publishStartDate"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01T00:00:00Z", "-0001-12-31T00:00:00Z",
        "+999999999-12-31T23:59:59Z", "0000-01-01T00:30:00+01:00"})
    void decision24_yearsOutside0000To9999AreACoercionErrorNamingTheRange(String date) {
        GraphQLResult result = create(date);
        List<Map<String, Object>> errors = errors(result);
        assertEquals(1, errors.size(), result.body().toString());
        assertTrue(String.valueOf(errors.get(0).get("message")).contains("years 0000 to 9999"),
                () -> String.valueOf(errors.get(0).get("message")));
        assertTrue(wiki.pages().list(Actor.system(), PageListQuery.ALL).isEmpty());
    }

    @Test
    void decision24_aFiveDigitYearWithoutItsSignIsNoIsoDate() {
        GraphQLResult result = create("10000-01-01T00:00:00Z");
        assertEquals(1, errors(result).size(), result.body().toString());
        assertTrue(String.valueOf(errors(result).get(0).get("message")).contains("Expected an ISO-8601 date-time"));
    }

    @Test
    void decision24_literalOutsideTheRangeIsRefusedToo() {
        GraphQLResult result = api.execute(GraphQLRequest.of(
                "{ pages { checkConflicts(id: 1, checkoutDate: \"+10000-01-01T00:00:00Z\") } }").withToken(jwt));
        assertEquals(1, errors(result).size(), result.body().toString());
        assertTrue(String.valueOf(errors(result).get(0).get("message")).contains("years 0000 to 9999"));
    }

    @Test
    void decision24_storedInstantsAreWrittenWithProlepticYears() {
        int id = wiki.pages().importPages(Actor.system(), List.of(new PageImport(
                PageCreate.of("en", "docs/old", "Old", "x"), Instant.parse("0000-03-01T00:00:00Z"),
                Instant.parse("+10000-01-01T00:00:00Z")))).get(0).id();
        GraphQLResult result = api.execute(GraphQLRequest.of(
                "{ pages { single(id: " + id + ") { createdAt updatedAt } } }").withToken(jwt));
        assertEquals(List.of(), errors(result), result.body().toString());
        assertEquals("0000-03-01T00:00:00.000Z", at(result, "pages.single.createdAt"));
        assertEquals("+010000-01-01T00:00:00.000Z", at(result, "pages.single.updatedAt"));
    }
}
