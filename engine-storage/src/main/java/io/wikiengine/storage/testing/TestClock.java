package io.wikiengine.storage.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock that stands still until the test moves it, for {@code Wiki.builder().clock(...)} or
 * {@link WikiFixture.Builder#clock}: token expiry, renewal windows, comment delays and dates become exact.
 * Thread-safe; always in UTC.
 */
public final class TestClock extends Clock {

    private volatile Instant now;

    /** A clock standing at this instant. */
    public TestClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    /** Moves the clock on (or back, with a negative duration). */
    public void advance(Duration by) {
        now = now.plus(Objects.requireNonNull(by, "by"));
    }

    /** Sets the clock to this instant. */
    public void set(Instant instant) {
        now = Objects.requireNonNull(instant, "instant");
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
