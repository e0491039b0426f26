package io.wikiengine.core.internal;

import io.wikiengine.core.WikiConfig;
import io.wikiengine.core.access.PageRules;
import io.wikiengine.core.access.Scope;
import io.wikiengine.core.auth.internal.Passwords;
import io.wikiengine.core.group.Group;
import io.wikiengine.core.spi.DuplicateKeyException;
import io.wikiengine.core.spi.Storage;
import io.wikiengine.core.spi.StorageSession;
import io.wikiengine.core.user.User;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Makes an empty store what Wiki.js setup makes of a fresh database (spec ). */
public final class Bootstrap {

    private static final String SETUP_KEY = "wiki.setupAt";

    private final Storage storage;
    private final WikiConfig config;
    private final Clock clock;

    public Bootstrap(Storage storage, WikiConfig config, Clock clock) {
        this.storage = storage;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Bootstraps the store if it has no group yet; otherwise changes nothing.
     *
     * @throws IllegalStateException if the store is empty and no administrator is given, or if the store
     *                               does not hand out ids 1 and 2 to the system groups and users
     */
    public void run(@Nullable String adminEmail, @Nullable String adminPassword) {
        try {
            storage.run(session -> {
                if (session.groups().count() > 0) {
                    return;
                }
                if (adminEmail == null || adminPassword == null) {
                    throw new IllegalStateException("The store is empty: give the first administrator with "
                            + "Wiki.builder().admin(email, password)");
                }
                // Several instances may open one empty database at once: the first to claim this key sets up,
                // the others wait on it and then find the store bootstrapped.
                if (!session.settings().putIfAbsent(SETUP_KEY, clock.instant().toString())) {
                    return;
                }
                setUp(session, adminEmail, adminPassword);
            });
        } catch (DuplicateKeyException lostTheRace) {
            // Another instance set up between our check and our claim; its setup is the one that stands.
            if (storage.inTransaction(session -> session.groups().count()) == 0) {
                throw lostTheRace;
            }
        }
    }

    private void setUp(StorageSession session, String adminEmail, String adminPassword) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Group admins = session.groups().insert(new Group(0, "Administrators", List.of(Scope.MANAGE_SYSTEM.wire()),
                List.of(), true, "/", now, now));
        Group guests = session.groups().insert(new Group(0, "Guests", PageRules.guestGroupPermissions(),
                PageRules.guestGroupRules(), true, "/", now, now));
        expect(admins.id() == Group.ADMINISTRATORS && guests.id() == Group.GUESTS, "groups 1 and 2");

        String hash = new Passwords(config.passwordCost()).hash(adminPassword);
        User admin = session.users().insert(
                User.newLocal(adminEmail.toLowerCase(Locale.ROOT), "Administrator", hash, now));
        User guest = session.users().insert(
                User.newLocal("guest@example.com", "Guest", "", now).withFlags(true, true, true));
        expect(admin.id() == 1 && guest.id() == 2, "users 1 and 2");
        session.users().addToGroup(admin.id(), admins.id());
        session.users().addToGroup(guest.id(), guests.id());
    }

    private static void expect(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("Setup needs the store to hand out ids for " + what
                    + " in order, starting at 1; this store did not");
        }
    }
}
