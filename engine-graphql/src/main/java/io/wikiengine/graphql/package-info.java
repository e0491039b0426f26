/** The Wiki.js GraphQL schema served by graphql-java, in-JVM and over HTTP. */
package io.wikiengine.graphql;
