package io.wikiengine.storage.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.junit.jupiter.api.Test;

class PageConcurrencyTest extends PageFixture {

    @Test
    void collidingCreatesGiveOnePagePerPathAnd6002ForTheRest() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String path = "race/p" + (i % 5);
            // Shared new tags make the writers race on tag creation too.
            PageCreate input = PageCreate.of("en", path, "P", "[home](/en/race/p0)").withTags(List.of("race", "t" + i));
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    pages.create(admin, input);
                    return "created";
                } catch (WikiException e) {
                    return String.valueOf(e.code());
                }
            }));
        }
        start.countDown();
        int created = 0;
        for (Future<String> outcome : outcomes) {
            String result = outcome.get(60, TimeUnit.SECONDS);
            if (result.equals("created")) {
                created++;
            } else {
                assertEquals("6002", result);
            }
        }
        pool.shutdown();
        assertEquals(5, created);
        List<PageListItem> all = pages.list(admin, PageListQuery.ALL);
        assertEquals(List.of("race/p0", "race/p1", "race/p2", "race/p3", "race/p4"),
                all.stream().map(PageListItem::path).sorted().toList());
        assertEquals(6, wiki.storage().inTransaction(s -> s.pageTree().all()).size());
    }
}
