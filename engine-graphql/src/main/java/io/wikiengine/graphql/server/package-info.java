/** The runnable Wiki Engine server and its command line. */
@NullMarked
package io.wikiengine.graphql.server;

import org.jspecify.annotations.NullMarked;
