/** The default search engine. */
@NullMarked
package io.wikiengine.core.search.internal;

import org.jspecify.annotations.NullMarked;
