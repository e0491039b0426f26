package io.wikiengine.benchmarks;

import io.wikiengine.benchmarks.fixture.RuleMix;
import io.wikiengine.benchmarks.fixture.RuleWiki;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.PageTarget;
import io.wikiengine.core.access.PermissionEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

/**
 * {@code wiki.permissions().filter} over a list of 1,000 pages for one actor in 5 groups of 20 rules, the
 * way {@code pages.list} filters: a target is made of each item's path, locale and tags. {@code filterRepeated}
 * filters the same pages every call (a wiki's steady state: the decisions are memoised); {@code filterFirst}
 * filters 1,000 pages never asked about before, out of {@value PermissionBenchmark#TARGETS}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class FilterBenchmark {

    private static final int LIST = 1_000;

    /** What a listing holds of a page: its place and tags. */
    record Item(String path, String locale, List<String> tags) {
    }

    private RuleWiki rulesWiki;
    private PermissionEngine engine;
    private Actor actor;
    private List<List<Item>> lists;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        rulesWiki = new RuleWiki(RuleMix.groups(5, 20));
        engine = rulesWiki.wiki().permissions();
        actor = Actor.user(3, "user0@example.com", "User 0", Set.of("read:pages", "write:pages"),
                rulesWiki.groupIds());
        PageTarget[] targets = PermissionBenchmark.targets(PermissionBenchmark.TARGETS);
        lists = new ArrayList<>();
        for (int start = 0; start + LIST <= targets.length; start += LIST) {
            List<Item> items = new ArrayList<>(LIST);
            for (int i = start; i < start + LIST; i++) {
                items.add(new Item(targets[i].path(), targets[i].locale(), targets[i].tags()));
            }
            lists.add(List.copyOf(items));
        }
        System.out.printf("%n[filter] %d of %d pages readable%n", filterRepeated().size(), LIST);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        rulesWiki.close();
    }

    @Benchmark
    public List<Item> filterRepeated() {
        return engine.filter(actor, "read:pages", lists.get(0), i -> PageTarget.page(i.path(), i.locale(), i.tags()));
    }

    @Benchmark
    public List<Item> filterFirst() {
        int n = next;
        next = n + 1 == lists.size() ? 1 : n + 1;
        return engine.filter(actor, "read:pages", lists.get(n == 0 ? 1 : n),
                i -> PageTarget.page(i.path(), i.locale(), i.tags()));
    }
}
