/** Internals of the user service; not for users. */
@NullMarked
package io.wikiengine.core.user.internal;

import org.jspecify.annotations.NullMarked;
