/** Internals of the GraphQL adapter; not for users. */
@NullMarked
package io.wikiengine.graphql.internal;

import org.jspecify.annotations.NullMarked;
