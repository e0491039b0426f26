/**
 * Page search: the {@link io.wikiengine.core.search.SearchEngine} SPI a host may replace, and the default
 * database engine of decision 13.
 */
@NullMarked
package io.wikiengine.core.search;

import org.jspecify.annotations.NullMarked;
