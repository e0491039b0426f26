/**
 * Comments on pages and the comment providers (spec §10), through
 * {@link io.wikiengine.core.comment.CommentService}.
 */
@NullMarked
package io.wikiengine.core.comment;

import org.jspecify.annotations.NullMarked;
