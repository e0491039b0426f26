package io.wikiengine.core.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.comment.Comment;
import io.wikiengine.core.spi.ReferenceException;
import io.wikiengine.core.spi.Storage;
import io.wikiengine.core.spi.StoredPage;
import io.wikiengine.core.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The storage SPI test-kit for comments. A backend's test class extends it and says how to make an empty store.
 */
public abstract class CommentStorageContract {

    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");

    protected Storage storage;
    private int author;
    private int other;
    private int page;
    private int otherPage;

    /** A new, empty store. */
    protected abstract Storage newStorage();

    @BeforeEach
    void openStore() {
        storage = newStorage();
        author = storage.inTransaction(s -> s.users().insert(User.newLocal("a@example.com", "A", "", T0)).id());
        other = storage.inTransaction(s -> s.users().insert(User.newLocal("b@example.com", "B", "", T0)).id());
        page = insertPage("docs/a");
        otherPage = insertPage("docs/b");
    }

    @AfterEach
    void closeStore() {
        storage.close();
    }

    private int insertPage(String path) {
        return storage.inTransaction(s -> s.pages().insert(new StoredPage(0, path, "h", path, "", false, true, null,
                "", "", "text", "", "[]", "markdown", "markdown", "en", "", "", author, author, T0, T0)).id());
    }

    private Comment comment(int pageId, int replyTo, int authorId, Instant at) {
        return new Comment(0, pageId, replyTo, "text " + at, "<p>text</p>", authorId, "Name", "n@example.com",
                "10.0.0.1", at, at);
    }

    private Comment insert(Comment comment) {
        return storage.inTransaction(s -> s.comments().insert(comment));
    }

    @Test
    void commentsRoundTripWithIdsFromOne() {
        Comment stored = insert(comment(page, 0, author, T0));
        assertEquals(1, stored.id());
        assertEquals(Optional.of(stored), storage.inTransaction(s -> s.comments().byId(1)));
        assertEquals(Optional.empty(), storage.inTransaction(s -> s.comments().byId(2)));
    }

    @Test
    void aPageListsItsOwnCommentsOldestFirst() {
        Comment late = insert(comment(page, 0, author, T0.plusSeconds(60)));
        Comment early = insert(comment(page, 0, author, T0));
        insert(comment(otherPage, 0, author, T0));
        assertEquals(List.of(early, late), storage.inTransaction(s -> s.comments().ofPage(page)));
    }

    @Test
    void sameTimeCommentsListInIdOrder() {
        Comment first = insert(comment(page, 0, author, T0));
        Comment second = insert(comment(page, 0, other, T0));
        assertEquals(List.of(first, second), storage.inTransaction(s -> s.comments().ofPage(page)));
    }

    @Test
    void updateChangesContentRenderAndUpdatedAtOnly() {
        Comment stored = insert(comment(page, 0, author, T0));
        Instant later = T0.plusSeconds(5);
        assertTrue((boolean) storage.inTransaction(
                s -> s.comments().update(stored.id(), "new", "<p>new</p>", later)));
        assertEquals(stored.withContent("new", "<p>new</p>", later),
                storage.inTransaction(s -> s.comments().byId(stored.id())).orElseThrow());
        assertFalse((boolean) storage.inTransaction(s -> s.comments().update(99, "x", "x", later)));
    }

    @Test
    void deleteRemovesOneComment() {
        Comment stored = insert(comment(page, 0, author, T0));
        assertTrue((boolean) storage.inTransaction(s -> s.comments().delete(stored.id())));
        assertFalse((boolean) storage.inTransaction(s -> s.comments().delete(stored.id())));
        assertEquals(List.of(), storage.inTransaction(s -> s.comments().ofPage(page)));
    }

    @Test
    void deletingAPageDeletesItsCommentsInTheSameTransaction() {
        insert(comment(page, 0, author, T0));
        Comment kept = insert(comment(otherPage, 0, author, T0));
        storage.run(s -> s.pages().delete(page));
        assertEquals(List.of(), storage.inTransaction(s -> s.comments().ofPage(page)));
        assertEquals(Optional.empty(), storage.inTransaction(s -> s.comments().byId(1)));
        assertEquals(List.of(kept), storage.inTransaction(s -> s.comments().ofPage(otherPage)));
    }

    @Test
    void aCommentOnAMissingPageIsAReferenceFailure() {
        assertThrows(ReferenceException.class, () -> insert(comment(99, 0, author, T0)));
    }

    @Test
    void aCommentByAMissingUserIsAReferenceFailure() {
        assertThrows(ReferenceException.class, () -> insert(comment(page, 0, 99, T0)));
    }

    @Test
    void replyToIsKeptAndReparentMovesReplies() {
        Comment root = insert(comment(page, 0, author, T0));
        Comment reply = insert(comment(page, root.id(), other, T0));
        Comment nested = insert(comment(page, reply.id(), author, T0));
        assertEquals(root.id(), storage.inTransaction(s -> s.comments().byId(reply.id())).orElseThrow().replyTo());
        assertEquals(1, (int) storage.inTransaction(s -> s.comments().reparent(reply.id(), root.id())));
        assertEquals(root.id(), storage.inTransaction(s -> s.comments().byId(nested.id())).orElseThrow().replyTo());
    }

    @Test
    void latestUpdateIsPerAuthor() {
        insert(comment(page, 0, author, T0));
        insert(comment(otherPage, 0, author, T0.plusSeconds(9)));
        insert(comment(page, 0, other, T0.plusSeconds(99)));
        assertEquals(Optional.of(T0.plusSeconds(9)), storage.inTransaction(s -> s.comments().latestUpdateBy(author)));
        assertEquals(Optional.empty(), storage.inTransaction(s -> s.comments().latestUpdateBy(99)));
    }
}
