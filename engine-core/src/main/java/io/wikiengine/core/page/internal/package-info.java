/** How the page service does its work: tree upkeep, history trails, rendering seam, CSS minifying. */
@NullMarked
package io.wikiengine.core.page.internal;

import org.jspecify.annotations.NullMarked;
