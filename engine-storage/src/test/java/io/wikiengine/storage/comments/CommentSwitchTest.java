package io.wikiengine.storage.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.KeyValue;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.Wiki;
import io.wikiengine.core.WikiConfig;
import io.wikiengine.core.comment.CommentProvider;
import io.wikiengine.core.comment.CommentProviderInput;
import io.wikiengine.core.comment.CommentService;
import io.wikiengine.core.page.Page;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The providers and switching comments off (decision 27). */
class CommentSwitchTest extends CommentFixture {

    private static final Actor HOST = Actor.system();

    private Page page;
    private int id;

    @BeforeEach
    void aComment() {
        page = page("docs/a");
        id = post(admin, page, "Hello");
    }

    private void setDefault(boolean enabled) {
        comments.updateProviders(admin, List.of(new CommentProviderInput(enabled, "default", List.of())));
    }

    private static void assertAllRefused(CommentService service, int pageId, int commentId) {
        assertCode(8002, () -> service.create(HOST, pageId, null, "Hello", null, null, IP));
        assertCode(8002, () -> service.update(HOST, commentId, "Edited"));
        assertCode(8002, () -> service.delete(HOST, commentId));
        assertCode(8006, () -> service.list(HOST, "en", "docs/a"));
        assertCode(8006, () -> service.single(HOST, commentId));
    }

    @Test
    void decision27_theHostSwitchTurnsEveryOperationOff() {
        try (Wiki off = open(WikiConfig.DEFAULTS.withPasswordCost(4).withComments(false))) {
            assertAllRefused(off.comments(), page.id(), id);
        }
        assertEquals(1, countAll());
    }

    @Test
    void decision27_theHostSwitchAnswersBeforeAnyOtherCheck() {
        try (Wiki off = open(WikiConfig.DEFAULTS.withPasswordCost(4).withComments(false))) {
            assertCode(8002, () -> off.comments().create(HOST, 999, null, "", null, null, IP));
            assertCode(8006, () -> off.comments().single(HOST, 999));
            assertCode(8006, () -> off.comments().list(HOST, "en", "docs/missing"));
        }
    }

    @Test
    void decision27_disablingTheDefaultProviderTurnsEveryOperationOff() {
        setDefault(false);
        assertAllRefused(comments, page.id(), id);
    }

    @Test
    void decision27_enablingItAgainServesComments() {
        setDefault(false);
        setDefault(true);
        assertEquals(1, comments.list(admin, "en", "docs/a").size());
    }

    @Test
    void r_10_2_providersAreSortedByKeyWithOnlyDefaultEnabledAndAvailable() {
        List<CommentProvider> providers = comments.providers(admin);
        assertEquals(List.of("artalk", "commento", "default", "disqus"),
                providers.stream().map(CommentProvider::key).toList());
        CommentProvider builtIn = providers.get(2);
        assertTrue(builtIn.isEnabled());
        assertTrue(builtIn.isAvailable());
        for (CommentProvider external : List.of(providers.get(0), providers.get(1), providers.get(3))) {
            assertFalse(external.isEnabled(), external.key());
            assertFalse(external.isAvailable(), external.key());
        }
    }

    @Test
    void r_10_2_theDefaultConfigIsTheDefinitionWithItsValue() {
        CommentProvider builtIn = comments.providers(admin).get(2);
        assertEquals(1, builtIn.config().size());
        KeyValue minDelay = builtIn.config().get(0);
        assertEquals("minDelay", minDelay.key());
        assertTrue(minDelay.value().startsWith("{\"type\":\"number\""), minDelay.value());
        assertTrue(minDelay.value().endsWith("\"value\":30}"), minDelay.value());
    }

    @Test
    void r_10_2_updateProvidersSetsTheSwitchAndTheDelay() {
        comments.updateProviders(admin, List.of(new CommentProviderInput(false, "default",
                List.of(new KeyValue("minDelay", "{\"v\":12}")))));
        CommentProvider builtIn = comments.providers(admin).get(2);
        assertFalse(builtIn.isEnabled());
        assertTrue(builtIn.config().get(0).value().endsWith("\"value\":12}"));
    }

    @Test
    void r_10_2_theHostSwitchShowsDefaultAsNeitherEnabledNorAvailable() {
        try (Wiki off = open(WikiConfig.DEFAULTS.withPasswordCost(4).withComments(false))) {
            CommentProvider builtIn = off.comments().providers(admin).get(2);
            assertFalse(builtIn.isEnabled());
            assertFalse(builtIn.isAvailable());
        }
    }

    @Test
    void r_10_2_enablingAClientSideProviderIs1012AndChangesNothing() {
        assertCode(1012, () -> comments.updateProviders(admin, List.of(
                new CommentProviderInput(false, "default", List.of()),
                new CommentProviderInput(true, "disqus", List.of()))));
        assertTrue(comments.providers(admin).get(2).isEnabled());
    }

    @Test
    void r_10_2_listingAClientSideProviderAsDisabledIsFine() {
        comments.updateProviders(admin, List.of(new CommentProviderInput(false, "disqus", List.of()),
                new CommentProviderInput(true, "default", List.of())));
        assertTrue(comments.providers(admin).get(2).isEnabled());
    }

    @Test
    void r_10_2_anUnknownProviderOrSettingIs1012() {
        assertCode(1012, () -> comments.updateProviders(admin, List.of(
                new CommentProviderInput(true, "facebook", List.of()))));
        assertCode(1012, () -> comments.updateProviders(admin, List.of(new CommentProviderInput(true, "default",
                List.of(new KeyValue("akismet", "{\"v\":\"key\"}"))))));
    }

    @Test
    void atAuth_providersNeedManageSystem() {
        Actor moderator = member("moderator", ALL_COMMENTS);
        assertMessage(1, CommentService.FORBIDDEN, () -> comments.providers(moderator));
        assertMessage(1, CommentService.FORBIDDEN, () -> comments.updateProviders(moderator, List.of()));
    }
}
