package io.wikiengine.storage.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.WikiConfig;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.PageRule;
import io.wikiengine.core.access.RuleMatch;
import io.wikiengine.core.group.Group;
import io.wikiengine.core.group.GroupUpdate;
import io.wikiengine.core.page.PageCreate;
import io.wikiengine.core.search.SearchHit;
import io.wikiengine.core.search.SearchResults;
import io.wikiengine.core.spi.Storage;
import io.wikiengine.storage.PostgresSearchEngine;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link PostgresSearchEngine}: full-text, ranked, and only what the actor may read. */
class SearchPostgresTest {

    private static final Actor ADMIN = Actor.system();

    private static PostgresDatabase database;

    private Storage storage;
    private Wiki wiki;

    @BeforeAll
    static void database() {
        database = PostgresDatabase.require();
    }

    @BeforeEach
    void open() {
        storage = database.newStorage();
        wiki = Wiki.builder().storage(storage).config(WikiConfig.DEFAULTS.withPasswordCost(4))
                .admin("admin@example.com", "secret-123").search(new PostgresSearchEngine("english")).build();
    }

    @AfterEach
    void close() {
        wiki.close();
        storage.close();
    }

    private void page(String path, String title, String description, String content) {
        wiki.pages().create(ADMIN, PageCreate.of("en", path, title, content).withDescription(description));
    }

    private static List<String> paths(SearchResults results) {
        return results.results().stream().map(SearchHit::path).toList();
    }

    @Test
    void titleHitsRankAboveDescriptionHitsAboveContentHits() {
        page("docs/c", "C", "nothing", "the harbour is here");
        page("docs/b", "B", "a harbour inside", "x");
        page("docs/a", "The Harbour", "d", "x");
        assertEquals(List.of("docs/a", "docs/b", "docs/c"), paths(wiki.pages().search(ADMIN, "harbour", null, null)));
    }

    @Test
    void wordsAreMatchedByTheirStemWithTheEnglishConfiguration() {
        page("docs/a", "Running the server", "", "x");
        assertEquals(List.of("docs/a"), paths(wiki.pages().search(ADMIN, "runs", null, null)));
    }

    @Test
    void theQueryReadsAsAWebSearch() {
        page("docs/a", "Harbour cranes", "", "x");
        page("docs/b", "Harbour boats", "", "x");
        assertEquals(List.of("docs/b"), paths(wiki.pages().search(ADMIN, "harbour -cranes", null, null)));
        assertEquals(List.of("docs/a"), paths(wiki.pages().search(ADMIN, "\"harbour cranes\"", null, null)));
    }

    @Test
    void onlyPagesTheActorMayReadAreReturnedAndCounted() {
        page("docs/a", "harbour", "", "x");
        page("secret/a", "harbour", "", "x");
        Group readers = wiki.groups().create(ADMIN, "Readers");
        wiki.groups().update(ADMIN, new GroupUpdate(readers.id(), "Readers", "/", List.of("read:pages"),
                List.of(PageRule.allow("r", RuleMatch.START, "docs", List.of("read:pages")))));
        Actor reader = Actor.user(50, "r@example.com", "R", Set.of("read:pages"), List.of(readers.id()));
        SearchResults results = wiki.pages().search(reader, "harbour", null, null);
        assertEquals(List.of("docs/a"), paths(results));
        assertEquals(1, results.totalHits());
    }

    @Test
    void unpublishedPagesOtherLocalesAndOtherPathsAreLeftOut() {
        wiki.pages().create(ADMIN, PageCreate.of("en", "docs/draft", "harbour", "x").withFlags(false, false));
        page("docs/a", "harbour", "", "x");
        page("other/a", "harbour", "", "x");
        wiki.pages().create(ADMIN, PageCreate.of("fr", "docs/a", "harbour", "x"));
        assertEquals(List.of("docs/a"), paths(wiki.pages().search(ADMIN, "harbour", "/docs", "en")));
    }

    @Test
    void anUnknownTextSearchConfigurationNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PostgresSearchEngine("english; DROP TABLE x"));
    }
}
