package io.wikiengine.core.access;

import static io.wikiengine.core.access.Fixtures.group;
import static io.wikiengine.core.access.Fixtures.user;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.group.Group;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GlobalChecksTest {

    private final PermissionEngine engine = new PermissionEngine();

    private static final Group ADMINS = group(1, "Administrators", List.of("manage:system"));
    private static final Group EDITORS = group(3, "Editors", List.of("read:pages", "write:pages"));
    private static final Group NAVIGATORS = group(4, "Navigators", List.of("read:pages", "manage:navigation"));

    @Test
    void r_4_4_1_manageSystemPassesAnyGlobalCheck() {
        assertTrue(engine.hasAny(user(Set.of("manage:system")), List.of("manage:users")));
        assertTrue(engine.hasAny(Actor.system(), List.of()));
    }

    @Test
    void r_4_4_1_oneListedScopeIsEnough() {
        assertTrue(engine.hasAny(user(Set.of("write:users")), List.of("manage:users", "write:users", "manage:system")));
    }

    @Test
    void r_4_4_1_noListedScopeFails() {
        assertFalse(engine.hasAny(user(Set.of("read:pages")), List.of("manage:users", "write:users")));
    }

    @Test
    void r_4_4_2_includeWithoutExcludePasses() {
        assertTrue(engine.hasExclusive(user(Set.of("write:groups")), List.of("write:groups"),
                List.of("manage:groups", "manage:system")));
    }

    @Test
    void r_4_4_2_anExcludedScopeFails() {
        assertFalse(engine.hasExclusive(user(Set.of("write:groups", "manage:groups")), List.of("write:groups"),
                List.of("manage:groups", "manage:system")));
    }

    @Test
    void r_4_4_2_noIncludedScopeFails() {
        assertFalse(engine.hasExclusive(user(Set.of("read:pages")), List.of("write:groups"), List.of()));
    }

    @Test
    void r_4_4_2_manageSystemGetsNoBypass() {
        assertFalse(engine.hasExclusive(user(Set.of("manage:system")), List.of("write:groups"), List.of()));
    }

    @Test
    void r_4_4_3_emptyTargetsPassForAnyone() {
        assertTrue(engine.canAssign(user(Set.of()), List.of()));
    }

    @Test
    void r_4_4_3_manageSystemAssignsAnyGroup() {
        assertTrue(engine.canAssign(user(Set.of("manage:system")), List.of(ADMINS, NAVIGATORS)));
    }

    @Test
    void r_4_4_3_anAssigningScopeIsNeeded() {
        assertFalse(engine.canAssign(user(Set.of("read:pages", "write:pages")), List.of(EDITORS)));
    }

    @Test
    void r_4_4_3_contentGroupAssignableWithAnyAssigningScope() {
        for (String scope : List.of("write:users", "manage:users", "write:groups", "manage:groups")) {
            assertTrue(engine.canAssign(user(Set.of(scope)), List.of(EDITORS)), scope);
        }
    }

    @Test
    void r_4_4_3_groupHoldingManageSystemIsNeverAssignableWithoutIt() {
        assertFalse(engine.canAssign(user(Set.of("manage:groups", "manage:users")), List.of(ADMINS)));
    }

    @Test
    void r_4_4_3_administrativeSuffixNeedsManageGroups() {
        assertFalse(engine.canAssign(user(Set.of("manage:users")), List.of(NAVIGATORS)));
        assertTrue(engine.canAssign(user(Set.of("manage:groups")), List.of(NAVIGATORS)));
    }

    @Test
    void r_4_4_3_everyAdministrativeSuffixCounts() {
        for (String permission : List.of("write:users", "manage:groups", "manage:navigation", "manage:theme",
                "manage:api")) {
            Group target = group(5, "G", List.of(permission));
            assertFalse(engine.canAssign(user(Set.of("write:users")), List.of(target)), permission);
        }
    }

    @Test
    void r_4_4_3_everyTargetMustPass() {
        assertFalse(engine.canAssign(user(Set.of("write:users")), List.of(EDITORS, NAVIGATORS)));
    }
}
