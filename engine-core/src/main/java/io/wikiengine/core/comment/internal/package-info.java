/** How the comment providers and their settings are stored and shown; not API. */
@NullMarked
package io.wikiengine.core.comment.internal;

import org.jspecify.annotations.NullMarked;
