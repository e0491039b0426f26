package io.wikiengine.core.access.internal;

import io.wikiengine.core.access.PageTarget;
import io.wikiengine.core.access.RuleMatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds the deciding rule of a pool without walking every rule.
 *
 * <p>Each rule carries its position in decision order (see {@link RulePool}): the deciding rule is the
 * applicable, matching rule with the lowest position. Only rules that could match are looked at: EXACT rules by
 * the page path, TAG rules by each tag of the target, START and END rules by the prefixes and suffixes of the
 * page path (hashed as they are read, so nothing is allocated), REGEX rules one by one. Every candidate is still
 * tested in full, so a hash collision costs a comparison, never a wrong answer.
 */
final class RuleIndex {

    /**
     * A rule with its position in the pool's decision order, and copies of what decides whether it applies, so
     * that a rule that does not is passed over without reading the rule itself: its known roles as scope bits,
     * and its locales as bits of the pool's locale numbering ({@link #ANY_LOCALE} for a rule without locales).
     */
    static final class Ranked {
        final CompiledRule rule;
        final int position;
        final int roleMask;
        final int localeMask;
        /** Whether the rule has locales the numbering had no room for, to be compared by name. */
        final boolean localesByName;

        Ranked(CompiledRule rule, int position, Map<String, Integer> localeBits) {
            this.rule = rule;
            this.position = position;
            this.roleMask = rule.roleMask();
            String[] locales = rule.locales();
            int bits = locales == null ? ANY_LOCALE : 0;
            boolean byName = false;
            if (locales != null) {
                for (String locale : locales) {
                    Integer bit = localeBits.get(locale);
                    if (bit == null) {
                        byName = true;
                    } else {
                        bits |= 1 << bit;
                    }
                }
            }
            this.localeMask = bits;
            this.localesByName = byName;
        }
    }

    /** Set in every request's locale bits: rules without locales admit every target. */
    static final int ANY_LOCALE = 1 << 31;
    /** How many distinct locales of a pool get a bit; rules with others compare names. */
    static final int LOCALE_BITS = 31;

    private static final Ranked[] NONE = new Ranked[0];

    private final Ranked[] regex;
    private final Map<String, Ranked[]> exact;
    private final Map<String, Ranked[]> tags;
    private final AffixTable starts;
    private final AffixTable ends;
    private final Map<String, Integer> localeBits;

    RuleIndex(CompiledRule[] decisionOrder) {
        Map<String, Integer> numbering = new HashMap<>();
        for (CompiledRule rule : decisionOrder) {
            String[] locales = rule.locales();
            if (locales != null) {
                for (String locale : locales) {
                    if (numbering.size() < LOCALE_BITS) {
                        numbering.putIfAbsent(locale, numbering.size());
                    }
                }
            }
        }
        this.localeBits = numbering.isEmpty() ? Map.of() : numbering;
        List<Ranked> regexRules = new ArrayList<>();
        Map<String, List<Ranked>> exactRules = new LinkedHashMap<>();
        Map<String, List<Ranked>> tagRules = new LinkedHashMap<>();
        List<Ranked> startRules = new ArrayList<>();
        List<Ranked> endRules = new ArrayList<>();
        for (int position = 0; position < decisionOrder.length; position++) {
            CompiledRule rule = decisionOrder[position];
            Ranked ranked = new Ranked(rule, position, numbering);
            RuleMatch match = rule.source().match();
            switch (match) {
                case REGEX:
                    regexRules.add(ranked);
                    break;
                case EXACT:
                    exactRules.computeIfAbsent(rule.source().path(), key -> new ArrayList<>()).add(ranked);
                    break;
                case TAG:
                    tagRules.computeIfAbsent(rule.source().path(), key -> new ArrayList<>()).add(ranked);
                    break;
                case START:
                    startRules.add(ranked);
                    break;
                default:
                    endRules.add(ranked);
                    break;
            }
        }
        this.regex = regexRules.toArray(NONE);
        this.exact = frozen(exactRules);
        this.tags = frozen(tagRules);
        this.starts = new AffixTable(startRules);
        this.ends = new AffixTable(endRules);
    }

    /** The deciding rule for this request, or null when no rule applies and matches. */
    @Nullable CompiledRule decide(int mask, String @Nullable [] unknownScopes, PageTarget target) {
        String page = target.path();
        int locale = localeBits(target.locale());
        Ranked best = exact.isEmpty() ? null : firstIn(exact.get(page), mask, unknownScopes, locale, target, null);
        if (!tags.isEmpty()) {
            for (String tag : target.tags()) {
                best = firstIn(tags.get(tag), mask, unknownScopes, locale, target, best);
            }
        }
        best = starts.longestPrefix(page, mask, unknownScopes, locale, target, best);
        best = ends.longestSuffix(page, mask, unknownScopes, locale, target, best);
        best = firstRegex(mask, unknownScopes, locale, target, best);
        return best == null ? null : best.rule;
    }

    /**
     * {@link #firstIn} over the REGEX rules, which no index narrows: the page's character set is taken once, at
     * the first rule with literals, and every such rule whose literals need a character the page lacks is passed
     * over without a search.
     */
    private @Nullable Ranked firstRegex(int mask, String @Nullable [] unknownScopes, int locale, PageTarget target,
                                        @Nullable Ranked best) {
        int limit = best == null ? Integer.MAX_VALUE : best.position;
        long chars = 0;
        boolean charsTaken = false;
        for (Ranked entry : regex) {
            if (entry.position >= limit) {
                return best;
            }
            if (!applies(entry, mask, unknownScopes, locale, target)) {
                continue;
            }
            CompiledRule rule = entry.rule;
            if (rule.hasLiteralChars()) {
                if (!charsTaken) {
                    chars = RequiredLiterals.charSet(target.path());
                    charsTaken = true;
                }
                if (!rule.mayMatchChars(chars)) {
                    continue;
                }
            }
            if (rule.matches(target)) {
                return entry;
            }
        }
        return best;
    }

    /** Whether the entry's roles share a requested scope and its locales admit the target's. */
    private static boolean applies(Ranked entry, int mask, String @Nullable [] unknownScopes, int locale,
                                   PageTarget target) {
        if ((entry.roleMask & mask) == 0 && (unknownScopes == null || !entry.rule.appliesTo(mask, unknownScopes))) {
            return false;
        }
        return (entry.localeMask & locale) != 0 || (entry.localesByName && entry.rule.admitsLocale(target.locale()));
    }

    /** A request's locale bits: {@link #ANY_LOCALE}, with the locale's own bit when some rule names it. */
    private int localeBits(@Nullable String locale) {
        if (locale == null || localeBits.isEmpty()) {
            return ANY_LOCALE;
        }
        Integer bit = localeBits.get(locale);
        return bit == null ? ANY_LOCALE : ANY_LOCALE | 1 << bit;
    }

    /**
     * The better of {@code best} and the first entry of {@code bucket} (in position order) that applies and
     * matches. Entries past {@code best}'s position cannot win and are not tested.
     */
    static @Nullable Ranked firstIn(Ranked @Nullable [] bucket, int mask, String @Nullable [] unknownScopes,
                                    int locale, PageTarget target, @Nullable Ranked best) {
        if (bucket == null) {
            return best;
        }
        int limit = best == null ? Integer.MAX_VALUE : best.position;
        for (Ranked entry : bucket) {
            if (entry.position >= limit) {
                return best;
            }
            if (applies(entry, mask, unknownScopes, locale, target) && entry.rule.matches(target)) {
                return entry;
            }
        }
        return best;
    }

    /**
     * The lists as arrays in a {@code HashMap}, never changed after: unlike {@code Map.copyOf}'s table it
     * compares cached hash codes before calling {@code equals}, and an empty index costs no lookup at all.
     */
    private static Map<String, Ranked[]> frozen(Map<String, List<Ranked>> lists) {
        if (lists.isEmpty()) {
            return Map.of();
        }
        Map<String, Ranked[]> arrays = new HashMap<>(lists.size() * 2);
        lists.forEach((key, list) -> arrays.put(key, list.toArray(NONE)));
        return arrays;
    }

    /**
     * START or END rules keyed by (path length, {@code String.hashCode} of the path). A page's prefixes and
     * suffixes are hashed incrementally with the same function, so each length a rule path has costs one probe.
     */
    static final class AffixTable {
        private final long[] keys;
        private final Ranked[][] buckets;
        private final boolean[] lengths;
        private final int maxLength;
        private final int slotMask;

        AffixTable(List<Ranked> rules) {
            Map<Long, List<Ranked>> byKey = new LinkedHashMap<>();
            int longest = -1;
            for (Ranked ranked : rules) {
                String path = ranked.rule.source().path();
                byKey.computeIfAbsent(key(path.length(), path.hashCode()), key -> new ArrayList<>()).add(ranked);
                longest = Math.max(longest, path.length());
            }
            this.maxLength = longest;
            this.lengths = new boolean[longest + 1];
            int capacity = Integer.highestOneBit(Math.max(1, byKey.size()) * 2 + 1) << 1;
            this.keys = new long[capacity];
            this.buckets = new Ranked[capacity][];
            this.slotMask = capacity - 1;
            for (Map.Entry<Long, List<Ranked>> entry : byKey.entrySet()) {
                long key = entry.getKey();
                lengths[(int) (key >>> 32)] = true;
                int slot = slot(key);
                while (buckets[slot] != null) {
                    slot = (slot + 1) & slotMask;
                }
                keys[slot] = key;
                buckets[slot] = entry.getValue().toArray(NONE);
            }
        }

        @Nullable Ranked longestPrefix(String page, int mask, String @Nullable [] unknownScopes,
                                       int locale, PageTarget target, @Nullable Ranked best) {
            if (maxLength < 0) {
                return best;
            }
            int limit = Math.min(page.length(), maxLength);
            // Longer paths come first in decision order, so the longest matching length is the one to keep.
            Ranked found = lengths[0] ? firstIn(bucket(0, 0), mask, unknownScopes, locale, target, null) : null;
            int hash = 0;
            for (int length = 1; length <= limit; length++) {
                hash = 31 * hash + page.charAt(length - 1);
                if (lengths[length]) {
                    Ranked candidate = firstIn(bucket(length, hash), mask, unknownScopes, locale, target, null);
                    found = candidate == null ? found : candidate;
                }
            }
            return better(best, found);
        }

        @Nullable Ranked longestSuffix(String page, int mask, String @Nullable [] unknownScopes,
                                       int locale, PageTarget target, @Nullable Ranked best) {
            if (maxLength < 0) {
                return best;
            }
            int size = page.length();
            int limit = Math.min(size, maxLength);
            Ranked found = lengths[0] ? firstIn(bucket(0, 0), mask, unknownScopes, locale, target, null) : null;
            int hash = 0;
            int power = 1;
            for (int length = 1; length <= limit; length++) {
                hash += page.charAt(size - length) * power;
                power *= 31;
                if (lengths[length]) {
                    Ranked candidate = firstIn(bucket(length, hash), mask, unknownScopes, locale, target, null);
                    found = candidate == null ? found : candidate;
                }
            }
            return better(best, found);
        }

        private Ranked @Nullable [] bucket(int length, int hash) {
            long key = key(length, hash);
            int slot = slot(key);
            while (buckets[slot] != null) {
                if (keys[slot] == key) {
                    return buckets[slot];
                }
                slot = (slot + 1) & slotMask;
            }
            return null;
        }

        private int slot(long key) {
            long mixed = key * 0x9E3779B97F4A7C15L;
            return (int) (mixed >>> 40) & slotMask;
        }

        private static long key(int length, int hash) {
            return ((long) length << 32) | (hash & 0xFFFFFFFFL);
        }

        private static @Nullable Ranked better(@Nullable Ranked a, @Nullable Ranked b) {
            if (a == null) {
                return b;
            }
            if (b == null) {
                return a;
            }
            return a.position <= b.position ? a : b;
        }
    }
}
