package io.wikiengine.storage.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.RuleMatch;
import io.wikiengine.core.comment.Comment;
import io.wikiengine.core.comment.CommentService;
import io.wikiengine.core.page.Page;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code comments.update} and {@code comments.delete} with decision 27. */
class CommentUpdateDeleteTest extends CommentFixture {

    private Page page;
    private Actor author;
    private int id;

    @BeforeEach
    void aComment() {
        page = page("docs/a");
        author = member("author", READ_WRITE);
        id = post(author, page, "Original");
    }

    @Test
    void r_10_6_5_updateReturnsAndStoresTheNewRender() {
        String render = comments.update(admin, id, "Now *edited*");
        assertEquals("<p>Now <em>edited</em></p>\n", render);
        Comment stored = comments.single(admin, id);
        assertEquals("Now *edited*", stored.content());
        assertEquals(render, stored.render());
        assertEquals(T0, stored.createdAt());
        assertEquals(clock.instant(), stored.updatedAt());
    }

    @Test
    void r_10_6_1_updateOfAnUnknownCommentIs8005() {
        assertCode(8005, () -> comments.update(admin, 42, "Edited"));
    }

    @Test
    void r_10_6_2_updateOfACommentWhosePageIsGoneIs6003() throws SQLException {
        orphan(id);
        assertCode(6003, () -> comments.update(admin, id, "Edited"));
    }

    @Test
    void r_10_6_3_anotherUserWithOnlyWriteCommentsIs8004() {
        Actor other = member("other", READ_WRITE);
        assertCode(8004, () -> comments.update(other, id, "Edited"));
        assertEquals("Original", comments.single(admin, id).content());
    }

    @Test
    void r_10_6_3_aManageCommentsRuleLetsAnyoneUpdate() {
        Actor moderator = member("moderator", ALL_COMMENTS);
        comments.update(moderator, id, "Moderated");
        assertEquals("Moderated", comments.single(admin, id).content());
    }

    @Test
    void r_10_6_3_theManageRuleIsCheckedWithThePagesTags() {
        Page tagged = page("docs/t", "frozen");
        int onTagged = post(admin, tagged, "Frozen comment");
        Actor moderator = member("moderator", ALL_COMMENTS, List.of(allow(RuleMatch.START, "", ALL_COMMENTS),
                deny(RuleMatch.TAG, "frozen", List.of("manage:comments"))));
        assertCode(8004, () -> comments.update(moderator, onTagged, "Edited"));
    }

    @Test
    void decision27_authorsUpdateTheirOwnCommentsWithWriteComments() {
        assertEquals("<p>Mine, edited</p>\n", comments.update(author, id, "Mine, edited"));
    }

    @Test
    void decision27_authorsStillNeedTheWriteRuleOnThePage() {
        Actor limited = member("limited", READ_WRITE, List.of(allow(RuleMatch.START, "", READ_WRITE)));
        int own = post(limited, page, "Mine");
        wiki.permissions().put(wiki.storage().inTransaction(s -> s.groups().byId(limited.groups().get(0)))
                .orElseThrow().withAccess(READ_WRITE, List.of(allow(RuleMatch.START, "", List.of("read:comments")))));
        assertCode(8004, () -> comments.update(limited, own, "Edited"));
    }

    @Test
    void decision27_updateTrimsAndChecksTheContentAsCreateDoes() {
        assertCode(8003, () -> comments.update(author, id, "  x  "));
        comments.update(author, id, "  trimmed  ");
        assertEquals("trimmed", comments.single(admin, id).content());
    }

    @Test
    void decision27_theContentIsCheckedAfterThePermission() {
        Actor other = member("other", READ_WRITE);
        assertCode(8004, () -> comments.update(other, id, ""));
    }

    @Test
    void decision27_guestsDoNotOwnGuestComments() {
        int byGuest = comments.create(guest(), page.id(), null, "Guest words", "Visitor", "v@example.com", IP);
        assertCode(8004, () -> comments.update(guest(), byGuest, "Another guest's edit"));
        assertCode(8004, () -> comments.delete(guest(), byGuest));
    }

    @Test
    void decision27_apiKeysDoNotOwnTheAdministratorsComments() {
        int byAdmin = post(admin, page, "Admin words");
        Actor key = Actor.apiKey(3, Set.copyOf(READ_WRITE), author.groups());
        assertCode(8004, () -> comments.update(key, byAdmin, "Edited by a key"));
    }

    @Test
    void atAuth_updateWithoutACommentScopeIsForbidden() {
        Actor reader = member("reader", List.of("read:comments"));
        assertMessage(1, CommentService.FORBIDDEN, () -> comments.update(reader, id, "Edited"));
    }

    @Test
    void r_10_7_deleteRemovesTheComment() {
        comments.delete(admin, id);
        assertCode(8005, () -> comments.single(admin, id));
        assertEquals(List.of(), comments.list(admin, "en", "docs/a"));
    }

    @Test
    void r_10_7_deleteOfAnUnknownCommentIs8005() {
        assertCode(8005, () -> comments.delete(admin, 42));
    }

    @Test
    void r_10_7_deleteOfACommentWhosePageIsGoneIs6003() throws SQLException {
        orphan(id);
        assertCode(6003, () -> comments.delete(admin, id));
    }

    @Test
    void r_10_7_anotherUserWithOnlyWriteCommentsIs8004() {
        Actor other = member("other", READ_WRITE);
        assertCode(8004, () -> comments.delete(other, id));
        assertEquals(1, countAll());
    }

    @Test
    void r_10_7_aManageCommentsRuleLetsAnyoneDelete() {
        comments.delete(member("moderator", ALL_COMMENTS), id);
        assertEquals(0, countAll());
    }

    @Test
    void decision27_authorsDeleteTheirOwnCommentsWithWriteComments() {
        comments.delete(author, id);
        assertEquals(0, countAll());
    }

    @Test
    void decision27_repliesToADeletedCommentMoveUpToItsParent() {
        int reply = comments.create(admin, page.id(), id, "Reply", null, null, IP);
        clock.advance(Duration.ofMinutes(1));
        int nested = comments.create(admin, page.id(), reply, "Nested", null, null, IP);
        comments.delete(admin, reply);
        assertEquals(id, comments.single(admin, nested).replyTo());
        comments.delete(admin, id);
        assertEquals(0, comments.single(admin, nested).replyTo());
    }

    @Test
    void r_6_6_deletingAPageDeletesItsComments() {
        Page other = page("docs/b");
        int kept = post(admin, other, "Stays");
        wiki.pages().delete(admin, page.id());
        assertCode(8005, () -> comments.single(admin, id));
        assertEquals(List.of(kept), comments.list(admin, "en", "docs/b").stream().map(Comment::id).toList());
        assertEquals(1, countAll());
    }

    @Test
    void r_7_10_deletingAUserHandsTheirCommentsOver() {
        wiki.users().delete(admin, author.id(), 1);
        Comment stored = comments.single(admin, id);
        assertEquals(1, stored.authorId());
        assertEquals("Name author", stored.authorName());
    }
}
