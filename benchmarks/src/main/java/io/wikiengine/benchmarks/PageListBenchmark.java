package io.wikiengine.benchmarks;


import io.wikiengine.benchmarks.fixture.BenchWiki;
import io.wikiengine.benchmarks.fixture.Corpus;
import io.wikiengine.graphql.GraphQLRequest;
import io.wikiengine.graphql.GraphQLResult;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code pages.list(limit: 50)} and {@code pages.single} as the wiki grows from 1,000 to 100,000 pages, each
 * fork with a heap of 1 GiB ({@code -Xmx1g}): that the 100k wiki answers at all proves the memory target, and
 * the list's cost at 100k over 1k says whether it grows with the wiki. Two forks, as the 1k/100k ratio is a
 * target and one JVM's compilation choices can move a score by more than the difference sought; the 100k
 * wiki's setup (about 30 to 50 s on two busy cores) is the price of each.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class PageListBenchmark {

    private static final int ROTATION = 1_024;

    @Param({"1000", "10000", "100000"})
    public int pages;

    private BenchWiki bench;
    private GraphQLRequest list;
    private GraphQLRequest[] single;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        long started = System.nanoTime();
        bench = BenchWiki.create(pages, 100);
        // Every size, 100k included: its check (a tree rebuild of 100k nodes) costs seconds, not minutes.
        bench.verify(20);
        list = Queries.request(Queries.LIST, bench.editor(), Map.of());
        single = new GraphQLRequest[ROTATION];
        Corpus corpus = bench.corpus();
        for (int n = 0, i = 0; n < ROTATION; i++) {
            int index = (int) ((i * 2_654_435_761L) % pages);
            if (!corpus.locale(index).equals("en") || !bench.editorMay(BenchWiki.VIEW, index)) {
                continue;
            }
            single[n++] = Queries.request(Queries.SINGLE, bench.editor(), Map.of("id", bench.pageId(index)));
        }
        int listed = Queries.list(Queries.checked(bench.api(), list), "pages", "list").size();
        if (listed != 50) {
            throw new IllegalStateException("pages.list(limit: 50) gave " + listed + " items");
        }
        // Every page of the rotation is read once, so pagesSingle times a warm wiki (and never an error).
        for (GraphQLRequest request : single) {
            Queries.checked(bench.api(), request);
        }
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("%n[heap] %d pages: %d MiB used of %d MiB max; set up in %d ms%n", pages,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20,
                (System.nanoTime() - started) / 1_000_000);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        bench.close();
    }

    private int next() {
        int n = next;
        next = (n + 1) & (ROTATION - 1);
        return n;
    }

    @Benchmark
    public GraphQLResult pagesList() {
        return bench.api().execute(list);
    }

    @Benchmark
    public GraphQLResult pagesSingle() {
        return bench.api().execute(single[next()]);
    }
}
