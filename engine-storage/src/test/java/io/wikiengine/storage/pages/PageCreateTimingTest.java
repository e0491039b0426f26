package io.wikiengine.storage.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wikiengine.core.page.PageCreate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures creating 1,000 rendered pages on H2 in memory. Tagged {@code timing}: it asserts the outcome,
 * and prints the time for the record; run it alone with
 * {@code mvn -B -q -pl engine-storage -am verify -Dtest=PageCreateTimingTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("timing")
// A measurement, not a check of speed: left out of the suite (see the root pom's excludedGroups); run it with
// mvn -B -q -pl engine-storage -am verify -Dtest=PageCreateTimingTest -Dsurefire.failIfNoSpecifiedTests=false -Dtimings
@org.junit.jupiter.api.Tag("timing")
class PageCreateTimingTest extends PageFixture {

    private static final String CONTENT = "# Section\n\nSome *markdown* with a [link](/en/bench/p1) and `code`.\n\n"
            + "## Sub\n\n- one\n- two\n\n```java\nint x = 1;\n```\n";

    @Test
    void creatingAThousandRenderedPages() {
        for (int i = 0; i < 50; i++) {
            pages.create(admin, PageCreate.of("en", "warm/p" + i, "W", CONTENT));
        }
        long start = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            pages.create(admin, PageCreate.of("en", "bench/s" + (i % 20) + "/p" + i, "P" + i, CONTENT)
                    .withTags(java.util.List.of("bench", "t" + (i % 10))));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("[timing] 1000 page creates on H2 in memory: " + millis + " ms ("
                + (millis / 1000.0) + " ms per page)");
        assertEquals(Integer.valueOf(1050), wiki.storage().<Integer>inTransaction(s -> s.pages().count()));
    }
}
