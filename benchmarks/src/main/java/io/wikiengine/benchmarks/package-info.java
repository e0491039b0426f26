/** JMH benchmarks of query execution and permission checks. */
package io.wikiengine.benchmarks;
