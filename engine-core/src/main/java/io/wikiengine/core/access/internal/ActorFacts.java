package io.wikiengine.core.access.internal;

import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.Scope;

/**
 * What the page checks need to know of one actor's global permissions, worked out once: whether it holds
 * {@code manage:system}, and which of the 22 known scopes it holds, as bits. An {@link Actor} is immutable, so
 * these facts stay true for as long as the same instance is used; the permission engine keeps those of the
 * actor it saw last, since one actor usually asks many times in a row (a filter, a page view).
 */
public final class ActorFacts {

    private final Actor actor;
    private final boolean bypass;
    private final int held;

    /** The facts of this actor. */
    public ActorFacts(Actor actor) {
        this.actor = actor;
        this.bypass = actor.has(Scope.MANAGE_SYSTEM);
        this.held = ScopeBits.maskOf(actor.permissions()) & ~ScopeBits.UNKNOWN_FLAG;
    }

    /** Whether these are the facts of this very instance. */
    public boolean isOf(Actor other) {
        return actor == other;
    }

    /** Whether the actor holds {@code manage:system}. */
    public boolean bypass() {
        return bypass;
    }

    /** Whether the actor holds this scope. */
    public boolean holds(Scope scope) {
        return (held & (1 << scope.ordinal())) != 0;
    }

    /** Whether the actor holds this permission string, one of the 22 or not. */
    public boolean holds(String permission) {
        int bit = ScopeBits.bit(permission);
        return bit >= 0 ? (held & (1 << bit)) != 0 : actor.has(permission);
    }
}
