package io.wikiengine.core.spi;

import io.wikiengine.core.comment.Comment;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Comments on pages. A page's comments go with it when {@link PageRepository#delete} deletes the page,
 * in the same transaction.
 */
public interface CommentRepository {

    /**
     * Stores a new comment; its id is ignored and the stored comment, with its id, is returned.
     *
     * @throws ReferenceException when the page or the author does not exist
     */
    Comment insert(Comment comment);

    /** The comment with this id. */
    Optional<Comment> byId(int id);

    /** The comments of a page, oldest first ({@code createdAt}, then id). */
    List<Comment> ofPage(int pageId);

    /** Replaces the content and render of a comment and sets its {@code updatedAt}; returns whether it exists. */
    boolean update(int id, String content, String render, Instant updatedAt);

    /** Deletes the comment; returns whether it existed. Its replies stay (see {@link #reparent}). */
    boolean delete(int id);

    /** Makes every reply to {@code fromReplyTo} a reply to {@code toReplyTo} instead; returns how many moved. */
    int reparent(int fromReplyTo, int toReplyTo);

    /** The latest {@code updatedAt} of the author's comments, empty when the author has none. */
    Optional<Instant> latestUpdateBy(int authorId);
}
