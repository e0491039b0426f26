package io.wikiengine.core.internal;

import io.wikiengine.core.WikiConfig;
import io.wikiengine.core.spi.Storage;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What every service of one wiki shares. Services take it in their constructor; hosts never see it.
 *
 * @param storage the store
 * @param config  the configuration
 * @param clock   the clock
 */
public record WikiContext(Storage storage, WikiConfig config, Clock clock) {

    /** Now, truncated to milliseconds: the precision every date of the API has (decision 24). */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
