/** The HTTP shell around {@link io.wikiengine.graphql.WikiGraphQL}, on the JDK's own HTTP server. */
@NullMarked
package io.wikiengine.graphql.http;

import org.jspecify.annotations.NullMarked;
