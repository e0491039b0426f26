package io.wikiengine.core.access.internal;

import io.wikiengine.core.access.PageTarget;
import org.jspecify.annotations.Nullable;

/**
 * The decisions already taken in one {@link RulePool}, keyed by (requested scope bits, target): a bounded
 * open-addressing table of immutable entries, probed linearly.
 *
 * <p>A hit reads a slot or two and allocates nothing; a miss stores one small entry. Each slot's hash is kept
 * in an array of its own, so a probe reads entries only when their hash is the request's. The table starts at
 * {@link #INITIAL_SLOTS} slots and doubles, keeping every entry, whenever it is half full, up to
 * {@link #MAX_SLOTS} and only as far as the owning {@link DecisionCache}'s budget allows; a table that can no
 * longer grow starts empty again when half full. Probes stop after {@link #MAX_PROBES} slots, so a lookup
 * ends even in a table that races filled. Slots are read and written without locks: each entry is immutable
 * (final fields), so a racing reader sees either no entry or a whole one, and an entry is used only when its
 * key equals the request. A store lost to a race or a growth only costs a later re-evaluation.
 */
final class DecisionMemo {

    /** Slots of a new table. */
    static final int INITIAL_SLOTS = 64;
    /** The most slots one pool's table may have. */
    static final int MAX_SLOTS = 1 << 16;
    /** The most slots a lookup or a store looks at. */
    static final int MAX_PROBES = 32;

    /** One memoised decision with its full key. */
    private static final class Entry {
        final int hash;
        final int mask;
        final PageTarget target;
        final RuleDecision decision;

        Entry(int hash, int mask, PageTarget target, RuleDecision decision) {
            this.hash = hash;
            this.mask = mask;
            this.target = target;
            this.decision = decision;
        }

        boolean holds(int hash, int mask, PageTarget target) {
            return this.hash == hash && this.mask == mask && (this.target == target || this.target.equals(target));
        }
    }

    /** A table: entries, and beside them their hashes, 0 marking a free slot, so a probe rarely leaves it. */
    private static final class Table {
        final int[] hashes;
        final @Nullable Entry[] entries;

        Table(int slots) {
            hashes = new int[slots];
            entries = new Entry[slots];
        }
    }

    private final DecisionCache budget;
    private volatile Table table;
    // Counted without synchronisation: a lost increment only delays a growth, and probes are bounded anyway.
    private int stored;

    DecisionMemo(DecisionCache budget) {
        this.budget = budget;
        this.table = new Table(budget.reserve(INITIAL_SLOTS) ? INITIAL_SLOTS : MAX_PROBES);
    }

    /**
     * The hash a request is filed under; never 0. It leaves out the tags, which would cost a walk over the list:
     * the same page with other tags is rare, and told apart by the entry's full key anyway.
     */
    static int hash(int mask, PageTarget target) {
        String locale = target.locale();
        int h = (31 * target.path().hashCode() + (locale == null ? 0 : locale.hashCode())) ^ (mask * 0x9E3779B9);
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return h == 0 ? 1 : h;
    }

    /** The memoised decision for this request, or null. */
    @Nullable RuleDecision get(int hash, int mask, PageTarget target) {
        Table current = table;
        int[] hashes = current.hashes;
        int last = hashes.length - 1;
        int slot = hash & last;
        for (int probe = 0; probe < MAX_PROBES; probe++) {
            int seen = hashes[slot];
            if (seen == 0) {
                return null;
            }
            if (seen == hash) {
                // The hash is only a hint (a race may pair it with another entry): the entry's own key decides.
                Entry entry = current.entries[slot];
                if (entry != null && entry.holds(hash, mask, target)) {
                    return entry.decision;
                }
            }
            slot = (slot + 1) & last;
        }
        return null;
    }

    /** Stores a decision in the first free slot of its probe sequence, if there is one. */
    void put(int hash, int mask, PageTarget target, RuleDecision decision) {
        Table current = table;
        int[] hashes = current.hashes;
        int last = hashes.length - 1;
        int slot = hash & last;
        for (int probe = 0; probe < MAX_PROBES; probe++) {
            if (hashes[slot] == 0) {
                current.entries[slot] = new Entry(hash, mask, target, decision);
                hashes[slot] = hash;
                if (++stored > hashes.length / 2) {
                    makeRoom(current);
                }
                return;
            }
            slot = (slot + 1) & last;
        }
        makeRoom(current);
    }

    /** How many slots the table has now. */
    int capacity() {
        return table.hashes.length;
    }

    /** Doubles the table with its entries when the bound and the budget allow, else empties it. */
    private synchronized void makeRoom(Table seen) {
        int slots = seen.hashes.length;
        if (table != seen) {
            return;
        }
        if (slots >= MAX_SLOTS || !budget.reserve(slots)) {
            stored = 0;
            table = new Table(slots);
            return;
        }
        Table larger = new Table(slots * 2);
        int last = slots * 2 - 1;
        int count = 0;
        for (Entry entry : seen.entries) {
            if (entry != null) {
                int slot = entry.hash & last;
                while (larger.hashes[slot] != 0) {
                    slot = (slot + 1) & last;
                }
                larger.entries[slot] = entry;
                larger.hashes[slot] = entry.hash;
                count++;
            }
        }
        stored = count;
        table = larger;
    }
}
