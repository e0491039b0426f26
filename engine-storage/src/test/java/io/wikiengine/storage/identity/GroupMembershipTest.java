package io.wikiengine.storage.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wikiengine.core.access.Actor;
import io.wikiengine.core.group.Group;
import io.wikiengine.core.user.UserDetail;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** groups.assignUser and unassignUser (spec) with decisions 16 and 18. */
class GroupMembershipTest extends IdentityFixture {

    private static final String ADMIN_GROUP = "You are not authorized to assign a user to this administrative group.";
    private static final String SYSTEM_GROUP =
            "You are not authorized to assign a user to a group with the manage:system permission.";

    private Group editors;
    private UserDetail ann;

    @BeforeEach
    void setUp() {
        open();
        editors = group("Editors", "write:pages");
        ann = user("ann@example.com");
    }

    private List<Integer> groupsOf(int userId) {
        return wiki.storage().inTransaction(s -> s.users().groupIds(userId));
    }

    @Test
    void r_8_6_assignAddsTheMembershipAndRevokesTheUsersTokens() {
        wiki.groups().assignUser(actor(9, "manage:users"), editors.id(), ann.id());
        assertEquals(List.of(editors.id()), groupsOf(ann.id()));
        assertEquals(Optional.of(NOW), revokedAt("u" + ann.id()));
    }

    @Test
    void r_8_6_theGuestCannotBeAssigned() {
        assertPlain("Cannot assign the Guest user to a group.", () -> wiki.groups().assignUser(ADMIN, 99, Actor.GUEST_ID));
    }

    @Test
    void r_8_6_anUnknownGroupIsInvalid() {
        assertPlain("Invalid Group ID", () -> wiki.groups().assignUser(ADMIN, 99, 98));
    }

    @Test
    void r_8_6_lesserActorsCannotAssignToAnAdministrativeGroup() {
        Group nav = group("Nav", "manage:navigation");
        assertPlain(ADMIN_GROUP, () -> wiki.groups().assignUser(actor(9, "manage:users"), nav.id(), ann.id()));
        assertPlain(ADMIN_GROUP, () -> wiki.groups().assignUser(actor(9, "write:groups"), nav.id(), ann.id()));
        assertPlain(ADMIN_GROUP,
                () -> wiki.groups().assignUser(actor(9, "write:groups"), Group.ADMINISTRATORS, ann.id()));
        wiki.groups().assignUser(actor(9, "manage:groups"), nav.id(), ann.id());
        assertEquals(List.of(nav.id()), groupsOf(ann.id()));
    }

    @Test
    void r_8_6_manageGroupsCannotAssignToAGroupWithManageSystem() {
        assertPlain(SYSTEM_GROUP,
                () -> wiki.groups().assignUser(actor(9, "manage:groups"), Group.ADMINISTRATORS, ann.id()));
        wiki.groups().assignUser(ADMIN, Group.ADMINISTRATORS, ann.id());
        assertEquals(List.of(Group.ADMINISTRATORS), groupsOf(ann.id()));
    }

    @Test
    void r_8_6_theGroupChecksComeBeforeTheUserCheck() {
        assertPlain(SYSTEM_GROUP, () -> wiki.groups().assignUser(actor(9, "manage:groups"), Group.ADMINISTRATORS, 99));
    }

    @Test
    void r_8_6_anUnknownUserIsInvalid() {
        assertPlain("Invalid User ID", () -> wiki.groups().assignUser(ADMIN, editors.id(), 99));
    }

    @Test
    void r_8_6_aMemberCannotBeAssignedTwice() {
        wiki.groups().assignUser(ADMIN, editors.id(), ann.id());
        assertPlain("User is already assigned to group.", () -> wiki.groups().assignUser(ADMIN, editors.id(), ann.id()));
    }

    @Test
    void r_8_6_assignNeedsAMembershipScope() {
        assertPlain("Forbidden", () -> wiki.groups().assignUser(actor(9, "write:users"), editors.id(), ann.id()));
        assertEquals(List.of(), groupsOf(ann.id()));
    }

    @Test
    void r_8_7_unassignRemovesTheMembershipAndRevokesTheUsersTokens() {
        wiki.groups().assignUser(ADMIN, editors.id(), ann.id());
        wiki.storage().run(s -> s.revocations().purgeBefore(NOW.plusSeconds(1)));
        wiki.groups().unassignUser(actor(9, "write:groups"), editors.id(), ann.id());
        assertEquals(List.of(), groupsOf(ann.id()));
        assertEquals(Optional.of(NOW), revokedAt("u" + ann.id()));
    }

    @Test
    void r_8_7_unassignOfANonMemberIsNoError() {
        wiki.groups().unassignUser(ADMIN, editors.id(), ann.id());
        assertEquals(List.of(), groupsOf(ann.id()));
    }

    @Test
    void decision18_theGuestKeepsItsGroups() {
        assertPlain("Cannot unassign Guest user",
                () -> wiki.groups().unassignUser(ADMIN, Group.GUESTS, Actor.GUEST_ID));
        assertEquals(List.of(Group.GUESTS), groupsOf(Actor.GUEST_ID));
    }

    @Test
    void decision18_theAdministratorKeepsTheAdministratorsGroup() {
        assertPlain("Cannot unassign Administrator user from Administrators group.",
                () -> wiki.groups().unassignUser(SYSTEM, Group.ADMINISTRATORS, Actor.ADMIN_ID));
        assertEquals(List.of(Group.ADMINISTRATORS), groupsOf(Actor.ADMIN_ID));
    }

    @Test
    void r_8_7_anUnknownGroupOrUserIsInvalid() {
        assertPlain("Invalid Group ID", () -> wiki.groups().unassignUser(ADMIN, 99, ann.id()));
        assertPlain("Invalid User ID", () -> wiki.groups().unassignUser(ADMIN, editors.id(), 99));
    }

    @Test
    void r_8_7_unassignNeedsAMembershipScope() {
        wiki.groups().assignUser(ADMIN, editors.id(), ann.id());
        assertPlain("Forbidden", () -> wiki.groups().unassignUser(actor(9, "read:pages"), editors.id(), ann.id()));
        assertEquals(List.of(editors.id()), groupsOf(ann.id()));
    }
}
