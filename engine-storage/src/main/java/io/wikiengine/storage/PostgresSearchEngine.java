package io.wikiengine.storage;

import io.wikiengine.core.search.SearchEngine;
import io.wikiengine.core.search.SearchHit;
import io.wikiengine.core.search.SearchRequest;
import io.wikiengine.core.search.SearchResults;
import io.wikiengine.storage.internal.JdbiSession;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jdbi.v3.core.statement.Query;

/**
 * Page search on PostgreSQL full-text search, instead of the default substring search: the query is read as
 * a web search ({@code websearch_to_tsquery}: words, {@code "quoted phrases"}, {@code or}, {@code -excluded})
 * and pages are ranked with {@code ts_rank} over their title (weight A), description (B) and content (C).
 * Only published pages are searched, and only those the searching actor may read are returned and counted,
 * as with the default engine.
 *
 * <pre>{@code
 * JdbiStorage storage = JdbiStorage.postgres(url, user, password);
 * Wiki wiki = Wiki.builder().storage(storage).search(new PostgresSearchEngine()).build();
 * }</pre>
 *
 * <p>It reads the pages table within the search's own transaction, so it is current with every write and
 * needs no index upkeep; the documents are built per query, which suits wikis of up to some tens of
 * thousands of pages.
 */
public final class PostgresSearchEngine implements SearchEngine {

    private static final Pattern CONFIG_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private static final String DOCUMENT = "setweight(to_tsvector(CAST(:config AS regconfig), title), 'A') "
            + "|| setweight(to_tsvector(CAST(:config AS regconfig), description), 'B') "
            + "|| setweight(to_tsvector(CAST(:config AS regconfig), content), 'C')";

    private final String config;

    /** An engine with the {@code simple} text search configuration: no stemming, right for every language. */
    public PostgresSearchEngine() {
        this("simple");
    }

    /**
     * An engine with this text search configuration, for example {@code english} to match {@code running}
     * with {@code run}.
     *
     * @param textSearchConfig the name of a PostgreSQL text search configuration
     */
    public PostgresSearchEngine(String textSearchConfig) {
        Objects.requireNonNull(textSearchConfig, "textSearchConfig");
        if (!CONFIG_NAME.matcher(textSearchConfig).matches()) {
            throw new IllegalArgumentException("Not a text search configuration name: " + textSearchConfig);
        }
        this.config = textSearchConfig;
    }

    @Override
    public SearchResults search(SearchRequest request) {
        if (!(request.session() instanceof JdbiSession session) || session.dialect() != Dialect.POSTGRESQL) {
            throw new IllegalStateException("PostgresSearchEngine needs a PostgreSQL JdbiStorage");
        }
        StringBuilder sql = new StringBuilder("SELECT id, title, description, path, locale_code, ts_rank(")
                .append(DOCUMENT)
                .append(", q) AS rank FROM wiki_pages, websearch_to_tsquery(CAST(:config AS regconfig), :query) q ")
                .append("WHERE is_published = TRUE AND (").append(DOCUMENT).append(") @@ q");
        if (request.locale() != null) {
            sql.append(" AND locale_code = :locale");
        }
        if (request.path() != null) {
            sql.append(" AND path LIKE :prefix ESCAPE '!'");
        }
        sql.append(" ORDER BY rank DESC, id");
        Query query = session.handle().createQuery(sql.toString())
                .bind("config", config)
                .bind("query", request.query());
        if (request.locale() != null) {
            query.bind("locale", request.locale());
        }
        if (request.path() != null) {
            query.bind("prefix", escapeLike(stripSlash(request.path())) + "%");
        }
        List<SearchHit> hits = query.map((rs, ctx) -> new SearchHit(rs.getInt("id"), rs.getString("title"),
                rs.getString("description"), rs.getString("path"), rs.getString("locale_code"))).list();
        List<SearchHit> readable = request.readable().readable(hits);
        List<SearchHit> shown = readable.size() > request.maxHits() ? readable.subList(0, request.maxHits()) : readable;
        return new SearchResults(shown, List.of(), readable.size());
    }

    private static String stripSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    // '!' rather than a backslash: Jdbi's statement parser does not accept a backslash inside quotes.
    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
