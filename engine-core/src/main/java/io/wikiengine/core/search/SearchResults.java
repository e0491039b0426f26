package io.wikiengine.core.search;

import java.util.List;

/**
 * What a search returns (the {@code PageSearchResponse} type).
 *
 * @param results     the readable hits, best first, at most {@code maxHits}
 * @param suggestions alternative queries; the default engine has none
 * @param totalHits   how many hits the actor may read in all (decision 13), which may exceed the results
 */
public record SearchResults(List<SearchHit> results, List<String> suggestions, int totalHits) {

    /** No results. */
    public static final SearchResults EMPTY = new SearchResults(List.of(), List.of(), 0);

    public SearchResults {
        results = List.copyOf(results);
        suggestions = List.copyOf(suggestions);
        if (totalHits < 0) {
            throw new IllegalArgumentException("totalHits must not be negative");
        }
    }
}
