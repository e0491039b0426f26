/**
 * Pages: the {@link io.wikiengine.core.page.PageService} behind {@code wiki.pages()}, the page records it
 * returns, and {@link io.wikiengine.core.page.PagePath}, the one normalisation of page paths.
 */
@NullMarked
package io.wikiengine.core.page;

import org.jspecify.annotations.NullMarked;
