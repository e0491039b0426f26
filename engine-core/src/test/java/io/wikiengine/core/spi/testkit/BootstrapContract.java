package io.wikiengine.core.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.WikiConfig;
import io.wikiengine.core.access.PageRule;
import io.wikiengine.core.access.RuleMatch;
import io.wikiengine.core.group.Group;
import io.wikiengine.core.spi.Storage;
import io.wikiengine.core.user.User;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The storage SPI test-kit: opening a wiki over a backend bootstraps it exactly as Wiki.js setup does. */
public abstract class BootstrapContract {

    /** A fast bcrypt cost: these tests are about the store, not the hash. */
    protected static final WikiConfig CONFIG = WikiConfig.DEFAULTS.withPasswordCost(4);

    protected Storage storage;

    /** A new, empty store. */
    protected abstract Storage newStorage();

    @BeforeEach
    void openStore() {
        storage = newStorage();
    }

    @AfterEach
    void closeStore() {
        storage.close();
    }

    private Wiki open() {
        return Wiki.builder().storage(storage).config(CONFIG).admin("Admin@Example.com", "secret-123").build();
    }

    @Test
    void r_4_3_1_setupCreatesAdministratorsAndGuestsGroups() {
        open();
        List<Group> groups = storage.inTransaction(s -> s.groups().all());
        assertEquals(2, groups.size());
        Group admins = groups.get(0);
        assertEquals(1, admins.id());
        assertEquals("Administrators", admins.name());
        assertEquals(List.of("manage:system"), admins.permissions());
        assertEquals(List.of(), admins.pageRules());
        assertTrue(admins.isSystem());
        Group guests = groups.get(1);
        assertEquals(2, guests.id());
        assertEquals("Guests", guests.name());
        assertEquals(List.of("read:pages", "read:assets", "read:comments"), guests.permissions());
        assertEquals(List.of(new PageRule("guest", false, RuleMatch.START,
                List.of("read:pages", "read:assets", "read:comments"), "", List.of())), guests.pageRules());
        assertTrue(guests.isSystem());
    }

    @Test
    void r_4_3_2_setupCreatesTheAdministratorAndTheGuest() {
        open();
        User admin = storage.inTransaction(s -> s.users().byId(1)).orElseThrow();
        assertEquals("admin@example.com", admin.email());
        assertEquals("Administrator", admin.name());
        assertTrue(admin.isActive());
        assertTrue(admin.isVerified());
        assertFalse(admin.isSystem());
        assertTrue(admin.passwordHash().startsWith("$2a$04$"));
        assertEquals(List.of(1), storage.inTransaction(s -> s.users().groupIds(1)));

        User guest = storage.inTransaction(s -> s.users().byId(2)).orElseThrow();
        assertEquals("guest@example.com", guest.email());
        assertEquals("Guest", guest.name());
        assertEquals("", guest.passwordHash());
        assertTrue(guest.isSystem());
        assertTrue(guest.isActive());
        assertTrue(guest.isVerified());
        assertEquals(List.of(2), storage.inTransaction(s -> s.users().groupIds(2)));
    }

    @Test
    void openingABootstrappedStoreChangesNothing() {
        open();
        List<Group> groups = storage.inTransaction(s -> s.groups().all());
        List<User> users = storage.inTransaction(s -> s.users().all());
        Wiki.builder().storage(storage).config(CONFIG).build();
        Wiki.builder().storage(storage).config(CONFIG).admin("other@example.com", "another-pass").build();
        assertEquals(groups, storage.inTransaction(s -> s.groups().all()));
        assertEquals(users, storage.inTransaction(s -> s.users().all()));
    }

    @Test
    void anEmptyStoreIsRefusedWithoutAnAdministrator() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Wiki.builder().storage(storage).config(CONFIG).build());
        assertTrue(e.getMessage().contains("admin("));
        assertEquals(0, (int) storage.inTransaction(s -> s.groups().count()));
    }
}
