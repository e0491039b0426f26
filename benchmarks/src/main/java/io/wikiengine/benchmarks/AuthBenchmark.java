package io.wikiengine.benchmarks;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import io.wikiengine.benchmarks.fixture.BenchWiki;
import io.wikiengine.core.Wiki;
import io.wikiengine.core.WikiConfig;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.auth.AuthService;
import io.wikiengine.core.auth.Resolution;
import io.wikiengine.core.plugin.Topic;
import java.text.ParseException;
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
 * {@code wiki.auth().resolve(token)} for a user JWT (RS256, from a real login) and an API key, with an RS256
 * verification of the same JWT as the floor.
 *
 * <p>The {@code First} benchmarks measure a first use: the token's signature is verified and its revocations
 * (or its key row, groups and the API switch) are read. Each call first tells the wiki that identities
 * changed ({@code wiki.changed(Topic.IDENTITIES)}, as after a membership change), which empties the
 * resolution cache and nothing else: it reads and writes nothing, and costs what {@link #identitiesChanged}
 * measures, so it stays inside the timing. (An earlier version switched the API on again before each call,
 * untimed: a settings write that also dropped the signing key, so every call re-read and re-parsed the key
 * pair from the store.) The {@code First} benchmarks go through the store's code and the JIT needs longer to
 * settle on it, hence their longer warm-up. The {@code Repeated} benchmarks resolve the same token again, from
 * the cache. Two forks: the setup is a wiki of ten pages, so a second JVM costs seconds and shows whether the
 * first one's compilation was typical.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class AuthBenchmark {

    /** A small wiki with a user who logged in and an API key of a group. */
    @State(Scope.Benchmark)
    public static class Tokens {
        BenchWiki bench;
        Wiki wiki;
        AuthService auth;
        String jwt;
        String apiKey;
        SignedJWT parsed;
        RSASSAVerifier verifier;

        @Setup(Level.Trial)
        public void setUp() throws ParseException, JOSEException {
            bench = BenchWiki.create(10, 10, WikiConfig.DEFAULTS.withPasswordCost(4));
            wiki = bench.wiki();
            auth = wiki.auth();
            jwt = auth.login("user0@example.com", BenchWiki.PASSWORD, "local").jwt();
            auth.setApiState(Actor.system(), true);
            apiKey = auth.createApiKey(Actor.system(), "bench", "1y", false, bench.editor().groups().get(0));
            require(auth.resolve(jwt), Actor.Kind.USER);
            require(auth.resolve(apiKey), Actor.Kind.API_KEY);
            parsed = SignedJWT.parse(jwt);
            verifier = new RSASSAVerifier(RSAKey.parse(auth.publicKeyJwk()).toRSAPublicKey());
            if (!parsed.verify(verifier)) {
                throw new IllegalStateException("the login token does not verify with the published key");
            }
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

    @Benchmark
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Resolution jwtFirst(Tokens tokens) {
        tokens.wiki.changed(Topic.IDENTITIES);
        return tokens.auth.resolve(tokens.jwt);
    }

    @Benchmark
    public Resolution jwtRepeated(Tokens tokens) {
        return tokens.auth.resolve(tokens.jwt);
    }

    @Benchmark
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Resolution apiKeyFirst(Tokens tokens) {
        tokens.wiki.changed(Topic.IDENTITIES);
        return tokens.auth.resolve(tokens.apiKey);
    }

    @Benchmark
    public Resolution apiKeyRepeated(Tokens tokens) {
        return tokens.auth.resolve(tokens.apiKey);
    }

    /** What the {@code First} benchmarks spend on emptying the cache. */
    @Benchmark
    public void identitiesChanged(Tokens tokens) {
        tokens.wiki.changed(Topic.IDENTITIES);
    }

    /** The floor: nimbus-jose verifying the RS256 signature of the login token, parsed and keyed once. */
    @Benchmark
    public boolean floorRs256Verify(Tokens tokens) throws JOSEException {
        return tokens.parsed.verify(tokens.verifier);
    }
}
