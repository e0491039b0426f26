/**
 * Import and export of Wiki.js Git-storage folders: {@link io.wikiengine.core.io.WikiImporter} reads a
 * folder of {@code <locale>/<path>.md|.html|.adoc} pages and asset files into a wiki, tolerating the mess real
 * folders hold and reporting each decision in an {@link io.wikiengine.core.io.ImportReport};
 * {@link io.wikiengine.core.io.WikiExporter} writes a wiki back in exactly the format Wiki.js writes.
 */
@NullMarked
package io.wikiengine.core.io;

import org.jspecify.annotations.NullMarked;
