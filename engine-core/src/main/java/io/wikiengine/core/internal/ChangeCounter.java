package io.wikiengine.core.internal;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter that a write bumps after it commits, so that caches built from what it changed know they are
 * stale: a cache remembers the value it was built at and rebuilds when the counter has moved on.
 */
public final class ChangeCounter {

    private final AtomicLong value = new AtomicLong();

    /** The current value. */
    public long current() {
        return value.get();
    }

    /** Moves the counter on; call after the change has committed. */
    public void bump() {
        value.incrementAndGet();
    }
}
