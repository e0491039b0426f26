package io.wikiengine.benchmarks;

import io.wikiengine.benchmarks.fixture.BenchWiki;
import io.wikiengine.core.WikiConfig;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.auth.Resolution;
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
 * {@code wiki.auth().resolve(token)} for a user JWT (RS256, from a real login) and an API key. The first use
 * of a token verifies its signature and reads revocations (or the key row); to make every call of the
 * {@code First} benchmarks a first use, an untimed step before each call moves the identities counter (by
 * switching the API on again, as an administrator may), which empties the resolution cache. The
 * {@code Repeated} benchmarks resolve the same token again.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AuthBenchmark {

    /** A small wiki with a user who logged in and an API key of a group. */
    @State(Scope.Benchmark)
    public static class Tokens {
        BenchWiki bench;
        String jwt;
        String apiKey;

        @Setup(Level.Trial)
        public void setUp() {
            bench = BenchWiki.create(10, 10, WikiConfig.DEFAULTS.withPasswordCost(4));
            var auth = bench.wiki().auth();
            jwt = auth.login("user0@example.com", BenchWiki.PASSWORD, "local").jwt();
            auth.setApiState(Actor.system(), true);
            apiKey = auth.createApiKey(Actor.system(), "bench", "1y", false, bench.editor().groups().get(0));
            require(auth.resolve(jwt), Actor.Kind.USER);
            require(auth.resolve(apiKey), Actor.Kind.API_KEY);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            bench.close();
        }

        private static void require(Resolution resolution, Actor.Kind kind) {
            if (resolution.actor() == null || resolution.actor().kind() != kind || resolution.renewedToken() != null) {
                throw new IllegalStateException("token resolved to " + resolution);
            }
        }
    }

    /** Empties the resolution cache before each call, untimed. */
    @State(Scope.Thread)
    public static class Cold {
        @Setup(Level.Invocation)
        public void forget(Tokens tokens) {
            tokens.bench.wiki().auth().setApiState(Actor.system(), true);
        }
    }

    @Benchmark
    public Resolution jwtFirst(Tokens tokens, Cold cold) {
        return tokens.bench.wiki().auth().resolve(tokens.jwt);
    }

    @Benchmark
    public Resolution jwtRepeated(Tokens tokens) {
        return tokens.bench.wiki().auth().resolve(tokens.jwt);
    }

    @Benchmark
    public Resolution apiKeyFirst(Tokens tokens, Cold cold) {
        return tokens.bench.wiki().auth().resolve(tokens.apiKey);
    }

    @Benchmark
    public Resolution apiKeyRepeated(Tokens tokens) {
        return tokens.bench.wiki().auth().resolve(tokens.apiKey);
    }
}
