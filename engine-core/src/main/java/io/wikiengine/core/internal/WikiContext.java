package io.wikiengine.core.internal;

import io.wikiengine.core.WikiConfig;
import io.wikiengine.core.access.PermissionEngine;
import io.wikiengine.core.spi.Storage;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What every service of one wiki shares. Services take it in their constructor; hosts never see it.
 *
 * @param storage    the store
 * @param config     the configuration
 * @param clock      the clock
 * @param identities  bumped after every committed change to users, groups, memberships, revocations, API keys
 *                    or the API switch, so that token and actor caches drop what they hold
 * @param permissions the permission engine, holding the compiled page rules of every group
 */
public record WikiContext(Storage storage, WikiConfig config, Clock clock, ChangeCounter identities,
                          PermissionEngine permissions) {

    /** Now, truncated to milliseconds: the precision every date of the API has (decision 24). */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
