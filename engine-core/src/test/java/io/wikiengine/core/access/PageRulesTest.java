package io.wikiengine.core.access;

import static io.wikiengine.core.access.Fixtures.group;
import static io.wikiengine.core.access.Fixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.group.Group;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageRulesTest {

    private final PermissionEngine engine = new PermissionEngine();

    // --- defaults -----------------------------------------------------------------------------------

    @Test
    void r_4_3_1_guestGroupRuleShape() {
        List<String> scopes = List.of("read:pages", "read:assets", "read:comments");
        assertEquals(scopes, PageRules.guestGroupPermissions());
        assertEquals(List.of(new PageRule("guest", false, RuleMatch.START, scopes, "", List.of())),
                PageRules.guestGroupRules());
    }

    @Test
    void r_4_3_1_guestsReadButMayNotComment() {
        Group guests = new Group(Group.GUESTS, "Guests", PageRules.guestGroupPermissions(),
                PageRules.guestGroupRules(), true, "/", Instant.EPOCH, Instant.EPOCH);
        engine.put(guests);
        Actor guest = Actor.guest(Set.copyOf(guests.permissions()), List.of(Group.GUESTS));
        assertTrue(engine.check(guest, Scope.READ_PAGES, page("any/page")));
        assertTrue(engine.check(guest, Scope.READ_ASSETS, PageTarget.asset("uploads/a.png")));
        assertTrue(engine.check(guest, Scope.READ_COMMENTS, page("any/page")));
        assertFalse(engine.check(guest, Scope.WRITE_COMMENTS, page("any/page")));
        assertFalse(engine.check(guest, Scope.WRITE_PAGES, page("any/page")));
    }

    @Test
    void r_4_3_3_defaultGroupRuleShape() {
        List<String> scopes = List.of("read:pages", "read:assets", "read:comments", "write:comments");
        assertEquals(scopes, PageRules.defaultGroupPermissions());
        assertEquals(List.of(new PageRule("default", false, RuleMatch.START, scopes, "", List.of())),
                PageRules.defaultGroupRules());
    }

    @Test
    void r_4_3_3_defaultGroupMembersMayComment() {
        engine.put(group(5, "New group", PageRules.defaultGroupPermissions(),
                PageRules.defaultGroupRules().toArray(new PageRule[0])));
        Actor member = Fixtures.user(Set.copyOf(PageRules.defaultGroupPermissions()), 5);
        assertTrue(engine.check(member, Scope.WRITE_COMMENTS, page("a/b")));
        assertTrue(engine.check(member, Scope.READ_PAGES, page("a/b")));
        assertFalse(engine.check(member, Scope.MANAGE_COMMENTS, page("a/b")));
    }

    // --- safe regex ---------------------------------------------------------------------------------

    @Test
    void r_8_4_plainRegexesAreSafe() {
        for (String source : List.of("", "docs", "^docs/.*$", "^(en|fr)/guide", "\\d{4}/\\d{2}", "a*b*c+",
                "(ab)+", "(?:docs|kb)/[a-z]+", "(?<year>\\d{4})", "a(?=b)", "x(?!y)", "(?<=a)b")) {
            assertTrue(PageRules.isSafeRegex(source), source);
        }
    }

    @Test
    void r_8_4_starHeightAboveOneIsUnsafe() {
        for (String source : List.of("(a+)+", "(a*)*", "(a|b*)+", "((a+))*", "(?:x(a?)b)+", "(a{2})*",
                "(a+){3}", "^(docs/.*)*$")) {
            assertFalse(PageRules.isSafeRegex(source), source);
        }
    }

    @Test
    void r_8_4_quantifiersSideBySideAreSafe() {
        for (String source : List.of("(a+)b+", "(a+)(b+)", "(a)+(b)*", "a+|b+")) {
            assertTrue(PageRules.isSafeRegex(source), source);
        }
    }

    @Test
    void r_8_4_moreThan25RepetitionsIsUnsafe() {
        assertTrue(PageRules.isSafeRegex("a?".repeat(25)));
        assertFalse(PageRules.isSafeRegex("a?".repeat(26)));
        assertFalse(PageRules.isSafeRegex("a{1,2}".repeat(20) + "(b*)c+d?e{2}f{1,}g*"));
    }

    @Test
    void r_8_4_lazyMarkIsPartOfItsQuantifier() {
        assertTrue(PageRules.isSafeRegex("a*?".repeat(25)));
        assertTrue(PageRules.isSafeRegex("(ab)+?"));
        assertFalse(PageRules.isSafeRegex("(a+?)+"));
    }

    @Test
    void r_8_4_quantifierCharactersInAClassOrEscapedAreLiterals() {
        assertTrue(PageRules.isSafeRegex("([*+?{}]x)+"));
        assertTrue(PageRules.isSafeRegex("(a\\+)+"));
        assertTrue(PageRules.isSafeRegex("\\*".repeat(40)));
        assertTrue(PageRules.isSafeRegex("([\\]+]a)*"));
    }

    @Test
    void r_8_4_braceWithoutValidBoundsIsALiteral() {
        assertTrue(PageRules.isSafeRegex("(a{)+"));
        assertTrue(PageRules.isSafeRegex("(a{x})+"));
        assertTrue(PageRules.isSafeRegex("(a{,2})+"));
        assertFalse(PageRules.isSafeRegex("(a{2,})+"));
    }

    @Test
    void r_8_4_malformedRegexIsUnsafe() {
        for (String source : List.of("(a", "a)", "[a", "*a", "a**", "a\\", "(?i)a", "a{3,1}", "|+", "(*)")) {
            assertFalse(PageRules.isSafeRegex(source), source);
        }
    }
}
