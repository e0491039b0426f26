/** The Wiki.js error table and the exception that carries it. */
@NullMarked
package io.wikiengine.core.error;

import org.jspecify.annotations.NullMarked;
