package io.wikiengine.storage.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.wikiengine.core.page.PageListQuery;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** {@code @WikiTest(lifecycle = PER_CLASS, resources = ...)}: one wiki, imported once, for all tests. */
@WikiTest(lifecycle = WikiTest.Lifecycle.PER_CLASS, resources = "wikis/premid")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WikiTestPerClassTest {

    private static WikiFixture first;

    WikiFixture fixture;

    @Test
    @Order(1)
    void theResourceIsImported() {
        first = fixture;
        assertEquals(16, fixture.wiki().pages().list(fixture.system(), PageListQuery.ALL).size());
        fixture.page("docs/added", "x");
    }

    @Test
    @Order(2)
    void laterTestsSeeTheSameWiki() {
        assertSame(first, fixture);
        assertEquals(17, fixture.wiki().pages().list(fixture.system(), PageListQuery.ALL).size());
    }
}
