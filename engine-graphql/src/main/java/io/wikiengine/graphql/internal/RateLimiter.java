package io.wikiengine.graphql.internal;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fixed-window counters per {@code client:Type.field}, in memory (spec ). Past the limit a call fails
 * with {@code Too many requests, please try again in N seconds.}, N rounded up.
 */
final class RateLimiter {

    private static final int MAX_KEYS = 100_000;

    private record Window(long startMillis, int count) {
    }

    private final Clock clock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    RateLimiter(Clock clock) {
        this.clock = clock;
    }

    void acquire(String key, int limit, int durationSeconds) {
        long now = clock.millis();
        long duration = durationSeconds * 1000L;
        if (windows.size() > MAX_KEYS) {
            windows.entrySet().removeIf(e -> now - e.getValue().startMillis() >= duration);
        }
        Window window = windows.compute(key, (k, w) -> {
            if (w == null || now - w.startMillis() >= duration) {
                return new Window(now, 1);
            }
            return new Window(w.startMillis(), w.count() + 1);
        });
        if (window.count() > limit) {
            long waitMillis = window.startMillis() + duration - now;
            long seconds = Math.max(1, (waitMillis + 999) / 1000);
            throw new GraphQLFailure("Too many requests, please try again in " + seconds + " seconds.");
        }
    }
}
