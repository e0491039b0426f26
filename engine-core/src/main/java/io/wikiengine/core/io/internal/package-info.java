/** The file format of Wiki.js Git storage: front-matter reading, value interpretation, paths, locales. */
@NullMarked
package io.wikiengine.core.io.internal;

import org.jspecify.annotations.NullMarked;
