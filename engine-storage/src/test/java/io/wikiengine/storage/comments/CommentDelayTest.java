package io.wikiengine.storage.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wikiengine.core.KeyValue;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.comment.CommentProviderInput;
import io.wikiengine.core.comment.CommentService;
import io.wikiengine.core.page.Page;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The minimum delay between two comments of one author (R-10.5 step 7), on the wiki's clock. */
class CommentDelayTest extends CommentFixture {

    private Page page;

    @BeforeEach
    void aPage() {
        page = page("docs/a");
    }

    private int create(Actor actor) {
        return comments.create(actor, page.id(), null, "Hello again", "Visitor", "v@example.com", IP);
    }

    private void setMinDelay(String json) {
        comments.updateProviders(admin, List.of(new CommentProviderInput(true, "default",
                List.of(new KeyValue("minDelay", json)))));
    }

    @Test
    void r_10_5_7_aSecondCommentWithinThirtySecondsIsRefusedWithThePlainMessage() {
        Actor writer = member("writer", READ_WRITE);
        create(writer);
        clock.advance(Duration.ofSeconds(29).plusMillis(999));
        assertMessage(1, CommentService.TOO_SOON, () -> create(writer));
        assertEquals(1, countAll());
    }

    @Test
    void r_10_5_7_thirtySecondsLaterTheAuthorMayPostAgain() {
        Actor writer = member("writer", READ_WRITE);
        create(writer);
        clock.advance(Duration.ofSeconds(30));
        assertEquals(2, create(writer));
    }

    @Test
    void r_10_5_7_theDelayIsPerAuthor() {
        create(member("one", READ_WRITE));
        assertEquals(2, create(member("two", READ_WRITE)));
    }

    @Test
    void r_10_5_7_allGuestsShareOneAuthor() {
        create(guest());
        assertMessage(1, CommentService.TOO_SOON, () -> comments.create(guest(), page.id(), null, "Me too",
                "Other", "other@example.com", IP));
    }

    @Test
    void r_10_5_7_anEditCountsAsTheLatestActivity() {
        Actor writer = member("writer", READ_WRITE);
        int id = create(writer);
        clock.advance(Duration.ofSeconds(40));
        comments.update(writer, id, "Edited text");
        clock.advance(Duration.ofSeconds(10));
        assertMessage(1, CommentService.TOO_SOON, () -> create(writer));
    }

    @Test
    void r_10_5_7_theDelayIsConfigurable() {
        setMinDelay("{\"v\":5}");
        Actor writer = member("writer", READ_WRITE);
        create(writer);
        clock.advance(Duration.ofSeconds(4));
        assertMessage(1, CommentService.TOO_SOON, () -> create(writer));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(2, create(writer));
    }

    @Test
    void r_10_5_7_zeroTurnsTheLimitOff() {
        setMinDelay("{\"v\":0}");
        Actor writer = member("writer", READ_WRITE);
        create(writer);
        assertEquals(2, create(writer));
    }

    @Test
    void r_10_5_7_theHostItselfIsExempt() {
        create(Actor.system());
        assertEquals(2, create(Actor.system()));
    }

    @Test
    void r_10_5_7_theDelayIsCheckedAfterTheRule() {
        Actor writer = member("writer", READ_WRITE);
        create(writer);
        assertCode(6003, () -> comments.create(writer, 999, null, "Elsewhere", null, null, IP));
    }

    @Test
    void r_10_2_anInvalidDelayIs1012AndChangesNothing() {
        assertCode(1012, () -> setMinDelay("{\"v\":-1}"));
        assertCode(1012, () -> setMinDelay("{\"v\":1.5}"));
        assertCode(1012, () -> setMinDelay("not json"));
        Actor writer = member("writer", READ_WRITE);
        create(writer);
        clock.advance(Duration.ofSeconds(29));
        assertMessage(1, CommentService.TOO_SOON, () -> create(writer));
    }

    @Test
    void r_10_2_aDelayGivenAsAStringIsAccepted() {
        setMinDelay("{\"v\":\"0\"}");
        Actor writer = member("writer", READ_WRITE);
        create(writer);
        assertEquals(2, create(writer));
    }
}
