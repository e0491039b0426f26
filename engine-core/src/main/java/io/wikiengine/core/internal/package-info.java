/** Internals of the core; not for users. */
@NullMarked
package io.wikiengine.core.internal;

import org.jspecify.annotations.NullMarked;
