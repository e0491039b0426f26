package io.wikiengine.benchmarks;


import graphql.ExecutionResult;
import io.wikiengine.benchmarks.fixture.BenchWiki;
import io.wikiengine.benchmarks.fixture.Corpus;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.plugin.Topic;
import io.wikiengine.graphql.GraphQLRequest;
import io.wikiengine.graphql.GraphQLResult;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Queries and a mutation through {@code WikiGraphQL.execute}, in-JVM, on a wiki of 10,000 pages and 1,000
 * users, with the two floors measured on the same database in the same fork. Readers are the editor of
 * {@link BenchWiki#editor()} (five groups with page rules); {@code users.list} is asked by the administrator.
 * Each call takes the next of {@value #ROTATION} pages, so rows and decisions are not all one.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class PageQueryBenchmark {

    static final int PAGES = 10_000;
    static final int USERS = 1_000;
    static final int ROTATION = 1_024;

    private BenchWiki bench;
    private Floors floors;
    private GraphQLRequest[] single;
    private GraphQLRequest[] singleByPath;
    private GraphQLRequest[] tree;
    private GraphQLRequest[] update;
    private int[] ids;
    private GraphQLRequest users;
    private GraphQLRequest search;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        bench = BenchWiki.create(PAGES, USERS);
        bench.verify(20);
        floors = new Floors(bench.dataSource());
        Actor editor = bench.editor();
        Actor admin = Actor.user(1, "admin@example.com", "Administrator", java.util.Set.of("manage:system"),
                List.of(1));
        Corpus corpus = bench.corpus();
        List<Integer> readable = new ArrayList<>();
        // English pages the editor may read and update, spread over the wiki.
        for (int i = 1; readable.size() < ROTATION; i++) {
            int index = (int) ((i * 2_654_435_761L) % PAGES);
            if (corpus.locale(index).equals("en") && bench.editorMay(BenchWiki.VIEW, index)
                    && bench.editorMay(BenchWiki.EDIT, index)
                    && !readable.contains(index)) {
                readable.add(index);
            }
        }
        single = new GraphQLRequest[ROTATION];
        singleByPath = new GraphQLRequest[ROTATION];
        tree = new GraphQLRequest[ROTATION];
        update = new GraphQLRequest[ROTATION];
        ids = new int[ROTATION];
        for (int n = 0; n < ROTATION; n++) {
            int i = readable.get(n);
            ids[n] = bench.pageId(i);
            single[n] = Queries.request(Queries.SINGLE, editor, Map.of("id", bench.pageId(i)));
            singleByPath[n] = Queries.request(Queries.SINGLE_BY_PATH, editor,
                    Map.of("path", corpus.path(i), "locale", corpus.locale(i)));
            tree[n] = Queries.request(Queries.TREE, editor, Map.of("path", corpus.path(i)));
            update[n] = Queries.request(Queries.UPDATE, editor,
                    Map.of("id", bench.pageId(i), "content", corpus.body((corpus.template(i) + 1) % Corpus.TEMPLATES)));
        }
        users = Queries.request(Queries.USERS, admin, Map.of());
        search = Queries.request(Queries.SEARCH, editor, Map.of());
        check(Queries.list(Queries.checked(bench.api(), tree[0]), "pages", "tree").size() >= 3, "tree");
        check(Queries.list(Queries.checked(bench.api(), users), "users", "list").size() > USERS, "users");
        Queries.checked(bench.api(), search);
        Queries.checked(bench.api(), update[ROTATION - 1]);
        // Every page of the rotation is read once after the last write, as a wiki in use has read its pages:
        // the read benchmarks time a warm wiki, not the first read of each page after a change.
        for (int n = 0; n < ROTATION; n++) {
            Queries.checked(bench.api(), single[n]);
            Queries.checked(bench.api(), singleByPath[n]);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        floors.close();
        bench.close();
    }

    private int next() {
        int n = next;
        next = (n + 1) & (ROTATION - 1);
        return n;
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("unexpected answer of " + what);
        }
    }

    @Benchmark
    public GraphQLResult pagesSingle() {
        return bench.api().execute(single[next()]);
    }

    /**
     * {@code pages.single} when the page is not in the page cache: each call first announces a change of pages,
     * as a write does, so the page is read from the store.
     */
    @Benchmark
    public GraphQLResult pagesSingleMiss() {
        bench.wiki().changed(Topic.PAGES);
        return bench.api().execute(single[next()]);
    }

    @Benchmark
    public GraphQLResult pagesSingleByPath() {
        return bench.api().execute(singleByPath[next()]);
    }

    @Benchmark
    public GraphQLResult pagesTree() {
        return bench.api().execute(tree[next()]);
    }

    @Benchmark
    public GraphQLResult usersList() {
        return bench.api().execute(users);
    }

    @Benchmark
    public GraphQLResult pagesSearch() {
        return bench.api().execute(search);
    }

    @Benchmark
    public GraphQLResult pagesUpdate() {
        return bench.api().execute(update[next()]);
    }

    /** Floor: the page's whole row by primary key through plain JDBC on the same H2 database. */
    @Benchmark
    public void floorH2PrimaryKey(Blackhole sink) throws SQLException {
        floors.pageRow(ids[next()], sink);
    }

    /** Floor: graphql-java running {@code { __typename }} on a one-field schema, document cached. */
    @Benchmark
    public ExecutionResult floorGraphqlTypename() {
        return floors.typename();
    }
}
