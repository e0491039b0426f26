/** The Wiki.js GraphQL schema served by graphql-java, in-JVM and over HTTP. */
@NullMarked
package io.wikiengine.graphql;

import org.jspecify.annotations.NullMarked;
