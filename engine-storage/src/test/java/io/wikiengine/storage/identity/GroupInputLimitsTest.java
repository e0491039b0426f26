package io.wikiengine.storage.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wikiengine.core.access.PageRule;
import io.wikiengine.core.access.RuleMatch;
import io.wikiengine.core.group.Group;
import io.wikiengine.core.group.GroupUpdate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A group's text the store cannot hold is refused with a plain error before anything is written. */
class GroupInputLimitsTest extends IdentityFixture {

    private static final String NAME_TOO_LONG = "Group name is too long (maximum is 255 characters).";

    @BeforeEach
    void setUp() {
        open();
    }

    private Group storedGroup(int id) {
        return wiki.storage().inTransaction(s -> s.groups().byId(id)).orElseThrow();
    }

    @Test
    void decision39_overLongNameOnCreateIsRefusedAndConsumesNoId() {
        assertPlain(NAME_TOO_LONG, () -> wiki.groups().create(ADMIN, "n".repeat(256)));
        assertEquals(3, wiki.groups().create(ADMIN, "n".repeat(255)).id());
    }

    @Test
    void r_8_4_overLongNameOnUpdateIsRefused() {
        Group a = group("A");
        assertPlain(NAME_TOO_LONG, () -> wiki.groups().update(ADMIN,
                new GroupUpdate(a.id(), "n".repeat(10_000), "/", a.permissions(), a.pageRules())));
        assertEquals("A", storedGroup(a.id()).name());
    }

    @Test
    void r_8_4_overLongRedirectOnLoginIsRefused() {
        Group a = group("A");
        assertPlain("Redirect on login is too long (maximum is 1024 characters).", () -> wiki.groups().update(ADMIN,
                new GroupUpdate(a.id(), "A", "/" + "r".repeat(1024), a.permissions(), a.pageRules())));
        String longest = "/" + "r".repeat(1023);
        wiki.groups().update(ADMIN, new GroupUpdate(a.id(), "A", longest, a.permissions(), a.pageRules()));
        assertEquals(longest, storedGroup(a.id()).redirectOnLogin());
    }

    @Test
    void r_8_4_overLongPageRuleIdIsRefused() {
        Group a = group("A");
        List<PageRule> rules = List.of(PageRule.allow("i".repeat(256), RuleMatch.START, "", List.of("read:pages")));
        assertPlain("Page rule ID is too long (maximum is 255 characters).", () -> wiki.groups().update(ADMIN,
                new GroupUpdate(a.id(), "A", "/", a.permissions(), rules)));
        assertEquals(a.pageRules(), storedGroup(a.id()).pageRules());
    }
}
