package io.wikiengine.core.page.internal;

import io.wikiengine.core.access.PageTarget;
import io.wikiengine.core.page.Page;
import io.wikiengine.core.spi.PageKey;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The complete pages {@code pages.single} and {@code pages.singleByPath} answered last, by id and by locale and
 * path, bounded by an estimate of their size in memory.
 *
 * <p><b>Correctness.</b> Everything the cache holds belongs to one <em>generation</em>, and
 * {@link #invalidate} replaces the generation with an empty one. A reader takes the generation
 * ({@link #generation()}) <em>before</em> it opens its read transaction and puts what it read into that
 * generation. A write calls {@link #invalidate} after its commit, so a reader that began before the commit
 * can only have put the old page into a generation that is no longer served, and a reader that takes the new
 * generation reads after the commit. Nothing is ever served that a committed and announced write changed.
 *
 * <p><b>Bound.</b> Each entry weighs about the bytes of its strings. When a put takes the generation over
 * its budget, a sweep (second chance, as the clock algorithm) drops the entries not read since the previous
 * sweep until a quarter of the budget is free, so pages read often stay while a scan passes through. A budget
 * of zero turns the cache off.
 */
public final class PageCache {

    /** What is held of one page: the page and the target its permission checks use. */
    public static final class Entry {
        private final Page page;
        private final PageTarget target;
        private final long weight;
        private volatile boolean used;

        Entry(Page page) {
            this.page = page;
            this.target = PageTarget.page(page.path(), page.locale(), page.tagNames());
            this.weight = weigh(page);
        }

        /** The page as read. */
        public Page page() {
            return page;
        }

        /** The page's path, locale and tags, for the permission check. */
        public PageTarget target() {
            return target;
        }

        PageKey key() {
            return new PageKey(page.locale(), page.path());
        }
    }

    /** One generation's entries. Entries of an old generation are never served. */
    public static final class Generation {
        private final ConcurrentHashMap<Integer, Entry> byId = new ConcurrentHashMap<>();
        private final ConcurrentHashMap<PageKey, Entry> byKey = new ConcurrentHashMap<>();
        private final AtomicLong weight = new AtomicLong();

        private Generation() {
        }
    }

    /** Per entry, beyond its strings: the objects, the two map nodes and the tag list. */
    private static final long OVERHEAD = 512;

    private final long budget;
    private final Object sweepLock = new Object();
    private volatile Generation current = new Generation();

    /**
     * A cache holding at most about {@code budget} bytes of pages.
     *
     * @param budget the bound in bytes; 0 caches nothing
     */
    public PageCache(long budget) {
        if (budget < 0) {
            throw new IllegalArgumentException("budget must not be negative: " + budget);
        }
        this.budget = budget;
    }

    /** The generation to read into; take it before the read transaction begins. */
    public Generation generation() {
        return current;
    }

    /** The page with this id, when the current generation holds it. */
    public @Nullable Entry byId(int id) {
        return touched(current.byId.get(id));
    }

    /** The page at this locale and normalised path, when the current generation holds it. */
    public @Nullable Entry byKey(PageKey key) {
        return touched(current.byKey.get(key));
    }

    private static @Nullable Entry touched(@Nullable Entry entry) {
        if (entry != null && !entry.used) {
            entry.used = true;
        }
        return entry;
    }

    /**
     * Keeps a page read in {@code generation} and returns its entry. A page too large for a quarter of the
     * budget is returned without being kept, as is any page when the generation is no longer current.
     */
    public Entry put(Generation generation, Page page) {
        Entry entry = new Entry(Objects.requireNonNull(page, "page"));
        if (entry.weight > budget / 4 || generation != current) {
            return entry;
        }
        Entry before = generation.byId.put(page.id(), entry);
        if (before != null) {
            generation.byKey.remove(before.key(), before);
            generation.weight.addAndGet(-before.weight);
        }
        generation.byKey.put(entry.key(), entry);
        if (generation.weight.addAndGet(entry.weight) > budget) {
            sweep(generation);
        }
        return entry;
    }

    /** Drops everything: call after a committed change to any page, tag or user. */
    public void invalidate() {
        current = new Generation();
    }

    /** How many pages the current generation holds. */
    public int size() {
        return current.byId.size();
    }

    private void sweep(Generation generation) {
        synchronized (sweepLock) {
            long target = budget - budget / 4;
            for (int pass = 0; pass < 2 && generation.weight.get() > target; pass++) {
                for (Iterator<Entry> it = generation.byId.values().iterator();
                        it.hasNext() && generation.weight.get() > target; ) {
                    Entry entry = it.next();
                    if (entry.used) {
                        entry.used = false;
                    } else if (generation.byId.remove(entry.page.id(), entry)) {
                        generation.byKey.remove(entry.key(), entry);
                        generation.weight.addAndGet(-entry.weight);
                    }
                }
            }
            // Two readers putting the same page at once may leave the older entry under its key alone.
            generation.byKey.values().removeIf(entry -> generation.byId.get(entry.page.id()) != entry);
        }
    }

    private static long weigh(Page page) {
        long chars = page.content().length() + page.render().length() + page.toc().length() + page.path().length()
                + page.title().length() + page.description().length() + page.scriptCss().length()
                + page.scriptJs().length() + page.authorName().length() + page.authorEmail().length()
                + page.creatorName().length() + page.creatorEmail().length() + page.hash().length();
        return 2 * chars + OVERHEAD + 64L * page.tags().size();
    }
}
