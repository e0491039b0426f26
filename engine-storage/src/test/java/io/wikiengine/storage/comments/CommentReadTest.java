package io.wikiengine.storage.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.RuleMatch;
import io.wikiengine.core.comment.Comment;
import io.wikiengine.core.comment.CommentService;
import io.wikiengine.core.page.Page;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code comments.list} and {@code comments.single}. */
class CommentReadTest extends CommentFixture {

    @Test
    void r_10_3_listsThePagesCommentsOldestFirstWithEveryField() {
        Page page = page("docs/a");
        Page other = page("docs/b");
        Actor writer = member("writer", READ_WRITE);
        int first = post(writer, page, "First");
        post(admin, other, "Elsewhere");
        int second = post(admin, page, "Second");
        List<Comment> listed = comments.list(member("reader", List.of("read:comments")), "en", "docs/a");
        assertEquals(List.of(first, second), listed.stream().map(Comment::id).toList());
        Comment one = listed.get(0);
        assertEquals(new Comment(first, page.id(), 0, "First", "<p>First</p>\n", writer.id(), "Name writer",
                "writer@example.com", IP, T0, T0), one);
        assertEquals(T0.plusSeconds(120), listed.get(1).createdAt());
    }

    @Test
    void r_10_3_anUnknownPageListsNothing() {
        assertEquals(List.of(), comments.list(admin, "en", "docs/missing"));
    }

    @Test
    void r_10_3_aPathOrLocaleThatCannotNameAPageListsNothing() {
        page("docs/a");
        assertEquals(List.of(), comments.list(admin, "en", "docs/../a"));
        assertEquals(List.of(), comments.list(admin, "e n", "docs/a"));
    }

    @Test
    void decision11_theListPathIsNormalised() {
        Page page = page("docs/a");
        int id = post(admin, page, "Hello");
        assertEquals(List.of(id), comments.list(admin, "EN", "/docs/a/").stream().map(Comment::id).toList());
    }

    @Test
    void r_10_3_anUnknownPageIsCheckedBeforeTheRule() {
        Actor stranger = member("stranger", List.of("read:comments"), List.of());
        assertEquals(List.of(), comments.list(stranger, "en", "docs/missing"));
    }

    @Test
    void r_10_3_withoutAReadCommentsRuleIs8006() {
        page("docs/a");
        Actor stranger = member("stranger", List.of("read:comments"),
                List.of(allow(RuleMatch.START, "other", List.of("read:comments"))));
        assertCode(8006, () -> comments.list(stranger, "en", "docs/a"));
    }

    @Test
    void decision03_aTagRuleDecidesWhoReadsComments() {
        page("docs/a", "secret");
        Actor reader = member("reader", List.of("read:comments"), List.of(
                allow(RuleMatch.START, "", List.of("read:comments")),
                deny(RuleMatch.TAG, "secret", List.of("read:comments"))));
        assertCode(8006, () -> comments.list(reader, "en", "docs/a"));
    }

    @Test
    void r_4_5_7_aLocaleRuleAppliesToComments() {
        page("docs/a");
        Actor reader = member("reader", List.of("read:comments"), List.of(
                allow(RuleMatch.START, "", List.of("read:comments")).withLocales(List.of("fr"))));
        assertCode(8006, () -> comments.list(reader, "en", "docs/a"));
    }

    @Test
    void atAuth_withoutAGlobalReadScopeIsForbidden() {
        page("docs/a");
        Actor writer = member("writer", List.of("write:comments"));
        assertMessage(1, CommentService.FORBIDDEN, () -> comments.list(writer, "en", "docs/a"));
    }

    @Test
    void r_10_4_singleReturnsTheComment() {
        Page page = page("docs/a");
        int id = post(admin, page, "Hello");
        Comment single = comments.single(member("reader", List.of("read:comments")), id);
        assertEquals(id, single.id());
        assertEquals("Hello", single.content());
    }

    @Test
    void r_10_4_anUnknownCommentIs8005() {
        assertCode(8005, () -> comments.single(admin, 42));
    }

    @Test
    void r_10_4_aCommentWhosePageIsGoneIs8001() throws SQLException {
        Page page = page("docs/a");
        int id = post(admin, page, "Hello");
        orphan(id);
        assertMessage(8001, "An unexpected error occured.", () -> comments.single(admin, id));
    }

    @Test
    void r_10_4_withoutAReadCommentsRuleIs8006() {
        Page page = page("docs/a");
        int id = post(admin, page, "Hello");
        Actor stranger = member("stranger", List.of("read:comments"), List.of());
        assertCode(8006, () -> comments.single(stranger, id));
    }

    @Test
    void r_10_4_theCommentIsLookedUpBeforeTheRule() {
        Actor stranger = member("stranger", List.of("read:comments"), List.of());
        assertCode(8005, () -> comments.single(stranger, 42));
    }
}
