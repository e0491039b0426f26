package io.wikiengine.core.comment;

import java.time.Instant;
import java.util.Objects;

/**
 * A comment on a page (spec ), as stored and as {@code comments.list} and {@code comments.single} return it
 * ({@code CommentPost}).
 *
 * @param id          the comment id, from 1; 0 only for a comment not stored yet
 * @param pageId      the page it is on
 * @param replyTo     the comment of the same page it answers, 0 when it starts a thread
 * @param content     the markdown source, trimmed
 * @param render      the sanitised HTML rendered from {@code content}
 * @param authorId    the author's user id: 2 for every guest, 1 for an API key
 * @param authorName  the name at posting time: the user's, or the guest's {@code guestName}
 * @param authorEmail the email at posting time: the user's, or the guest's {@code guestEmail}, lower-cased
 * @param authorIP    the request IP at posting time, {@code ""} when the host did not know it
 * @param createdAt   when posted
 * @param updatedAt   when last changed
 */
public record Comment(int id, int pageId, int replyTo, String content, String render, int authorId,
                      String authorName, String authorEmail, String authorIP, Instant createdAt, Instant updatedAt) {

    public Comment {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(render, "render");
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(authorEmail, "authorEmail");
        Objects.requireNonNull(authorIP, "authorIP");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (id < 0 || pageId < 0 || replyTo < 0 || authorId < 0) {
            throw new IllegalArgumentException("comment ids must not be negative");
        }
    }

    /** A copy with this id. */
    public Comment withId(int newId) {
        return new Comment(newId, pageId, replyTo, content, render, authorId, authorName, authorEmail, authorIP,
                createdAt, updatedAt);
    }

    /** A copy with this content and render, changed at {@code at}. */
    public Comment withContent(String newContent, String newRender, Instant at) {
        return new Comment(id, pageId, replyTo, newContent, newRender, authorId, authorName, authorEmail, authorIP,
                createdAt, at);
    }
}
