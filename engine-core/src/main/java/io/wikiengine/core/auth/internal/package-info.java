/** Internals of authentication; not for users. */
@NullMarked
package io.wikiengine.core.auth.internal;

import org.jspecify.annotations.NullMarked;
