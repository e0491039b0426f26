/** JMH benchmarks of query execution, permission checks and actor resolution, with their floors. */
@NullMarked
package io.wikiengine.benchmarks;

import org.jspecify.annotations.NullMarked;
