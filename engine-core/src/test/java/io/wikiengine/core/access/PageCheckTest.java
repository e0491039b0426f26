package io.wikiengine.core.access;

import static io.wikiengine.core.access.Fixtures.READ;
import static io.wikiengine.core.access.Fixtures.allow;
import static io.wikiengine.core.access.Fixtures.deny;
import static io.wikiengine.core.access.Fixtures.group;
import static io.wikiengine.core.access.Fixtures.page;
import static io.wikiengine.core.access.Fixtures.reader;
import static io.wikiengine.core.access.Fixtures.user;
import static io.wikiengine.core.access.RuleMatch.END;
import static io.wikiengine.core.access.RuleMatch.EXACT;
import static io.wikiengine.core.access.RuleMatch.REGEX;
import static io.wikiengine.core.access.RuleMatch.START;
import static io.wikiengine.core.access.RuleMatch.TAG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.group.Group;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageCheckTest {

    private final PermissionEngine engine = new PermissionEngine();

    private boolean reads(PageTarget target, PageRule... rules) {
        engine.put(group(3, rules));
        return engine.check(reader(3), READ, target);
    }

    // --- steps 1 to 4 -------------------------------------------------------------------------------

    @Test
    void r_4_5_1_manageSystemBypassesRules() {
        engine.put(group(3, deny(START, "")));
        Actor root = user(Set.of("manage:system"), 3);
        assertTrue(engine.check(root, READ, page("anything")));
        assertTrue(engine.check(user(Set.of("manage:system")), List.of("delete:pages"), page("x")));
    }

    @Test
    void r_4_5_2_missingGlobalScopeDeniesWhateverTheRules() {
        engine.put(group(3, PageRule.allow("all", START, "", List.of("read:pages", "write:pages"))));
        assertFalse(engine.check(reader(3), List.of("write:pages"), page("docs")));
    }

    @Test
    void r_4_5_2_emptyScopeListDenies() {
        engine.put(group(3, allow(START, "")));
        assertFalse(engine.check(reader(3), List.of(), page("docs")));
    }

    @Test
    void r_4_5_3_noTargetAllowsAfterTheGlobalCheck() {
        assertTrue(engine.check(reader(), READ, null));
        assertFalse(engine.check(reader(), List.of("write:pages"), null));
    }

    @Test
    void r_4_5_4_noGroupsDenies() {
        engine.put(group(3, allow(START, "")));
        assertFalse(engine.check(reader(), READ, page("docs")));
    }

    @Test
    void r_4_5_5d_noMatchingRuleDeniesEvenWithTheGlobalScope() {
        assertFalse(reads(page("blog/post"), allow(START, "docs")));
    }

    @Test
    void r_4_5_4_groupWithoutRulesDenies() {
        assertFalse(reads(page("docs")));
    }

    @Test
    void r_4_5_4_unknownGroupIdContributesNothing() {
        engine.put(group(3, allow(START, "")));
        assertFalse(engine.check(reader(99), READ, page("docs")));
        assertTrue(engine.check(reader(99, 3), READ, page("docs")));
    }

    @Test
    void r_4_5_4_ruleRolesMustShareARequestedScope() {
        Actor actor = user(Set.of("read:pages", "write:pages"), 3);
        engine.put(group(3, PageRule.allow("w", START, "", List.of("write:pages"))));
        assertFalse(engine.check(actor, READ, page("docs")));
        assertTrue(engine.check(actor, List.of("write:pages"), page("docs")));
    }

    @Test
    void r_4_5_4_denyForAnotherScopeDoesNotApply() {
        assertTrue(reads(page("docs"), allow(START, ""),
                PageRule.deny("no-write", START, "docs", List.of("write:pages"))));
    }

    @Test
    void r_4_5_4_scopeOverloadAgreesWithStringForm() {
        engine.put(group(3, allow(START, "docs"), deny(EXACT, "docs/secret")));
        Actor actor = reader(3);
        for (String path : List.of("docs", "docs/secret", "docs/other", "blog")) {
            assertEquals(engine.check(actor, READ, page(path)), engine.check(actor, Scope.READ_PAGES, page(path)),
                    path);
        }
        assertTrue(engine.check(actor, Scope.READ_PAGES, null));
        assertFalse(engine.check(actor, Scope.WRITE_PAGES, null));
    }

    // --- match types ---------------------------------------------------------------------------------

    @Test
    void r_4_5_4_startIsAPlainPrefix() {
        assertTrue(reads(page("docs/a/b"), allow(START, "docs/a")));
        assertTrue(reads(page("docs/a"), allow(START, "docs/a")));
        assertFalse(reads(page("doc"), allow(START, "docs")));
    }

    @Test
    void r_4_5_4_emptyStartPathMatchesEverything() {
        assertTrue(reads(page(""), allow(START, "")));
        assertTrue(reads(page("any/where/at/all"), allow(START, "")));
    }

    @Test
    void decision06_startHasNoSegmentBoundary() {
        assertTrue(reads(page("docsXYZ"), allow(START, "docs")));
        assertFalse(reads(page("docsXYZ/private"), allow(START, ""), deny(START, "docs")));
    }

    @Test
    void r_4_5_4_endMatchesASuffix() {
        assertTrue(reads(page("guides/install"), allow(END, "install")));
        assertTrue(reads(page("reinstall"), allow(END, "install")));
        assertFalse(reads(page("install/guide"), allow(END, "install")));
    }

    @Test
    void r_4_5_4_exactMatchesTheWholePathOnly() {
        assertTrue(reads(page("docs/a"), allow(EXACT, "docs/a")));
        assertFalse(reads(page("docs/ab"), allow(EXACT, "docs/a")));
        assertFalse(reads(page("docs"), allow(EXACT, "docs/a")));
    }

    @Test
    void r_4_5_4_regexIsAnUnanchoredSearch() {
        assertTrue(reads(page("docs/public/x"), allow(REGEX, "pub")));
        assertTrue(reads(page("docs/2024/x"), allow(REGEX, "\\d{4}")));
        assertFalse(reads(page("docs/public/x"), allow(REGEX, "^pub")));
    }

    @Test
    void r_4_5_4_regexHasNoFlags() {
        assertFalse(reads(page("docs/a"), allow(REGEX, "DOCS")));
        assertTrue(reads(page("docs/a"), allow(REGEX, "^docs/a$")));
    }

    @Test
    void r_4_5_4_regexAnchorsAlternationAndQuantifiersKeepTheirMeaning() {
        assertTrue(reads(page("docs/a"), allow(REGEX, "^docs/ab*")));
        assertTrue(reads(page("docs/aab"), allow(REGEX, "^docs/a+b$")));
        assertFalse(reads(page("docs/b"), allow(REGEX, "^docs/a?a")));
        assertTrue(reads(page("x/docs"), allow(REGEX, "^kb|docs")));
        assertTrue(reads(page("anything"), allow(REGEX, "")));
        assertTrue(reads(page("a/b-c_d"), allow(REGEX, "b-c_d")));
        assertFalse(reads(page("a/b-c_d"), allow(REGEX, "^b-c")));
    }

    @Test
    void r_4_5_4_tagMatchesATagOfTheTarget() {
        assertTrue(reads(page("docs/a", "howto", "public"), allow(TAG, "public")));
        assertFalse(reads(page("docs/a", "howto"), allow(TAG, "public")));
    }

    @Test
    void r_4_5_4_tagComparisonIsExact() {
        assertFalse(reads(page("docs/a", "public"), allow(TAG, "Public")));
        assertFalse(reads(page("docs/a", "publicity"), allow(TAG, "public")));
    }

    @Test
    void r_4_5_4_tagRuleNeverMatchesTheTagAsAPath() {
        assertFalse(reads(page("public"), allow(TAG, "public")));
    }

    @Test
    void decision03_tagRulesUseTheTagsTheCallerPasses() {
        engine.put(group(3, allow(START, ""), deny(TAG, "secret-ops")));
        assertFalse(engine.check(reader(3), READ, page("ops/runbook", "secret-ops")));
        assertTrue(engine.check(reader(3), READ, page("ops/runbook")));
    }

    @Test
    void r_4_5_4_repeatedTagAppliesTheRuleAsOnce() {
        assertFalse(reads(page("a", "x", "x"), allow(START, ""), deny(TAG, "x")));
    }

    // --- specificity --------------------------------------------------------------------------------

    @Test
    void r_4_5_5a_longerPathWins() {
        assertTrue(reads(page("docs/public/x"), deny(START, "docs"), allow(START, "docs/public")));
        assertTrue(reads(page("docs/public/x"), allow(START, "docs/public"), deny(START, "docs")));
        assertFalse(reads(page("docs/private/x"), allow(START, "docs"), deny(START, "docs/private")));
    }

    @Test
    void r_4_5_5a_longerPathWinsWhateverTheMatchType() {
        assertFalse(reads(page("docs/a"), allow(END, "a"), deny(START, "docs")));
        assertTrue(reads(page("docs/a/b"), deny(REGEX, "a"), allow(START, "docs/a")));
        assertFalse(reads(page("docs/a/b", "t"), allow(TAG, "t"), deny(END, "a/b")));
    }

    @Test
    void r_4_5_5b_regexLengthBeatsExact() {
        assertTrue(reads(page("docs/a"), deny(EXACT, "docs/a"), allow(REGEX, "^docs/.*$")));
    }

    @Test
    void r_4_5_5b_tagLosesToALongerStart() {
        assertFalse(reads(page("docs/a", "x"), allow(TAG, "x"), deny(START, "docs")));
    }

    @Test
    void decision07_specificityCountsTheRuleTextNotTheMatchedText() {
        // The tag name "confidential" (12) is longer than "docs/public" (11) though it matched no path text.
        assertFalse(reads(page("docs/public/a", "confidential"), allow(START, "docs/public"),
                deny(TAG, "confidential")));
        // A regex's syntax counts: "doc.*" (5) beats START "docs" (4) though it names fewer path characters.
        assertTrue(reads(page("docs/a"), deny(START, "docs"), allow(REGEX, "doc.*")));
    }

    @Test
    void decision07_lengthIsCountedInUtf16Units() {
        // U+1D521 is one code point but two UTF-16 units.
        String astral = "\uD835\uDD21";
        // Two units against one: the START deny is longer.
        assertFalse(reads(page(astral + "b"), allow(END, "b"), deny(START, astral)));
        // Two units against two: a tie, which END wins over START.
        assertFalse(reads(page("ab" + astral), allow(START, "ab"), deny(END, astral)));
    }

    @Test
    void r_4_5_4_exactOutranksTagAtEqualLength() {
        assertTrue(reads(page("abc", "abc"), deny(TAG, "abc"), allow(EXACT, "abc")));
        assertTrue(reads(page("abc", "abc"), allow(EXACT, "abc"), deny(TAG, "abc")));
    }

    @Test
    void r_4_5_4_tagOutranksRegexAtEqualLength() {
        assertFalse(reads(page("abc", "xyz"), allow(REGEX, "abc"), deny(TAG, "xyz")));
        assertFalse(reads(page("abc", "xyz"), deny(TAG, "xyz"), allow(REGEX, "abc")));
    }

    @Test
    void r_4_5_4_regexOutranksEndAtEqualLength() {
        assertTrue(reads(page("docs/abc"), deny(END, "abc"), allow(REGEX, "s/a")));
        assertTrue(reads(page("docs/abc"), allow(REGEX, "s/a"), deny(END, "abc")));
    }

    @Test
    void r_4_5_4_endOutranksStartAtEqualLength() {
        assertFalse(reads(page("docs/abcd"), allow(START, "docs"), deny(END, "abcd")));
        assertFalse(reads(page("docs/abcd"), deny(END, "abcd"), allow(START, "docs")));
    }

    @Test
    void r_4_5_6_denyWinsTieAtEqualLengthAndType() {
        assertFalse(reads(page("docs/a"), deny(START, "docs"), allow(START, "docs")));
        assertFalse(reads(page("docs/a"), allow(START, "docs"), deny(START, "docs")));
        assertFalse(reads(page("x/docs"), allow(END, "docs"), deny(END, "docs")));
    }

    @Test
    void r_4_5_6_denyTieIsPerTypeNotAcrossTypes() {
        // Same length, different types: rank decides, and the allow has the higher rank.
        assertTrue(reads(page("docs"), deny(START, "docs"), allow(EXACT, "docs")));
    }

    // --- locales ------------------------------------------------------------------------------------

    @Test
    void r_4_5_4_emptyLocalesMeanEveryLocale() {
        assertTrue(reads(PageTarget.page("docs", "fr"), allow(START, "docs")));
        assertTrue(reads(PageTarget.asset("docs"), allow(START, "docs")));
    }

    @Test
    void r_4_5_4_localeRestrictedRuleAppliesInItsLocale() {
        PageRule frenchOnly = allow(START, "docs").withLocales(List.of("fr", "de"));
        assertTrue(reads(PageTarget.page("docs/a", "fr"), frenchOnly));
        assertFalse(reads(PageTarget.page("docs/a", "en"), frenchOnly));
    }

    @Test
    void r_4_5_4_localeComparisonIsExactAndCaseSensitive() {
        PageRule rule = allow(START, "").withLocales(List.of("pt-br"));
        assertFalse(reads(PageTarget.page("docs", "pt-BR"), rule));
        assertFalse(reads(PageTarget.page("docs", "pt"), rule));
        assertTrue(reads(PageTarget.page("docs", "pt-br"), rule));
    }

    @Test
    void decision05_targetWithoutLocaleSkipsLocaleRestrictedRules() {
        PageRule englishDeny = deny(START, "uploads/secret").withLocales(List.of("en"));
        assertTrue(reads(PageTarget.asset("uploads/secret/a.png"), allow(START, ""), englishDeny));
        assertFalse(reads(PageTarget.page("uploads/secret/a.png", "en"), allow(START, ""), englishDeny));
    }

    // --- several groups and scopes ------------------------------------------------------------------

    @Test
    void r_4_5_5c_rulesOfAllGroupsCompeteInOnePool() {
        engine.load(List.of(group(3, allow(START, "docs")), group(4, deny(START, "docs/secret"))));
        Actor both = reader(3, 4);
        assertFalse(engine.check(both, READ, page("docs/secret/plan")));
        assertTrue(engine.check(both, READ, page("docs/open")));
        assertTrue(engine.check(reader(3), READ, page("docs/secret/plan")));
    }

    @Test
    void r_4_5_5c_longerAllowInOneGroupBeatsShorterDenyInAnother() {
        engine.load(List.of(group(3, deny(START, "")), group(4, allow(START, "kb"))));
        assertTrue(engine.check(reader(3, 4), READ, page("kb/a")));
        assertTrue(engine.check(reader(4, 3), READ, page("kb/a")));
        assertFalse(engine.check(reader(4, 3), READ, page("blog")));
    }

    @Test
    void r_4_5_5c_denyTieAcrossGroupsWhateverTheirOrder() {
        engine.load(List.of(group(3, allow(START, "kb")), group(4, deny(START, "kb"))));
        assertFalse(engine.check(reader(3, 4), READ, page("kb/a")));
        assertFalse(engine.check(reader(4, 3), READ, page("kb/a")));
    }

    @Test
    void r_4_5_5e_ruleCountsWhenItsRolesShareAnyRequestedScope() {
        Actor mover = user(Set.of("manage:pages", "delete:pages"), 3);
        engine.put(group(3, PageRule.allow("del", START, "old", List.of("delete:pages"))));
        assertTrue(engine.check(mover, List.of("manage:pages", "delete:pages"), page("old/a")));
        assertFalse(engine.check(mover, List.of("manage:pages"), page("old/a")));
    }

    @Test
    void r_4_5_5e_globalCheckNeedsAnyOneRequestedScope() {
        Actor deleter = user(Set.of("delete:pages"), 3);
        engine.put(group(3, PageRule.allow("move", START, "", List.of("manage:pages"))));
        // The global check passes through delete:pages; the rule then counts through manage:pages.
        assertTrue(engine.check(deleter, List.of("manage:pages", "delete:pages"), page("a")));
    }

    @Test
    void r_4_1_3_unknownPermissionStringsMatchOnlyThemselves() {
        Actor actor = user(Set.of("custom:thing", "read:pages"), 3);
        engine.put(group(3, PageRule.allow("c", START, "", List.of("custom:thing"))));
        assertTrue(engine.check(actor, List.of("custom:thing"), page("a")));
        assertTrue(engine.check(actor, List.of("read:pages", "custom:thing"), page("a")));
        assertFalse(engine.check(actor, READ, page("a")));
        assertTrue(engine.explain(actor, "custom:thing", page("a")).allowed());
    }

    // --- regexes that do not compile ----------------------------------------------------------------

    @Test
    void r_4_5_8_regexJavaCannotCompileNeverMatches() {
        assertFalse(reads(page("docs/a"), allow(REGEX, "docs(")));
        assertTrue(reads(page("docs/a"), allow(START, "docs"), deny(REGEX, "[^]*docs/a.*")));
    }

    @Test
    void r_4_5_8_brokenRegexLeavesOtherRulesWorking() {
        assertTrue(reads(page("docs/a"), allow(REGEX, "a{"), allow(REGEX, "^docs/")));
    }

    // --- engine contract ----------------------------------------------------------------------------

    @Test
    void loadRejectsDuplicateGroupIds() {
        assertThrows(IllegalArgumentException.class,
                () -> engine.load(List.of(group(3, allow(START, "")), group(3, deny(START, "")))));
    }

    @Test
    void loadReplacesEveryGroup() {
        engine.put(group(3, allow(START, "")));
        engine.load(List.of(group(4, allow(START, ""))));
        assertFalse(engine.check(reader(3), READ, page("a")));
        assertTrue(engine.check(reader(4), READ, page("a")));
    }

    @Test
    void checkRefusesNullArguments() {
        assertThrows(NullPointerException.class, () -> engine.check(reader(3), (List<String>) null, null));
        Group nullGroup = null;
        assertThrows(NullPointerException.class, () -> engine.put(nullGroup));
    }
}
