package io.wikiengine.storage.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.WikiConfig;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.PageRule;
import io.wikiengine.core.access.RuleMatch;
import io.wikiengine.core.comment.CommentService;
import io.wikiengine.core.error.WikiException;
import io.wikiengine.core.group.Group;
import io.wikiengine.core.page.Page;
import io.wikiengine.core.page.PageCreate;
import io.wikiengine.core.user.User;
import io.wikiengine.storage.Dialect;
import io.wikiengine.storage.testing.TestDatabase;
import io.wikiengine.storage.testing.TestStores;
import io.wikiengine.storage.testing.TestClock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;

/**
 * A fresh wiki per test on a throw-away database (H2, or PostgreSQL when the suite runs there) the test can also reach with plain SQL (to make states the API
 * cannot, such as a comment whose page is gone), a clock the test moves, and helpers for users with page rules.
 */
abstract class CommentFixture {

    static final Instant T0 = Instant.parse("2026-04-05T06:07:08.900Z");
    static final List<String> READ_WRITE = List.of("read:comments", "write:comments");
    static final List<String> ALL_COMMENTS = List.of("read:comments", "write:comments", "manage:comments");
    static final String IP = "203.0.113.7";

    final TestClock clock = new TestClock(T0);
    TestDatabase database;
    Wiki wiki;
    CommentService comments;
    Actor admin;

    @BeforeEach
    void openWiki() {
        database = TestStores.freshDatabase();
        wiki = open(WikiConfig.DEFAULTS.withPasswordCost(4));
        comments = wiki.comments();
        admin = Actor.user(1, "admin@example.com", "Administrator", Set.of("manage:system"), List.of(1));
    }

    @AfterEach
    void closeWiki() {
        wiki.close();
        database.close();
    }

    /** Another wiki over the same store, with this configuration. */
    Wiki open(WikiConfig config) {
        return Wiki.builder()
                .storage(database.open())
                .config(config)
                .clock(clock)
                .admin("admin@example.com", "secret-123")
                .build();
    }

    /** A stored user in a new group with these permissions and rules, as an actor. */
    Actor member(String name, List<String> permissions, List<PageRule> rules) {
        Group group = group(name, permissions, rules);
        return wiki.storage().inTransaction(session -> {
            User user = session.users().insert(User.newLocal(name + "@example.com", "Name " + name, "", T0));
            session.users().addToGroup(user.id(), group.id());
            return Actor.user(user.id(), user.email(), user.name(), Set.copyOf(permissions), List.of(group.id()));
        });
    }

    /** A user allowed these comment scopes on every page. */
    Actor member(String name, List<String> permissions) {
        return member(name, permissions, List.of(allow(RuleMatch.START, "", permissions)));
    }

    /** The guest, in a new group with these permissions and rules. */
    Actor guest(List<String> permissions, List<PageRule> rules) {
        Group group = group("guests-" + UUID.randomUUID(), permissions, rules);
        return Actor.guest(Set.copyOf(permissions), List.of(group.id()));
    }

    /** The guest allowed to read and write comments everywhere. */
    Actor guest() {
        return guest(READ_WRITE, List.of(allow(RuleMatch.START, "", READ_WRITE)));
    }

    private Group group(String name, List<String> permissions, List<PageRule> rules) {
        Group group = wiki.storage().inTransaction(session -> session.groups()
                .insert(new Group(0, name, permissions, rules, false, "/", T0, T0)));
        wiki.permissions().put(group);
        return group;
    }

    static PageRule allow(RuleMatch match, String path, List<String> roles) {
        return PageRule.allow("a-" + match + path, match, path, roles);
    }

    static PageRule deny(RuleMatch match, String path, List<String> roles) {
        return PageRule.deny("d-" + match + path, match, path, roles);
    }

    Page page(String path, String... tags) {
        return wiki.pages().create(admin, PageCreate.of("en", path, path, "content of " + path)
                .withTags(List.of(tags)));
    }

    /** A comment by this actor on the page, posted at the current clock, then the clock moves past minDelay. */
    int post(Actor actor, Page page, String content) {
        int id = comments.create(actor, page.id(), null, content, "Guest Name", "guest@example.com", IP);
        clock.advance(Duration.ofMinutes(1));
        return id;
    }

    /** Points a comment at a page id that no page has, as a store damaged outside the wiki would. */
    void orphan(int commentId) throws SQLException {
        boolean h2 = database.dialect() == Dialect.H2;
        try (Connection connection = database.connect()) {
            try (Statement statement = connection.createStatement()) {
                // PostgreSQL checks foreign keys in triggers, which a replica session does not fire.
                statement.execute(h2 ? "SET REFERENTIAL_INTEGRITY FALSE" : "SET session_replication_role = replica");
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE wiki_comments SET page_id = 9999 WHERE id = ?")) {
                update.setInt(1, commentId);
                update.executeUpdate();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute(h2 ? "SET REFERENTIAL_INTEGRITY TRUE" : "SET session_replication_role = DEFAULT");
            }
        }
    }

    int countAll() {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT COUNT(*) FROM wiki_comments")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertCode(int code, Executable call) {
        WikiException e = assertThrows(WikiException.class, call);
        assertEquals(code, e.code(), () -> "expected " + code + " but got " + e.code() + ": " + e.getMessage());
    }

    static void assertMessage(int code, String message, Executable call) {
        WikiException e = assertThrows(WikiException.class, call);
        assertEquals(code, e.code(), e.getMessage());
        assertEquals(message, e.getMessage());
    }
}
