package io.wikiengine.storage.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.RuleMatch;
import io.wikiengine.core.comment.Comment;
import io.wikiengine.core.comment.CommentService;
import io.wikiengine.core.page.Page;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code comments.create} in the spec's order, with decisions 27 and 39. */
class CommentCreateTest extends CommentFixture {

    private static final String INVALID_EMAIL = "Email is not a valid email";

    @Test
    void r_10_5_8_returnsTheNewIdAndStoresTrimmedContentRenderAuthorAndIp() {
        Page page = page("docs/a");
        Actor writer = member("writer", READ_WRITE);
        int id = comments.create(writer, page.id(), null, "  Hello **world**  \n", null, null, IP);
        assertEquals(1, id);
        Comment stored = comments.single(admin, id);
        assertEquals(new Comment(1, page.id(), 0, "Hello **world**", "<p>Hello <strong>world</strong></p>\n",
                writer.id(), "Name writer", "writer@example.com", IP, T0, T0), stored);
    }

    @Test
    void r_10_5_8_aGuestCommentKeepsGuestNameLowerCasedEmailAndAuthor2() {
        Page page = page("docs/a");
        int id = comments.create(guest(), page.id(), 0, "From a guest", "Visitor", "Visitor@Example.COM", IP);
        Comment stored = comments.single(admin, id);
        assertEquals(Actor.GUEST_ID, stored.authorId());
        assertEquals("Visitor", stored.authorName());
        assertEquals("visitor@example.com", stored.authorEmail());
    }

    @Test
    void r_10_5_8_usersIgnoreGuestNameAndEmail() {
        Page page = page("docs/a");
        int id = comments.create(admin, page.id(), null, "By the admin", "Someone", "someone@example.com", IP);
        Comment stored = comments.single(admin, id);
        assertEquals("Administrator", stored.authorName());
        assertEquals("admin@example.com", stored.authorEmail());
        assertEquals(1, stored.authorId());
    }

    @Test
    void r_10_5_8_apiKeysActAsUser1() {
        Page page = page("docs/a");
        Actor key = Actor.apiKey(7, Set.of("manage:system"), List.of(1));
        int id = comments.create(key, page.id(), null, "By a key", null, null, IP);
        assertEquals(Actor.ADMIN_ID, comments.single(admin, id).authorId());
        assertEquals("API", comments.single(admin, id).authorName());
    }

    @Test
    void r_10_5_1_aGuestWithoutEmailIs1012() {
        Page page = page("docs/a");
        assertMessage(1012, INVALID_EMAIL, () -> comments.create(guest(), page.id(), null, "Hi there", "Visitor",
                null, IP));
    }

    @Test
    void r_10_5_1_aGuestWithAMalformedEmailIs1012() {
        Page page = page("docs/a");
        assertMessage(1012, INVALID_EMAIL, () -> comments.create(guest(), page.id(), null, "Hi there", "Visitor",
                "not-an-email", IP));
    }

    @Test
    void r_10_5_1_aGuestEmailLongerThan255Is1012() {
        Page page = page("docs/a");
        String email = "a".repeat(250) + "@example.com";
        assertMessage(1012, "Email is too long (maximum is 255 characters)", () -> comments.create(guest(),
                page.id(), null, "Hi there", "Visitor", email, IP));
    }

    @Test
    void r_10_5_1_aGuestWithoutNameIs1012() {
        Page page = page("docs/a");
        assertMessage(1012, "Name can't be blank", () -> comments.create(guest(), page.id(), null, "Hi there", null,
                "v@example.com", IP));
    }

    @Test
    void r_10_5_1_aGuestWithAOneCharacterNameIs1012() {
        Page page = page("docs/a");
        assertMessage(1012, "Name is too short (minimum is 2 characters)", () -> comments.create(guest(), page.id(),
                null, "Hi there", "V", "v@example.com", IP));
    }

    @Test
    void r_10_5_1_theEmailIsCheckedBeforeTheName() {
        Page page = page("docs/a");
        assertMessage(1012, INVALID_EMAIL, () -> comments.create(guest(), page.id(), null, "Hi there", null, null,
                IP));
    }

    @Test
    void r_10_5_1_guestChecksComeBeforeContentAndPage() {
        assertCode(1012, () -> comments.create(guest(), 999, null, "", "V", "v@example.com", IP));
    }

    @Test
    void r_10_5_2_contentShorterThanTwoAfterTrimIs8003() {
        Page page = page("docs/a");
        assertCode(8003, () -> comments.create(admin, page.id(), null, "   x \n\t", null, null, IP));
    }

    @Test
    void r_10_5_2_twoCharactersAreEnough() {
        Page page = page("docs/a");
        int id = comments.create(admin, page.id(), null, " ok ", null, null, IP);
        assertEquals("ok", comments.single(admin, id).content());
    }

    @Test
    void r_10_5_2_contentIsCheckedBeforeThePage() {
        assertCode(8003, () -> comments.create(admin, 999, null, "x", null, null, IP));
    }

    @Test
    void r_10_5_3_anUnknownPageIs6003() {
        assertCode(6003, () -> comments.create(admin, 999, null, "Hello", null, null, IP));
    }

    @Test
    void r_10_5_3_thePageIsCheckedBeforeTheRule() {
        Actor stranger = member("stranger", READ_WRITE, List.of());
        assertCode(6003, () -> comments.create(stranger, 999, null, "Hello", null, null, IP));
    }

    @Test
    void r_10_5_4_withoutAWriteCommentsRuleOnThePageIs8002() {
        Page page = page("docs/a");
        Actor reader = member("reader", READ_WRITE, List.of(allow(RuleMatch.START, "", List.of("read:comments")),
                allow(RuleMatch.START, "other", List.of("write:comments"))));
        assertCode(8002, () -> comments.create(reader, page.id(), null, "Hello", null, null, IP));
    }

    @Test
    void r_10_5_4_aTagDenyRuleRefusesWithThePagesTags() {
        Page page = page("docs/a", "locked");
        Actor writer = member("writer", READ_WRITE, List.of(allow(RuleMatch.START, "", READ_WRITE),
                deny(RuleMatch.TAG, "locked", List.of("write:comments"))));
        assertCode(8002, () -> comments.create(writer, page.id(), null, "Hello", null, null, IP));
    }

    @Test
    void r_10_5_4_aGuestNeedsTheRuleToo() {
        Page page = page("docs/a");
        Actor guest = guest(READ_WRITE, List.of(allow(RuleMatch.START, "", List.of("read:comments"))));
        assertCode(8002, () -> comments.create(guest, page.id(), null, "Hello", "Visitor", "v@example.com", IP));
    }

    @Test
    void atAuth_withoutAGlobalWriteScopeIsForbidden() {
        Page page = page("docs/a");
        Actor reader = member("reader", List.of("read:comments"));
        assertMessage(1, CommentService.FORBIDDEN, () -> comments.create(reader, page.id(), null, "Hello", null,
                null, IP));
    }

    @Test
    void r_4_3_theSetupGuestMayNotComment() {
        Page page = page("docs/a");
        assertMessage(1, CommentService.FORBIDDEN, () -> comments.create(wiki.auth().guest(), page.id(), null,
                "Hello", "Visitor", "v@example.com", IP));
    }

    @Test
    void decision39_refusedCreatesConsumeNoId() {
        Page page = page("docs/a");
        assertCode(8003, () -> comments.create(admin, page.id(), null, "x", null, null, IP));
        assertCode(6003, () -> comments.create(admin, 999, null, "Hello", null, null, IP));
        assertCode(8005, () -> comments.create(admin, page.id(), 42, "Hello", null, null, IP));
        assertEquals(1, comments.create(admin, page.id(), null, "Hello", null, null, IP));
        assertEquals(1, countAll());
    }

    @Test
    void decision27_replyToAnUnknownCommentIs8005() {
        Page page = page("docs/a");
        assertCode(8005, () -> comments.create(admin, page.id(), 5, "A reply", null, null, IP));
    }

    @Test
    void decision27_replyToACommentOfAnotherPageIs8005() {
        Page a = page("docs/a");
        Page b = page("docs/b");
        int onB = post(admin, b, "On b");
        assertCode(8005, () -> comments.create(admin, a.id(), onB, "A reply", null, null, IP));
    }

    @Test
    void decision27_aNegativeReplyToIs8005() {
        Page page = page("docs/a");
        assertCode(8005, () -> comments.create(admin, page.id(), -1, "A reply", null, null, IP));
    }

    @Test
    void decision27_replyToIsCheckedAfterTheWriteRule() {
        Page page = page("docs/a");
        Actor reader = member("reader", READ_WRITE, List.of(allow(RuleMatch.START, "", List.of("read:comments"))));
        assertCode(8002, () -> comments.create(reader, page.id(), 5, "A reply", null, null, IP));
    }

    @Test
    void r_10_1_repliesAreThreadedAndKeepReplyTo() {
        Page page = page("docs/a");
        int root = post(admin, page, "Question");
        int reply = comments.create(admin, page.id(), root, "Answer", null, null, IP);
        clock.advance(Duration.ofMinutes(1));
        int nested = comments.create(admin, page.id(), reply, "Thanks", null, null, IP);
        assertEquals(List.of(0, root, reply), comments.list(admin, "en", "docs/a").stream()
                .map(Comment::replyTo).toList());
        assertEquals(reply, comments.single(admin, nested).replyTo());
    }
}
