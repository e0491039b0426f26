/** The storage SPI of engine-core on Jdbi: H2 by default, PostgreSQL for several instances. */
@NullMarked
package io.wikiengine.storage;

import org.jspecify.annotations.NullMarked;
