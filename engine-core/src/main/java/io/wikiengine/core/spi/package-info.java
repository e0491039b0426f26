/**
 * The storage SPI: what a backend implements so that a wiki can keep its data there. Small,
 * transactional, records in and records out, free of SQL types.
 */
@NullMarked
package io.wikiengine.core.spi;

import org.jspecify.annotations.NullMarked;
