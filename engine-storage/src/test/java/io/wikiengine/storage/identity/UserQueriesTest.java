package io.wikiengine.storage.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.access.Actor;
import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.group.Group;
import io.wikiengine.core.user.UserDetail;
import io.wikiengine.core.user.UserLastLogin;
import io.wikiengine.core.user.UserMinimal;
import io.wikiengine.core.user.UserProfile;
import io.wikiengine.core.user.UserUpdate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** users.list, search, single, profile and lastLogins (spec ). */
class UserQueriesTest extends IdentityFixture {

    @BeforeEach
    void setUp() {
        open();
    }

    @Test
    void r_7_2_listReturnsEveryUserGuestIncluded() {
        user("ann@example.com");
        List<UserMinimal> users = wiki.users().list(actor(9, "write:users"));
        assertEquals(List.of(1, 2, 3), users.stream().map(UserMinimal::id).toList());
        UserMinimal guest = users.get(1);
        assertEquals("guest@example.com", guest.email());
        assertTrue(guest.isSystem());
        assertTrue(guest.isActive());
        assertEquals(NOW, guest.createdAt());
        assertNull(guest.lastLoginAt());
    }

    @Test
    void r_7_2_listNeedsAUserScope() {
        assertPlain("Forbidden", () -> wiki.users().list(actor(9, "write:groups")));
    }

    @Test
    void r_7_3_searchMatchesEmailOrNameAndStopsAtTen() {
        for (int i = 0; i < 12; i++) {
            user("member" + i + "@corp.org");
        }
        assertEquals(10, wiki.users().search(actor(9, "write:groups"), "corp.org").size());
        assertEquals(List.of("admin@example.com"),
                wiki.users().search(ADMIN, "ADMINISTRATOR").stream().map(UserMinimal::email).toList());
    }

    @Test
    void decision14_searchReturnsIsSystemAndIsActive() {
        UserDetail ann = user("ann@example.com");
        wiki.users().deactivate(SYSTEM, ann.id());
        List<UserMinimal> hits = wiki.users().search(ADMIN, "e");
        UserMinimal guest = hits.stream().filter(u -> u.id() == 2).findFirst().orElseThrow();
        UserMinimal found = hits.stream().filter(u -> u.id() == ann.id()).findFirst().orElseThrow();
        assertTrue(guest.isSystem());
        assertTrue(guest.isActive());
        assertFalse(found.isSystem());
        assertFalse(found.isActive());
    }

    @Test
    void r_7_3_searchNeedsAUserOrGroupScope() {
        assertPlain("Forbidden", () -> wiki.users().search(actor(9, "manage:pages"), "a"));
    }

    @Test
    void r_7_4_singleReturnsTheFullUserWithGroups() {
        Group editors = group("Editors", "write:pages");
        UserDetail ann = user("ann@example.com", editors.id());
        UserDetail single = wiki.users().single(actor(9, "manage:users"), ann.id());
        assertEquals(ann, single);
        assertEquals(List.of(editors), single.groups());
        assertEquals("America/New_York", single.timezone());
        assertTrue(single.isVerified());
    }

    @Test
    void decision15_singleOfAnUnknownIdIs1016() {
        assertError(WikiError.USER_NOT_FOUND, () -> wiki.users().single(ADMIN, 42));
    }

    @Test
    void r_7_4_singleNeedsManageUsers() {
        assertPlain("Forbidden", () -> wiki.users().single(actor(9, "write:users"), 1));
    }

    @Test
    void r_7_5_profileOfTheGuestIs1019() {
        assertError(WikiError.AUTH_REQUIRED,
                () -> wiki.users().profile(Actor.guest(Set.of("read:pages"), List.of(Group.GUESTS))));
    }

    @Test
    void r_7_5_profileOfTheSystemIs1019() {
        assertError(WikiError.AUTH_REQUIRED, () -> wiki.users().profile(SYSTEM));
    }

    @Test
    void r_7_5_anApiKeyHasNoProfileEvenThoughItActsAsUser1() {
        // A key acts for user 1 but is nobody's session: it must not read the administrator's profile,
        // as updateProfile and changePassword already refuse it.
        assertError(WikiError.AUTH_REQUIRED, () -> wiki.users().profile(Actor.apiKey(1, Set.of(), List.of())));
    }

    @Test
    void r_7_5_profileOfAnInactiveUserIs1013() {
        UserDetail ann = user("ann@example.com");
        wiki.users().deactivate(SYSTEM, ann.id());
        assertError(WikiError.AUTH_ACCOUNT_BANNED, () -> wiki.users().profile(actor(ann.id())));
    }

    @Test
    void r_7_5_profileOfADeletedUserIs1019() {
        UserDetail ann = user("ann@example.com");
        wiki.users().delete(SYSTEM, ann.id(), 1);
        assertError(WikiError.AUTH_REQUIRED, () -> wiki.users().profile(actor(ann.id())));
    }

    @Test
    void r_7_5_profileHasGroupNamesAndFallsBackToUpdatedAtForLastLogin() {
        Group editors = group("Editors", "write:pages");
        Group readers = group("Readers", "read:pages");
        UserDetail ann = user("ann@example.com", readers.id(), editors.id());
        wiki.users().update(SYSTEM, UserUpdate.of(ann.id()).withLocationAndJobTitle("Paris", "Boss"));
        UserProfile profile = wiki.users().profile(actor(ann.id()));
        assertEquals(List.of("Editors", "Readers"), profile.groups());
        assertEquals(profile.updatedAt(), profile.lastLoginAt());
        assertEquals("Paris", profile.location());
        assertEquals("Boss", profile.jobTitle());
        assertEquals("ann@example.com", profile.email());
        loggedIn(ann.id(), NOW.plusSeconds(60));
        assertEquals(NOW.plusSeconds(60), wiki.users().profile(actor(ann.id())).lastLoginAt());
    }

    @Test
    void r_7_6_lastLoginsAreTheTenLatestNewestFirst() {
        for (int i = 0; i < 11; i++) {
            user("u" + i + "@example.com");
        }
        for (int id = 1; id <= 12; id++) {
            loggedIn(id, NOW.plusSeconds(id));
        }
        user("never@example.com");
        List<UserLastLogin> logins = wiki.users().lastLogins(actor(9, "manage:groups"));
        assertEquals(List.of(12, 11, 10, 9, 8, 7, 6, 5, 4, 3), logins.stream().map(UserLastLogin::id).toList());
        assertEquals(NOW.plusSeconds(12), logins.get(0).lastLoginAt());
        assertEquals("User u9@example.com", logins.get(0).name());
    }

    @Test
    void r_7_6_lastLoginsNeedAUserOrGroupScope() {
        assertPlain("Forbidden", () -> wiki.users().lastLogins(actor(9, "read:pages")));
    }
}
