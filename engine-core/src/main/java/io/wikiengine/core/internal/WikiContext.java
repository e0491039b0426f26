package io.wikiengine.core.internal;

import io.wikiengine.core.WikiConfig;
import io.wikiengine.core.access.PermissionEngine;
import io.wikiengine.core.plugin.Topic;
import io.wikiengine.core.spi.Storage;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;

/**
 * What every service of one wiki shares. Services take it in their constructor; hosts never see it.
 *
 * @param storage    the store
 * @param config     the configuration
 * @param clock      the clock
 * @param identities  moves on after every committed change but one to pages alone (through {@link #changed},
 *                    on this instance or another), so that token and actor caches drop what they hold
 * @param permissions the permission engine, holding the compiled page rules of every group
 * @param changes     how this instance reacts to committed changes and tells the other instances; writes
 *                    call {@link #changed} rather than touching the caches themselves
 */
public record WikiContext(Storage storage, WikiConfig config, Clock clock, ChangeCounter identities,
                          PermissionEngine permissions, Changes changes) {

    /**
     * Tells this instance's caches, and through the plugins every other instance, that a change committed:
     * {@link Topic#GROUPS} reloads the groups into the permission engine; every topic but {@link Topic#PAGES}
     * alone bumps {@link #identities()}; caches registered with {@link Changes#onChange} react to theirs. Call it once
     * after the transaction committed, never inside it, and instead of touching the caches directly.
     */
    public void changed(Topic topic, Topic... more) {
        changes.committed(EnumSet.of(topic, more));
    }

    /** Now, truncated to milliseconds: the precision every date of the API has (decision 24). */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
