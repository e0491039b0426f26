package io.wikiengine.core.page.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wikiengine.core.access.PageTarget;
import io.wikiengine.core.page.Page;
import io.wikiengine.core.page.PageTag;
import io.wikiengine.core.spi.PageKey;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageCacheTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    /** A page whose content is {@code size} characters long. */
    private static Page page(int id, String path, int size) {
        return new Page(id, path, "h", "T", "", false, true, null, "", "", "x".repeat(size), "", "", "markdown",
                "markdown", "en", "", "", 1, "A", "a@example.com", 1, "A", "a@example.com", T, T,
                List.of(new PageTag(1, "t", "T", T, T)));
    }

    @Test
    void aPageIsFoundByIdAndByKeyWithItsTarget() {
        PageCache cache = new PageCache(1 << 20);
        Page page = page(7, "docs/a", 10);
        PageCache.Entry entry = cache.put(cache.generation(), page);
        assertSame(entry, cache.byId(7));
        assertSame(entry, cache.byKey(new PageKey("en", "docs/a")));
        assertEquals(PageTarget.page("docs/a", "en", List.of("t")), entry.target());
        assertNull(cache.byId(8));
    }

    @Test
    void invalidatingDropsEverythingAndAReadFromBeforeItIsNotKept() {
        PageCache cache = new PageCache(1 << 20);
        PageCache.Generation before = cache.generation();
        cache.put(before, page(1, "a", 10));
        cache.invalidate();
        assertNull(cache.byId(1));
        // A reader that took its generation before the write committed puts what it read into the old one.
        PageCache.Entry late = cache.put(before, page(2, "b", 10));
        assertNotNull(late.page());
        assertNull(cache.byId(2));
        assertEquals(0, cache.size());
    }

    @Test
    void aPageRereadReplacesItsEntryUnderBothKeys() {
        PageCache cache = new PageCache(1 << 20);
        cache.put(cache.generation(), page(1, "old", 10));
        cache.put(cache.generation(), page(1, "new", 20));
        assertEquals(1, cache.size());
        assertEquals("new", cache.byId(1).page().path());
        assertNull(cache.byKey(new PageKey("en", "old")));
        assertNotNull(cache.byKey(new PageKey("en", "new")));
    }

    @Test
    void overTheBudgetTheSweepKeepsThePagesReadSinceTheLastOne() {
        // Each page weighs about 2 * 1,000 bytes plus overhead: the budget holds about 45 of them.
        PageCache cache = new PageCache(100_000);
        cache.put(cache.generation(), page(0, "hot", 1_000));
        for (int id = 1; id < 400; id++) {
            cache.byId(0);
            cache.put(cache.generation(), page(id, "p" + id, 1_000));
        }
        assertNotNull(cache.byId(0), "a page read between every put survives the sweeps");
        assertEquals(true, cache.size() < 50, "size " + cache.size());
        assertEquals(true, cache.size() > 20, "size " + cache.size());
    }

    @Test
    void aPageLargerThanAQuarterOfTheBudgetIsServedButNotKept() {
        PageCache cache = new PageCache(10_000);
        PageCache.Entry entry = cache.put(cache.generation(), page(1, "big", 5_000));
        assertEquals(1, entry.page().id());
        assertNull(cache.byId(1));
    }

    @Test
    void aZeroBudgetKeepsNothingAndANegativeOneIsRefused() {
        PageCache cache = new PageCache(0);
        cache.put(cache.generation(), page(1, "a", 0));
        assertNull(cache.byId(1));
        assertThrows(IllegalArgumentException.class, () -> new PageCache(-1));
    }
}
