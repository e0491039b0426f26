/** Tests that need a real PostgreSQL database; every class ends in {@code PostgresTest}. */
@NullMarked
package io.wikiengine.storage.postgres;

import org.jspecify.annotations.NullMarked;
