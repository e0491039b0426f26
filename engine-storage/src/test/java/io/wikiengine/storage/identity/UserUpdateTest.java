package io.wikiengine.storage.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.group.Group;
import io.wikiengine.core.user.NewUser;
import io.wikiengine.core.user.User;
import io.wikiengine.core.user.UserDetail;
import io.wikiengine.core.user.UserUpdate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** users.update (spec) with decisions 16 and 20. */
class UserUpdateTest extends IdentityFixture {

    private static final String REFUSED =
            "You are not authorized to modify / assign a user from / to an administrative group.";

    private UserDetail ann;

    @BeforeEach
    void setUp() {
        open();
        ann = user("ann@example.com");
    }

    @Test
    void r_7_8_unknownIdIs1016() {
        assertError(WikiError.USER_NOT_FOUND, () -> wiki.users().update(ADMIN, UserUpdate.of(99).withName("Zed")));
    }

    @Test
    void r_7_8_updateNeedsManageUsers() {
        assertPlain("Forbidden", () -> wiki.users().update(actor(9, "write:users"), UserUpdate.of(ann.id())));
    }

    @Test
    void decision20_updateStoresTheEmailLowerCased() {
        wiki.users().update(ADMIN, UserUpdate.of(ann.id()).withEmail("Ann.New@Example.COM"));
        assertEquals("ann.new@example.com", stored(ann.id()).email());
    }

    @Test
    void r_7_8_anEmailTakenInTheProviderIs1004EvenInAnotherCase() {
        assertError(WikiError.AUTH_ACCOUNT_ALREADY_EXISTS,
                () -> wiki.users().update(ADMIN, UserUpdate.of(ann.id()).withEmail("ADMIN@example.com")));
        assertEquals("ann@example.com", stored(ann.id()).email());
    }

    @Test
    void r_7_8_theSameEmailInAnotherCaseIsNoChange() {
        wiki.users().update(ADMIN, UserUpdate.of(ann.id()).withEmail("ANN@example.com"));
        assertEquals("ann@example.com", stored(ann.id()).email());
    }

    @Test
    void r_7_8_aShortPasswordIs1012WithItsMessage() {
        String before = stored(ann.id()).passwordHash();
        assertError(WikiError.INPUT_INVALID, "Password must be at least 6 characters!",
                () -> wiki.users().update(ADMIN, UserUpdate.of(ann.id()).withNewPassword("12345")));
        assertEquals(before, stored(ann.id()).passwordHash());
    }

    @Test
    void r_7_8_aNewPasswordIsHashed() {
        String before = stored(ann.id()).passwordHash();
        wiki.users().update(ADMIN, UserUpdate.of(ann.id()).withNewPassword("another-pass"));
        String after = stored(ann.id()).passwordHash();
        assertNotEquals(before, after);
        assertTrue(after.startsWith("$2a$04$"), after);
    }

    @Test
    void r_7_8_nameLocationAndJobTitleAreTrimmed() {
        UserDetail updated = wiki.users().update(ADMIN, UserUpdate.of(ann.id()).withName("  Ann B  ")
                .withLocationAndJobTitle(" Paris ", " Boss ").withDisplay("Europe/Paris", "YYYY-MM-DD", "dark"));
        assertEquals("Ann B", updated.name());
        assertEquals("Paris", updated.location());
        assertEquals("Boss", updated.jobTitle());
        assertEquals("Europe/Paris", updated.timezone());
        assertEquals("YYYY-MM-DD", updated.dateFormat());
        assertEquals("dark", updated.appearance());
        assertEquals(updated, wiki.users().single(ADMIN, ann.id()));
    }

    @Test
    void r_7_8_emptyValuesAreIgnored() {
        wiki.users().update(ADMIN, UserUpdate.of(ann.id()).withName("Ann B").withLocationAndJobTitle("Paris", "Boss")
                .withDisplay("Europe/Paris", "DD/MM/YYYY", "light"));
        User before = stored(ann.id());
        wiki.users().update(ADMIN, new UserUpdate(ann.id(), "", "", "", null, "", "", "", null, null));
        User after = stored(ann.id());
        assertEquals(before.email(), after.email());
        assertEquals("Ann B", after.name());
        assertEquals(before.passwordHash(), after.passwordHash());
        assertEquals("Paris", after.location());
        assertEquals("Boss", after.jobTitle());
        assertEquals("Europe/Paris", after.timezone());
        assertEquals("DD/MM/YYYY", after.dateFormat());
        assertEquals("light", after.appearance());
    }

    @Test
    void r_7_8_dateFormatAndAppearanceMayBeSetToEmpty() {
        wiki.users().update(ADMIN, UserUpdate.of(ann.id()).withDisplay(null, "DD/MM/YYYY", "dark"));
        wiki.users().update(ADMIN, UserUpdate.of(ann.id()).withDisplay(null, "", ""));
        assertEquals("", stored(ann.id()).dateFormat());
        assertEquals("", stored(ann.id()).appearance());
    }

    @Test
    void r_7_8_groupsAreReplaced() {
        Group a = group("A", "read:pages");
        Group b = group("B", "write:pages");
        wiki.users().update(ADMIN, UserUpdate.of(ann.id()).withGroups(List.of(a.id())));
        UserDetail updated = wiki.users().update(ADMIN, UserUpdate.of(ann.id()).withGroups(List.of(b.id())));
        assertEquals(List.of(b), updated.groups());
        assertEquals(List.of(b), wiki.users().single(ADMIN, ann.id()).groups());
    }

    @Test
    void decision16_changedGroupsRevokeTheUsersTokens() {
        Group a = group("A", "read:pages");
        assertEquals(Optional.empty(), revokedAt("u" + ann.id()));
        wiki.users().update(ADMIN, UserUpdate.of(ann.id()).withGroups(List.of(a.id())));
        assertEquals(Optional.of(NOW), revokedAt("u" + ann.id()));
    }

    @Test
    void decision16_unchangedGroupsAndOtherFieldsRevokeNothing() {
        Group a = group("A", "read:pages");
        UserDetail bob = user("bob@example.com", a.id());
        wiki.users().update(ADMIN, UserUpdate.of(bob.id()).withGroups(List.of(a.id())).withName("Bobby"));
        assertEquals(Optional.empty(), revokedAt("u" + bob.id()));
    }

    @Test
    void decision16_userOneCannotLoseGroupOne() {
        Group a = group("A", "read:pages");
        assertPlain("Cannot unassign Administrator user from Administrators group.",
                () -> wiki.users().update(SYSTEM, UserUpdate.of(1).withGroups(List.of(a.id()))));
        assertEquals(List.of(Group.ADMINISTRATORS), wiki.users().single(ADMIN, 1).groups().stream().map(Group::id).toList());
        wiki.users().update(SYSTEM, UserUpdate.of(1).withGroups(List.of(Group.ADMINISTRATORS, a.id())));
        assertEquals(2, wiki.users().single(ADMIN, 1).groups().size());
    }

    @Test
    void r_4_4_3_assigningAnAdministrativeGroupIsRefusedToALesserActor() {
        assertPlain(REFUSED, () -> wiki.users().update(actor(9, "manage:users"),
                UserUpdate.of(ann.id()).withGroups(List.of(Group.ADMINISTRATORS))));
        assertEquals(List.of(), wiki.users().single(ADMIN, ann.id()).groups());
    }

    @Test
    void r_4_4_3_removingFromAnAdministrativeGroupIsRefusedToALesserActor() {
        UserDetail boss = wiki.users().create(SYSTEM, NewUser.local("boss@example.com", "Boss", "password-1")
                .withGroups(List.of(Group.ADMINISTRATORS)));
        Group a = group("A", "read:pages");
        assertPlain(REFUSED, () -> wiki.users().update(actor(9, "manage:users"),
                UserUpdate.of(boss.id()).withGroups(List.of(a.id()))));
        assertEquals(List.of(Group.ADMINISTRATORS),
                wiki.users().single(ADMIN, boss.id()).groups().stream().map(Group::id).toList());
    }

    @Test
    void r_4_4_3_theAssignmentCheckComesBeforeTheExistenceCheck() {
        assertPlain(REFUSED, () -> wiki.users().update(actor(9, "manage:users"),
                UserUpdate.of(99).withGroups(List.of(Group.ADMINISTRATORS))));
    }

    @Test
    void r_4_4_3_aManageUsersActorMayAssignContentGroups() {
        Group a = group("A", "read:pages", "write:comments");
        assertEquals(List.of(a), wiki.users().update(actor(9, "manage:users"),
                UserUpdate.of(ann.id()).withGroups(List.of(a.id()))).groups());
    }

    @Test
    void r_7_8_groupsThatDoNotExistAre1012() {
        assertError(WikiError.INPUT_INVALID, "Invalid Group ID",
                () -> wiki.users().update(ADMIN, UserUpdate.of(ann.id()).withGroups(List.of(55))));
    }

    @Test
    void r_7_8_aFailedUpdateChangesNothing() {
        Group a = group("A", "read:pages");
        assertError(WikiError.INPUT_INVALID, () -> wiki.users().update(ADMIN, UserUpdate.of(ann.id())
                .withName("Renamed").withGroups(List.of(a.id())).withNewPassword("short")));
        assertEquals("User ann@example.com", stored(ann.id()).name());
        assertEquals(List.of(), wiki.users().single(ADMIN, ann.id()).groups());
        assertEquals(Optional.empty(), revokedAt("u" + ann.id()));
    }
}
