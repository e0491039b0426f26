/** Internals of the Jdbi storage; not for users. */
@NullMarked
package io.wikiengine.storage.internal;

import org.jspecify.annotations.NullMarked;
