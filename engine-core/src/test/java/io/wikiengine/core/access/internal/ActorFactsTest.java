package io.wikiengine.core.access.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.Scope;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorFactsTest {

    @Test
    void holdsExactlyTheActorsPermissions() {
        Actor actor = Actor.user(5, "u@example.com", "U", Set.of("read:pages", "custom:x"), List.of(1));
        ActorFacts facts = new ActorFacts(actor);
        assertFalse(facts.bypass());
        assertTrue(facts.holds(Scope.READ_PAGES));
        assertTrue(facts.holds("read:pages"));
        assertTrue(facts.holds("custom:x"));
        assertFalse(facts.holds(Scope.WRITE_PAGES));
        assertFalse(facts.holds("write:pages"));
        assertFalse(facts.holds("custom:y"));
        assertFalse(facts.holds("READ:PAGES"));
    }

    @Test
    void bypassIsManageSystemOnly() {
        assertTrue(new ActorFacts(Actor.system()).bypass());
        Actor manager = Actor.user(5, "u@example.com", "U", Set.of("manage:groups"), List.of());
        assertFalse(new ActorFacts(manager).bypass());
        assertTrue(new ActorFacts(manager).holds(Scope.MANAGE_GROUPS));
    }

    @Test
    void belongsToOneInstanceOnly() {
        Actor actor = Actor.user(5, "u@example.com", "U", Set.of("read:pages"), List.of(1));
        Actor equal = Actor.user(5, "u@example.com", "U", Set.of("read:pages"), List.of(1));
        ActorFacts facts = new ActorFacts(actor);
        assertTrue(facts.isOf(actor));
        assertFalse(facts.isOf(equal));
    }
}
