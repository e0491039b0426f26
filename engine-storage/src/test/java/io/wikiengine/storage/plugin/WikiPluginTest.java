package io.wikiengine.storage.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.WikiConfig;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.PageRule;
import io.wikiengine.core.access.PageTarget;
import io.wikiengine.core.access.RuleMatch;
import io.wikiengine.core.access.Scope;
import io.wikiengine.core.group.Group;
import io.wikiengine.core.page.Page;
import io.wikiengine.core.page.PageCreate;
import io.wikiengine.core.plugin.ChangeReceiver;
import io.wikiengine.core.plugin.Topic;
import io.wikiengine.core.plugin.WikiPlugin;
import io.wikiengine.core.spi.Storage;
import io.wikiengine.storage.testing.TestStores;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The plugin SPI of the core, on a throw-away store: what a plugin hears of local commits and what a remote change does. */
class WikiPluginTest {

    private static final Actor GUEST = Actor.guest(Set.of(Scope.READ_PAGES.wire()), List.of(Group.GUESTS));
    private static final PageTarget SECRET = PageTarget.page("secret/plans", "en");

    private final Storage storage = TestStores.fresh();

    /** Records what it hears and keeps the receiver it was started with. */
    private static final class Recorder implements WikiPlugin {
        final List<Set<Topic>> committed = new ArrayList<>();
        final List<Boolean> secretReadableWhenHeard = new ArrayList<>();
        @Nullable ChangeReceiver receiver;
        @Nullable Wiki wiki;
        boolean closed;

        @Override
        public void start(ChangeReceiver value) {
            receiver = value;
        }

        @Override
        public void committed(Set<Topic> topics) {
            committed.add(topics);
            if (wiki != null) {
                secretReadableWhenHeard.add(wiki.permissions().check(GUEST, Scope.READ_PAGES, SECRET));
            }
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private Wiki open(WikiPlugin plugin) {
        return Wiki.builder().storage(storage).config(WikiConfig.DEFAULTS.withPasswordCost(4))
                .admin("admin@example.com", "secret-123").plugin(plugin).build();
    }

    /** Adds a rule denying the guests {@code read:pages} under {@code secret}, behind the wiki's back. */
    private void denySecretInStore() {
        storage.run(s -> {
            Group guests = s.groups().byId(Group.GUESTS).orElseThrow();
            List<PageRule> rules = new ArrayList<>(guests.pageRules());
            rules.add(new PageRule("no-secret", true, RuleMatch.START, List.of(Scope.READ_PAGES.wire()), "secret",
                    List.of()));
            s.groups().update(guests.withAccess(guests.permissions(), rules));
        });
    }

    @Test
    void aPluginIsStartedWithTheWikisReceiver() {
        Recorder recorder = new Recorder();
        try (Wiki wiki = open(recorder)) {
            assertNotNull(recorder.receiver);
        }
    }

    @Test
    void aLocalChangeReloadsTheGroupsBeforeThePluginHearsOfIt() {
        Recorder recorder = new Recorder();
        try (Wiki wiki = open(recorder)) {
            recorder.wiki = wiki;
            denySecretInStore();
            assertTrue(wiki.permissions().check(GUEST, Scope.READ_PAGES, SECRET));
            wiki.changed(Topic.GROUPS, Topic.IDENTITIES);
            assertEquals(List.of(Set.of(Topic.GROUPS, Topic.IDENTITIES)), recorder.committed);
            assertEquals(List.of(false), recorder.secretReadableWhenHeard);
        }
    }

    @Test
    void aRemoteChangeReloadsTheGroupsWithoutPublishingItAgain() {
        Recorder recorder = new Recorder();
        try (Wiki wiki = open(recorder)) {
            denySecretInStore();
            recorder.receiver.received(Set.of(Topic.GROUPS));
            assertFalse(wiki.permissions().check(GUEST, Scope.READ_PAGES, SECRET));
            assertEquals(List.of(), recorder.committed);
        }
    }

    @Test
    void aChangeOfAnotherTopicLeavesTheGroupsAsLoaded() {
        Recorder recorder = new Recorder();
        try (Wiki wiki = open(recorder)) {
            denySecretInStore();
            recorder.receiver.received(Set.of(Topic.IDENTITIES, Topic.SETTINGS));
            assertTrue(wiki.permissions().check(GUEST, Scope.READ_PAGES, SECRET));
        }
    }

    @Test
    void aPageWriteIsPublishedAsAChangeOfPagesAlone() {
        Recorder recorder = new Recorder();
        try (Wiki wiki = open(recorder)) {
            wiki.pages().create(Actor.system(), PageCreate.of("en", "docs/a", "A", "x"));
            assertEquals(List.of(Set.of(Topic.PAGES)), recorder.committed);
        }
    }

    @Test
    void aRemoteChangeOfPagesDropsTheCachedPages() {
        Recorder recorder = new Recorder();
        try (Wiki wiki = open(recorder)) {
            Page page = wiki.pages().create(Actor.system(), PageCreate.of("en", "docs/a", "A", "x"));
            assertEquals("x", wiki.pages().single(Actor.system(), page.id()).content());
            storage.run(s -> s.pages().updateRender(page.id(), "<p>elsewhere</p>", "[]"));
            recorder.receiver.received(Set.of(Topic.PAGES));
            assertEquals("<p>elsewhere</p>", wiki.pages().single(Actor.system(), page.id()).render());
            assertEquals(List.of(Set.of(Topic.PAGES)), recorder.committed);
        }
    }

    @Test
    void aPluginThatFailsToPublishDoesNotFailTheChange() {
        WikiPlugin failing = new WikiPlugin() {
            @Override
            public void committed(Set<Topic> topics) {
                throw new IllegalStateException("the broker is down");
            }
        };
        try (Wiki wiki = open(failing)) {
            denySecretInStore();
            wiki.changed(Topic.GROUPS);
            assertFalse(wiki.permissions().check(GUEST, Scope.READ_PAGES, SECRET));
        }
    }

    @Test
    void closingTheWikiClosesItsPlugins() {
        Recorder recorder = new Recorder();
        open(recorder).close();
        assertTrue(recorder.closed);
    }
}
