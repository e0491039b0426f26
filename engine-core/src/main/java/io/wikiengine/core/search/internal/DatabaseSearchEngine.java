package io.wikiengine.core.search.internal;

import io.wikiengine.core.search.SearchEngine;
import io.wikiengine.core.search.SearchHit;
import io.wikiengine.core.search.SearchRequest;
import io.wikiengine.core.search.SearchResults;
import io.wikiengine.core.spi.PageSearchMatch;
import java.util.List;

/**
 * The default engine (R-6.15.1 with decision 13): published pages whose title, description, content or
 * path holds the query, case-insensitively and literally, title hits first, then description, then the
 * rest. It reads the pages table itself, so it is current within the very transaction of each write and
 * needs no index upkeep.
 */
public final class DatabaseSearchEngine implements SearchEngine {

    /** The one instance: the engine holds no state. */
    public static final DatabaseSearchEngine INSTANCE = new DatabaseSearchEngine();

    private DatabaseSearchEngine() {
    }

    @Override
    public SearchResults search(SearchRequest request) {
        List<PageSearchMatch> matches = request.session().pages()
                .search(request.query(), request.locale(), request.path());
        List<SearchHit> hits = matches.stream()
                .map(m -> new SearchHit(m.id(), m.title(), m.description(), m.path(), m.localeCode()))
                .toList();
        List<SearchHit> readable = request.readable().readable(hits);
        List<SearchHit> shown = readable.size() > request.maxHits() ? readable.subList(0, request.maxHits()) : readable;
        return new SearchResults(shown, List.of(), readable.size());
    }
}
