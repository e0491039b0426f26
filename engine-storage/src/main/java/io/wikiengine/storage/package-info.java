/** The storage SPI of engine-core on Jdbi: H2 by default, PostgreSQL for several instances. */
package io.wikiengine.storage;
