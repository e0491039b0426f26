package io.wikiengine.benchmarks;

import static io.wikiengine.core.access.Scope.READ_PAGES;

import io.wikiengine.benchmarks.fixture.Corpus;
import io.wikiengine.benchmarks.fixture.RuleMix;
import io.wikiengine.benchmarks.fixture.RuleWiki;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.PageTarget;
import io.wikiengine.core.access.PermissionEngine;
import java.util.Set;
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
 * One page check through {@code wiki.permissions()} for an actor in 1, 5 or 20 groups of 5, 20 or 100 rules
 * each ({@link RuleMix}). {@code checkFirst} asks about a new target every call, cycling through
 * {@value #TARGETS} pages, many more than the memo keeps (a pool's table holds at most 65,536 slots and starts
 * afresh once half of them are taken, so no decision is older than 65,536 stores), so each decision is
 * evaluated from the rules and its store is paid, restarts included; {@code checkRepeated} asks about one of 64
 * targets already decided; {@code targetFloor} only reads the targets the way {@code checkFirst} walks them.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class PermissionBenchmark {

    static final int TARGETS = 1 << 18;

    @Param({"1", "5", "20"})
    public int groups;

    @Param({"5", "20", "100"})
    public int rules;

    private RuleWiki rulesWiki;
    private PermissionEngine engine;
    private Actor actor;
    private PageTarget[] targets;
    private int next;
    private int floor;
    private int repeated;

    @Setup(Level.Trial)
    public void setUp() {
        rulesWiki = new RuleWiki(RuleMix.groups(groups, rules));
        engine = rulesWiki.wiki().permissions();
        actor = Actor.user(3, "user0@example.com", "User 0", Set.of("read:pages", "write:pages", "read:history"),
                rulesWiki.groupIds());
        targets = targets(TARGETS);
        int allowed = 0;
        for (int i = 0; i < 1_000; i++) {
            allowed += engine.check(actor, READ_PAGES, targets[i]) ? 1 : 0;
        }
        System.out.printf("%n[rules] %d groups x %d rules: %d of 1000 pages readable%n", groups, rules, allowed);
    }

    /** Pages of the corpus vocabulary as checks see them: path, locale, tags. */
    static PageTarget[] targets(int count) {
        Corpus corpus = new Corpus(1);
        PageTarget[] result = new PageTarget[count];
        for (int i = 0; i < count; i++) {
            result[i] = PageTarget.page(corpus.path(i), corpus.locale(i), corpus.tags(i));
        }
        return result;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        rulesWiki.close();
    }

    @Benchmark
    public boolean checkFirst() {
        int n = next;
        next = (n + 1) & (TARGETS - 1);
        return engine.check(actor, READ_PAGES, targets[n]);
    }

    /**
     * The floor under {@code checkFirst}: the same walk over the targets, reading only what any check of a
     * target must read (its path, locale and tags, through its hash code), so the cost of fetching targets
     * that are no longer in the CPU caches shows apart from the engine's own work.
     */
    @Benchmark
    public int targetFloor() {
        int n = floor;
        floor = (n + 1) & (TARGETS - 1);
        return targets[n].hashCode();
    }

    @Benchmark
    public boolean checkRepeated() {
        int n = repeated;
        repeated = (n + 1) & 63;
        return engine.check(actor, READ_PAGES, targets[n]);
    }
}
