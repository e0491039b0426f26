package io.wikiengine.graphql.internal;

import graphql.schema.idl.RuntimeWiring;

/**
 * The data fetchers of one namespace. Each fetcher reads its arguments, calls one core method and shapes
 * the result; no business rule lives here.
 */
public interface Wiring {

    /** Registers this namespace's fetchers. */
    void register(RuntimeWiring.Builder wiring);
}
