package io.wikiengine.storage.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.PageRule;
import io.wikiengine.core.access.PageTarget;
import io.wikiengine.core.access.RuleMatch;
import io.wikiengine.core.access.Scope;
import io.wikiengine.core.auth.RequestRejectedException;
import io.wikiengine.core.group.Group;
import io.wikiengine.core.group.GroupUpdate;
import io.wikiengine.core.user.NewUser;
import io.wikiengine.core.user.UserDetail;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What one instance does through the wiki's services, the other enforces within a second: group rules,
 * deactivations, token revocations, API keys and the API switch.
 */
class InstancesPostgresTest {

    private static final Actor SYSTEM = Actor.system();

    private static PostgresDatabase database;

    private TwoInstances two;

    @BeforeAll
    static void database() {
        database = PostgresDatabase.require();
    }

    @BeforeEach
    void open() {
        two = new TwoInstances(database);
    }

    @AfterEach
    void close() {
        two.close();
    }

    private Group editors() {
        Group group = two.a.groups().create(SYSTEM, "Editors");
        return two.a.groups().update(SYSTEM, new GroupUpdate(group.id(), "Editors", "/",
                List.of(Scope.READ_PAGES.wire(), Scope.WRITE_PAGES.wire()), group.pageRules())).orElseThrow();
    }

    private int alice(int... groups) {
        List<Integer> ids = java.util.Arrays.stream(groups).boxed().toList();
        UserDetail created = two.a.users().create(SYSTEM, new NewUser("alice@example.com", "Alice", "alice-pass",
                "local", ids, false, false));
        return created.id();
    }

    private String loginOnB() {
        String jwt = two.b.auth().login("alice@example.com", "alice-pass", "local").jwt();
        assertNotNull(jwt);
        return jwt;
    }

    private static boolean rejected(io.wikiengine.core.Wiki wiki, String key, RequestRejectedException.Reason reason) {
        try {
            wiki.auth().resolve(key);
            return false;
        } catch (RequestRejectedException e) {
            return e.reason() == reason;
        }
    }

    @Test
    void groupRulesChangedThroughTheServiceOnAAreEnforcedOnB() {
        Group editors = editors();
        Actor actor = Actor.user(99, "x@example.com", "X", Set.of(Scope.READ_PAGES.wire()), List.of(editors.id()));
        PageTarget secret = PageTarget.page("secret/plans", "en");
        // The group was just created and given rules on A: B learns of it through a notification, not at once.
        TwoInstances.within1s(() -> two.b.permissions().check(actor, Scope.READ_PAGES, secret));
        List<PageRule> rules = new java.util.ArrayList<>(editors.pageRules());
        rules.add(new PageRule("no-secret", true, RuleMatch.START, List.of(Scope.READ_PAGES.wire()), "secret",
                List.of()));
        two.a.groups().update(SYSTEM, new GroupUpdate(editors.id(), "Editors", "/", editors.permissions(), rules));
        TwoInstances.within1s(() -> !two.b.permissions().check(actor, Scope.READ_PAGES, secret));
    }

    @Test
    void aGroupCreatedOnAIsKnownToBsPermissionEngine() {
        Group editors = editors();
        Actor actor = Actor.user(99, "x@example.com", "X", Set.of(Scope.READ_PAGES.wire()), List.of(editors.id()));
        TwoInstances.within1s(() -> two.b.permissions().check(actor, Scope.READ_PAGES,
                PageTarget.page("any/page", "en")));
    }

    @Test
    void aUserDeactivatedOnAIsRefusedOnB() {
        int id = alice(editors().id());
        String jwt = loginOnB();
        assertFalse(two.b.auth().resolve(jwt).refused());
        two.a.users().deactivate(SYSTEM, id);
        TwoInstances.within1s(() -> two.b.auth().resolve(jwt).refused());
    }

    @Test
    void aTokenRevokedOnAIsNotTakenAsItStandsOnB() {
        Group editors = editors();
        int id = alice(editors.id());
        String jwt = loginOnB();
        assertEquals(List.of(editors.id()), two.b.auth().resolve(jwt).actor().groups());
        // Leaving a group revokes the user's tokens: B must stop serving what it cached and serve the
        // user as stored now, with a renewed token.
        two.a.groups().unassignUser(SYSTEM, editors.id(), id);
        TwoInstances.within1s(() -> two.b.auth().resolve(jwt).actor().groups().isEmpty());
        assertNotNull(two.b.auth().resolve(jwt).renewedToken());
    }

    @Test
    void anApiKeyRevokedOnAIsRefusedOnB() {
        String key = two.a.auth().createApiKey(SYSTEM, "ci", "30d", true, null);
        two.a.auth().setApiState(SYSTEM, true);
        TwoInstances.within1s(() -> !rejected(two.b, key, RequestRejectedException.Reason.API_DISABLED));
        assertTrue(two.b.auth().resolve(key).actor().isApiKey());
        two.a.auth().revokeApiKey(SYSTEM, 1);
        TwoInstances.within1s(() -> rejected(two.b, key, RequestRejectedException.Reason.API_KEY_INVALID));
    }

    @Test
    void theApiSwitchedOffOnAIsOffOnB() {
        String key = two.a.auth().createApiKey(SYSTEM, "ci", "30d", true, null);
        two.a.auth().setApiState(SYSTEM, true);
        TwoInstances.within1s(() -> !rejected(two.b, key, RequestRejectedException.Reason.API_DISABLED));
        two.a.auth().setApiState(SYSTEM, false);
        TwoInstances.within1s(() -> rejected(two.b, key, RequestRejectedException.Reason.API_DISABLED));
        assertFalse(two.b.auth().apiState(SYSTEM));
    }

    @Test
    void certificatesRegeneratedOnAInvalidateTokensOnB() {
        alice(editors().id());
        String jwt = loginOnB();
        assertEquals(Actor.Kind.USER, two.b.auth().resolve(jwt).actor().kind());
        two.a.auth().regenerateCertificates(SYSTEM);
        TwoInstances.within1s(() -> {
            Actor actor = two.b.auth().resolve(jwt).actor();
            return actor != null && actor.isGuest();
        });
    }
}
