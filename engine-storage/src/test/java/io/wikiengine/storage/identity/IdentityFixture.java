package io.wikiengine.storage.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.WikiConfig;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.Scope;
import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.error.WikiException;
import io.wikiengine.core.group.Group;
import io.wikiengine.core.group.GroupUpdate;
import io.wikiengine.core.mail.MailMessage;
import io.wikiengine.core.mail.MailSender;
import io.wikiengine.core.user.NewUser;
import io.wikiengine.core.user.User;
import io.wikiengine.core.user.UserDetail;
import io.wikiengine.storage.testing.TestStores;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.function.Executable;

/** A fresh wiki on a throw-away store (TestStores) per test, with a fixed clock, a recording mail sender and ready actors. */
abstract class IdentityFixture {

    static final Instant NOW = Instant.parse("2026-03-04T05:06:07.089Z");
    static final String HOST = "https://wiki.example.com";

    /** The host itself: passes every check. */
    static final Actor SYSTEM = Actor.system();
    /** User 1 as a token makes them. */
    static final Actor ADMIN = Actor.user(1, "admin@example.com", "Administrator",
            Set.of(Scope.MANAGE_SYSTEM.wire()), List.of(Group.ADMINISTRATORS));

    final List<MailMessage> mails = new ArrayList<>();
    final MailSender recorder = mails::add;
    Wiki wiki;

    /** A wiki with a mail sender. */
    Wiki open() {
        return open(b -> b.mailSender(recorder));
    }

    /** A wiki built with these extra builder settings. */
    Wiki open(Consumer<Wiki.Builder> settings) {
        Wiki.Builder builder = Wiki.builder()
                .storage(TestStores.fresh())
                .config(WikiConfig.DEFAULTS.withPasswordCost(4).withHost(HOST).withSiteTitle("Acme Wiki"))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .admin("Admin@Example.com", "secret-123");
        settings.accept(builder);
        wiki = builder.build();
        return wiki;
    }

    @AfterEach
    void closeWiki() {
        if (wiki != null) {
            wiki.close();
            wiki.storage().close();
        }
    }

    /** A signed-in user with these permissions, in no group. */
    static Actor actor(int id, String... permissions) {
        return Actor.user(id, "actor" + id + "@example.com", "Actor " + id, Set.of(permissions), List.of());
    }

    /** A group with exactly these permissions, made by the system. */
    Group group(String name, String... permissions) {
        Group made = wiki.groups().create(SYSTEM, name);
        return wiki.groups().update(SYSTEM, new GroupUpdate(made.id(), name, "/", Arrays.asList(permissions),
                made.pageRules())).orElseThrow();
    }

    /** A local user made by the system in these groups. */
    UserDetail user(String email, Integer... groups) {
        return wiki.users().create(SYSTEM, NewUser.local(email, "User " + email, "password-1")
                .withGroups(Arrays.asList(groups)));
    }

    User stored(int id) {
        return wiki.storage().inTransaction(s -> s.users().byId(id)).orElseThrow();
    }

    Optional<Instant> revokedAt(String subject) {
        return wiki.storage().inTransaction(s -> s.revocations().revokedAt(subject));
    }

    int userCount() {
        return wiki.storage().inTransaction(s -> s.users().count());
    }

    /** Sets the user's last login, as issuing a token does. */
    void loggedIn(int id, Instant at) {
        wiki.storage().run(s -> {
            User u = s.users().byId(id).orElseThrow();
            s.users().update(new User(u.id(), u.email(), u.name(), u.providerKey(), u.providerId(), u.passwordHash(),
                    u.tfaIsActive(), u.tfaSecret(), u.jobTitle(), u.location(), u.pictureUrl(), u.timezone(),
                    u.localeCode(), u.defaultEditor(), u.dateFormat(), u.appearance(), u.isSystem(), u.isActive(),
                    u.isVerified(), u.mustChangePwd(), u.createdAt(), u.updatedAt(), at));
        });
    }

    static void assertError(WikiError expected, Executable call) {
        WikiException e = assertThrows(WikiException.class, call);
        assertTrue(e.is(expected), () -> "expected " + expected + " but got " + e.code() + " " + e.getMessage());
        assertEquals(expected.code(), e.code());
    }

    static void assertError(WikiError expected, String message, Executable call) {
        WikiException e = assertThrows(WikiException.class, call);
        assertEquals(expected.code(), e.code(), e::getMessage);
        assertEquals(message, e.getMessage());
    }

    static void assertPlain(String message, Executable call) {
        WikiException e = assertThrows(WikiException.class, call);
        assertEquals(1, e.code(), e::getMessage);
        assertEquals("Error", e.slug());
        assertEquals(message, e.getMessage());
    }
}
