package io.wikiengine.storage.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.PageRule;
import io.wikiengine.core.access.PageTarget;
import io.wikiengine.core.access.RuleMatch;
import io.wikiengine.core.group.Group;
import io.wikiengine.core.group.GroupDetail;
import io.wikiengine.core.group.GroupMinimal;
import io.wikiengine.core.group.GroupUpdate;
import io.wikiengine.core.user.UserDetail;
import io.wikiengine.core.user.UserMinimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** groups.list, single, create, update and delete (spec) with decision 17. */
class GroupServiceTest extends IdentityFixture {

    private static final List<String> DEFAULTS = List.of("read:pages", "read:assets", "read:comments", "write:comments");
    private static final String ADMIN_REFUSED =
            "You are not authorized to manage this group or assign these administrative permissions.";
    private static final String SYSTEM_REFUSED =
            "You are not authorized to manage this group or assign the manage:system permissions.";

    @BeforeEach
    void setUp() {
        open();
    }

    private static GroupUpdate edit(Group group, List<String> permissions) {
        return new GroupUpdate(group.id(), group.name(), group.redirectOnLogin(), permissions, group.pageRules());
    }

    private Group stored(Group group) {
        return groupById(group.id());
    }

    private Group groupById(int id) {
        return wiki.storage().inTransaction(s -> s.groups().byId(id)).orElseThrow();
    }

    @Test
    void r_4_3_3_createGivesTheDefaults() {
        Group made = wiki.groups().create(actor(9, "write:groups"), "Editors");
        assertEquals(3, made.id());
        assertEquals("Editors", made.name());
        assertEquals(DEFAULTS, made.permissions());
        assertEquals(List.of(new PageRule("default", false, RuleMatch.START, DEFAULTS, "", List.of())),
                made.pageRules());
        assertFalse(made.isSystem());
        assertEquals("/", made.redirectOnLogin());
        assertEquals(NOW, made.createdAt());
        assertEquals(made, stored(made));
    }

    @Test
    void r_8_3_namesAreNeitherCheckedNorUnique() {
        wiki.groups().create(ADMIN, "Same");
        wiki.groups().create(ADMIN, "Same");
        assertEquals(5, wiki.groups().create(ADMIN, "").id());
    }

    @Test
    void r_8_3_createNeedsAGroupScope() {
        assertPlain("Forbidden", () -> wiki.groups().create(actor(9, "manage:users"), "X"));
    }

    @Test
    void r_8_2_listHasEveryGroupWithItsUserCount() {
        Group a = group("A", "read:pages");
        user("ann@example.com", a.id());
        user("bob@example.com", a.id(), Group.GUESTS);
        List<GroupMinimal> groups = wiki.groups().list(actor(9, "write:users"));
        assertEquals(List.of("Administrators", "Guests", "A"), groups.stream().map(GroupMinimal::name).toList());
        assertEquals(List.of(1, 2, 2), groups.stream().map(GroupMinimal::userCount).toList());
        assertTrue(groups.get(0).isSystem());
        assertFalse(groups.get(2).isSystem());
    }

    @Test
    void r_8_2_singleHasTheMembersAndIsEmptyForAnUnknownId() {
        Group a = group("A", "read:pages");
        UserDetail ann = user("ann@example.com", a.id());
        GroupDetail detail = wiki.groups().single(actor(9, "write:groups"), a.id()).orElseThrow();
        assertEquals(stored(a), detail.group());
        assertEquals(List.of(ann.id()), detail.users().stream().map(UserMinimal::id).toList());
        assertEquals(Optional.empty(), wiki.groups().single(ADMIN, 99));
    }

    @Test
    void r_8_2_singleNeedsAGroupScope() {
        assertPlain("Forbidden", () -> wiki.groups().single(actor(9, "manage:users"), 1));
    }

    @Test
    void r_8_4_updateReplacesEveryField() {
        Group a = group("A", "read:pages");
        List<PageRule> rules = List.of(PageRule.deny("r1", RuleMatch.EXACT, "secret", List.of("read:pages")),
                PageRule.allow("r2", RuleMatch.REGEX, "^docs/[a-z]+$", List.of("read:pages")));
        Group updated = wiki.groups().update(actor(9, "write:groups"),
                new GroupUpdate(a.id(), "Renamed", "/welcome", List.of("write:pages"), rules)).orElseThrow();
        assertEquals(updated, stored(a));
        assertEquals("Renamed", updated.name());
        assertEquals("/welcome", updated.redirectOnLogin());
        assertEquals(List.of("write:pages"), updated.permissions());
        assertEquals(rules, updated.pageRules());
        assertEquals(a.createdAt(), updated.createdAt());
    }

    @Test
    void r_8_4_anEmptyRedirectBecomesSlash() {
        Group a = group("A", "read:pages");
        wiki.groups().update(ADMIN, new GroupUpdate(a.id(), "A", "/x", a.permissions(), a.pageRules()));
        wiki.groups().update(ADMIN, new GroupUpdate(a.id(), "A", "", a.permissions(), a.pageRules()));
        assertEquals("/", stored(a).redirectOnLogin());
    }

    @Test
    void r_8_4_anUnsafeRegexRuleIsRefused() {
        Group a = group("A", "read:pages");
        List<PageRule> rules = List.of(PageRule.allow("r", RuleMatch.REGEX, "(a+)+$", List.of("read:pages")));
        assertPlain("Some Page Rules contains unsafe or exponential time regex.", () -> wiki.groups().update(ADMIN,
                new GroupUpdate(a.id(), "A", "/", a.permissions(), rules)));
        assertEquals(a.pageRules(), stored(a).pageRules());
    }

    @Test
    void r_8_4_theRegexHeuristicIgnoresOtherMatchTypes() {
        Group a = group("A", "read:pages");
        List<PageRule> rules = List.of(PageRule.allow("r", RuleMatch.EXACT, "(a+)+$", List.of("read:pages")));
        wiki.groups().update(ADMIN, new GroupUpdate(a.id(), "A", "/", a.permissions(), rules));
        assertEquals(rules, stored(a).pageRules());
    }

    @Test
    void r_8_4_writeGroupsMayNotGrantAdministrativePermissions() {
        Group a = group("A", "read:pages");
        for (String scope : List.of("write:users", "manage:groups", "manage:navigation", "manage:theme", "manage:api",
                "manage:system")) {
            assertPlain(ADMIN_REFUSED, () -> wiki.groups().update(actor(9, "write:groups"), edit(a, List.of(scope))));
        }
        assertEquals(List.of("read:pages"), stored(a).permissions());
        wiki.groups().update(actor(9, "write:groups"), edit(a, List.of("write:pages", "manage:comments")));
        assertEquals(List.of("write:pages", "manage:comments"), stored(a).permissions());
    }

    @Test
    void r_8_4_manageGroupsMayNotGrantManageSystem() {
        Group a = group("A", "read:pages");
        assertPlain(SYSTEM_REFUSED, () -> wiki.groups().update(actor(9, "manage:groups"),
                edit(a, List.of("manage:system"))));
        wiki.groups().update(actor(9, "manage:groups"), edit(a, List.of("manage:users", "manage:api")));
        assertEquals(List.of("manage:users", "manage:api"), stored(a).permissions());
    }

    @Test
    void r_8_4_theRegexCheckComesBeforeThePermissionChecks() {
        Group a = group("A", "read:pages");
        List<PageRule> rules = List.of(PageRule.allow("r", RuleMatch.REGEX, "(x*)*", List.of("read:pages")));
        assertPlain("Some Page Rules contains unsafe or exponential time regex.", () -> wiki.groups().update(
                actor(9, "write:groups"), new GroupUpdate(a.id(), "A", "/", List.of("manage:system"), rules)));
    }

    @Test
    void r_8_4_anUnknownIdSilentlyUpdatesNothing() {
        assertEquals(Optional.empty(), wiki.groups().update(ADMIN,
                new GroupUpdate(99, "Ghost", "/", List.of("read:pages"), List.of())));
        assertEquals(2, wiki.groups().list(ADMIN).size());
        assertEquals(Optional.empty(), revokedAt("g99"));
    }

    @Test
    void r_8_4_updateNeedsAGroupScope() {
        assertPlain("Forbidden", () -> wiki.groups().update(actor(9, "manage:users"),
                new GroupUpdate(2, "Guests", "/", List.of(), List.of())));
    }

    @Test
    void decision16_updateRevokesTheGroupsTokens() {
        Group a = group("A", "read:pages");
        wiki.storage().run(s -> s.revocations().purgeBefore(NOW.plusSeconds(1)));
        wiki.groups().update(ADMIN, edit(a, List.of("write:pages")));
        assertEquals(Optional.of(NOW), revokedAt("g" + a.id()));
    }

    @Test
    void decision17_writeGroupsCannotTouchAGroupHoldingAdministrativePermissions() {
        Group admins = group("UserAdmins", "manage:users");
        assertPlain(ADMIN_REFUSED, () -> wiki.groups().update(actor(9, "write:groups"),
                edit(admins, List.of("read:pages"))));
        assertEquals(List.of("manage:users"), stored(admins).permissions());
    }

    @Test
    void decision17_writeGroupsCannotDemoteTheAdministrators() {
        Group administrators = groupById(Group.ADMINISTRATORS);
        assertPlain(ADMIN_REFUSED, () -> wiki.groups().update(actor(9, "write:groups"),
                edit(administrators, List.of("read:pages"))));
        assertEquals(List.of("manage:system"), stored(administrators).permissions());
    }

    @Test
    void decision17_manageGroupsCannotTouchAGroupHoldingManageSystem() {
        Group administrators = groupById(Group.ADMINISTRATORS);
        assertPlain(SYSTEM_REFUSED, () -> wiki.groups().update(actor(9, "manage:groups"),
                edit(administrators, List.of("manage:users"))));
        Group roots = group("Roots", "manage:system", "read:pages");
        assertPlain(SYSTEM_REFUSED, () -> wiki.groups().update(actor(9, "manage:groups"),
                edit(roots, List.of("read:pages"))));
    }

    @Test
    void decision17_groupOneKeepsManageSystemWhoeverAsks() {
        Group administrators = groupById(Group.ADMINISTRATORS);
        assertPlain("Cannot remove the manage:system permission from the Administrators group.",
                () -> wiki.groups().update(ADMIN, edit(administrators, List.of("read:pages"))));
        assertEquals(List.of("manage:system"), stored(administrators).permissions());
        wiki.groups().update(ADMIN, new GroupUpdate(1, "Admins", "/admin", List.of("manage:system", "read:pages"),
                List.of()));
        assertEquals("Admins", stored(administrators).name());
        assertTrue(stored(administrators).isSystem());
    }

    @Test
    void r_8_5_groupsOneAndTwoCannotBeDeleted() {
        assertPlain("Cannot delete this group.", () -> wiki.groups().delete(ADMIN, 1));
        assertPlain("Cannot delete this group.", () -> wiki.groups().delete(ADMIN, 2));
        assertEquals(2, wiki.groups().list(ADMIN).size());
    }

    @Test
    void r_8_5_deleteRemovesTheGroupAndItsMembershipsAndRevokesItsTokens() {
        Group a = group("A", "read:pages");
        UserDetail ann = user("ann@example.com", a.id());
        wiki.groups().delete(actor(9, "manage:groups"), a.id());
        assertEquals(Optional.empty(), wiki.groups().single(ADMIN, a.id()));
        assertEquals(List.of(), wiki.users().single(ADMIN, ann.id()).groups());
        assertEquals(Optional.of(NOW), revokedAt("g" + a.id()));
    }

    @Test
    void r_8_5_deleteOfAnUnknownIdIsNoError() {
        wiki.groups().delete(ADMIN, 42);
        assertEquals(2, wiki.groups().list(ADMIN).size());
    }

    @Test
    void r_8_5_deleteNeedsAGroupScope() {
        Group a = group("A", "read:pages");
        assertPlain("Forbidden", () -> wiki.groups().delete(actor(9, "manage:users"), a.id()));
    }

    @Test
    void decision39_groupIdsGoUpByOneAfterRefusals() {
        group("A", "read:pages");
        assertPlain("Forbidden", () -> wiki.groups().create(actor(9, "read:pages"), "B"));
        assertEquals(4, wiki.groups().create(ADMIN, "B").id());
    }

    private boolean canRead(Group group, String path) {
        Actor member = Actor.user(9, "m@example.com", "M", Set.of("read:pages"), List.of(group.id()));
        return wiki.permissions().check(member, List.of("read:pages"), PageTarget.page(path, "en"));
    }

    @Test
    void r_4_5_9_aCreatedGroupsRulesApplyAtOnce() {
        Group made = wiki.groups().create(ADMIN, "Readers");
        assertTrue(canRead(made, "docs/a"));
    }

    @Test
    void r_4_5_9_anUpdatedGroupsRulesApplyAtOnce() {
        Group a = group("A", "read:pages");
        wiki.groups().update(ADMIN, new GroupUpdate(a.id(), "A", "/", a.permissions(),
                List.of(PageRule.allow("r", RuleMatch.START, "public", List.of("read:pages")))));
        assertTrue(canRead(a, "public/x"));
        assertFalse(canRead(a, "docs/a"));
    }

    @Test
    void r_4_5_9_aDeletedGroupsRulesStopAtOnce() {
        Group a = group("A", "read:pages");
        assertTrue(canRead(a, "docs/a"));
        wiki.groups().delete(ADMIN, a.id());
        assertFalse(canRead(a, "docs/a"));
    }
}
