package io.wikiengine.storage.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.page.PageListQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** {@code @WikiTest} with its default: a fresh wiki for each test, in fields and parameters alike. */
@WikiTest
class WikiTestPerTestTest {

    WikiFixture fixture;
    Wiki wiki;
    Wiki seenBefore;

    @BeforeEach
    void before(Wiki parameter) {
        seenBefore = parameter;
    }

    @RepeatedTest(3)
    void eachTestStartsEmpty() {
        assertEquals(0, wiki.pages().list(fixture.system(), PageListQuery.ALL).size());
        fixture.page("docs/only", "x");
        assertEquals(1, wiki.pages().list(fixture.system(), PageListQuery.ALL).size());
    }

    @Test
    void fieldsParametersAndLifecycleMethodsShareTheTestsWiki(WikiFixture parameter, Wiki wikiParameter) {
        assertSame(fixture, parameter);
        assertSame(wiki, wikiParameter);
        assertSame(wiki, seenBefore);
        assertSame(fixture.wiki(), wiki);
    }
}
