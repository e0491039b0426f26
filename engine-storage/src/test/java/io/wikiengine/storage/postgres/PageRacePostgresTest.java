package io.wikiengine.storage.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.error.WikiException;
import io.wikiengine.core.page.PageCreate;
import io.wikiengine.core.page.PageListItem;
import io.wikiengine.core.page.PageListQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Writers on two instances racing for the same paths: one page per path, 6002 for every other writer. */
class PageRacePostgresTest {

    private static PostgresDatabase database;

    private TwoInstances two;

    @BeforeAll
    static void database() {
        database = PostgresDatabase.require();
    }

    @BeforeEach
    void open() {
        two = new TwoInstances(database);
    }

    @AfterEach
    void close() {
        two.close();
    }

    @Test
    void eightThreadsOnEachInstanceCreatingCollidingPathsGiveOnePagePerPathAnd6002ForTheRest() throws Exception {
        int perInstance = 8;
        int paths = 5;
        int attemptsPerThread = 5;
        ExecutorService threads = Executors.newFixedThreadPool(2 * perInstance);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> outcomes = new ArrayList<>();
        for (int t = 0; t < 2 * perInstance; t++) {
            Wiki wiki = t < perInstance ? two.a : two.b;
            int thread = t;
            outcomes.add(threads.submit(() -> {
                start.await();
                List<String> results = new ArrayList<>();
                for (int n = 0; n < attemptsPerThread; n++) {
                    String path = "race/p" + ((thread + n) % paths);
                    // Shared new tags make the writers race on tag creation and the tree too.
                    PageCreate input = PageCreate.of("en", path, "P", "[home](/en/race/p0)")
                            .withTags(List.of("race", "t" + thread));
                    try {
                        wiki.pages().create(Actor.system(), input);
                        results.add("created");
                    } catch (WikiException e) {
                        results.add(e.code() + " " + e.getMessage());
                    }
                }
                return results;
            }));
        }
        start.countDown();
        int created = 0;
        int duplicates = 0;
        for (Future<List<String>> outcome : outcomes) {
            for (String result : outcome.get(120, TimeUnit.SECONDS)) {
                if (result.equals("created")) {
                    created++;
                } else {
                    assertEquals("6002 " + "Cannot create this page because an entry already exists at the same path.",
                            result);
                    duplicates++;
                }
            }
        }
        threads.shutdown();
        assertEquals(paths, created);
        assertEquals(2 * perInstance * attemptsPerThread - paths, duplicates);
        for (Wiki wiki : List.of(two.a, two.b)) {
            List<PageListItem> all = wiki.pages().list(Actor.system(), PageListQuery.ALL);
            assertEquals(List.of("race/p0", "race/p1", "race/p2", "race/p3", "race/p4"),
                    all.stream().map(PageListItem::path).sorted().toList());
        }
    }
}
