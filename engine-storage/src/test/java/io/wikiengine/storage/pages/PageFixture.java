package io.wikiengine.storage.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.WikiConfig;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.PageRule;
import io.wikiengine.core.error.WikiException;
import io.wikiengine.core.group.Group;
import io.wikiengine.core.page.Page;
import io.wikiengine.core.page.PageCreate;
import io.wikiengine.core.page.PageService;
import io.wikiengine.core.user.User;
import io.wikiengine.storage.testing.TestStores;
import io.wikiengine.storage.testing.TestClock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;

/** A fresh wiki per test, a clock the test moves, and helpers to make users with page rules. */
abstract class PageFixture {

    static final Instant T0 = Instant.parse("2026-03-05T09:07:01.250Z");

    Wiki wiki;
    PageService pages;
    final TestClock clock = new TestClock(T0);
    Actor admin;

    @BeforeEach
    void openWiki() {
        wiki = Wiki.builder()
                .storage(TestStores.fresh())
                .config(WikiConfig.DEFAULTS.withPasswordCost(4))
                .clock(clock)
                .admin("admin@example.com", "secret-123")
                .build();
        pages = wiki.pages();
        admin = Actor.user(1, "admin@example.com", "Administrator", Set.of("manage:system"), List.of(1));
    }

    @AfterEach
    void closeWiki() {
        wiki.storage().close();
        wiki.close();
    }

    /** A stored user in a new group with these permissions and rules, as an actor. */
    Actor member(String name, List<String> permissions, List<PageRule> rules) {
        Instant now = clock.instant();
        return wiki.storage().inTransaction(session -> {
            Group group = session.groups().insert(new Group(0, name + "s", permissions, rules, false, "/", now, now));
            User user = session.users().insert(User.newLocal(name + "@example.com", name, "", now));
            session.users().addToGroup(user.id(), group.id());
            wiki.permissions().put(group);
            return Actor.user(user.id(), user.email(), user.name(), Set.copyOf(permissions), List.of(group.id()));
        });
    }

    Page create(String path, String content) {
        return pages.create(admin, PageCreate.of("en", path, last(path), content));
    }

    static String last(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static void assertCode(int code, Executable call) {
        WikiException e = assertThrows(WikiException.class, call);
        assertEquals(code, e.code(), () -> "expected " + code + " but got " + e.code() + ": " + e.getMessage());
    }

    static void assertPlain(String message, Executable call) {
        WikiException e = assertThrows(WikiException.class, call);
        assertEquals(1, e.code());
        assertEquals(message, e.getMessage());
    }
}
