package io.wikiengine.core.access;

import static io.wikiengine.core.access.Fixtures.READ;
import static io.wikiengine.core.access.Fixtures.group;
import static io.wikiengine.core.access.Fixtures.reader;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * step 4.1 in a pool with more distinct locales than the index numbers as bits (31): rules on the
 * locales past the numbering are compared by name, with the same outcome.
 */
class LocaleRestrictionTest {

    @Test
    void r_4_5_4_everyLocaleOfAPoolWithFortyIsMatchedExactly() {
        List<PageRule> rules = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rules.add(PageRule.allow("a" + i, RuleMatch.START, "p" + i, READ).withLocales(List.of("l" + i)));
        }
        // One rule names a numbered and an unnumbered locale at once.
        rules.add(PageRule.allow("both", RuleMatch.START, "both", READ).withLocales(List.of("l1", "l39")));
        PermissionEngine engine = new PermissionEngine();
        engine.load(List.of(group(3, rules.toArray(new PageRule[0]))));
        Actor actor = reader(3);
        for (int i = 0; i < 40; i++) {
            for (int j : new int[] {i, (i + 1) % 40, (i + 35) % 40}) {
                assertEquals(i == j, engine.check(actor, READ, PageTarget.page("p" + i + "/x", "l" + j)),
                        "p" + i + " in l" + j);
            }
            assertEquals(false, engine.check(actor, READ, PageTarget.asset("p" + i)));
        }
        assertEquals(true, engine.check(actor, READ, PageTarget.page("both", "l1")));
        assertEquals(true, engine.check(actor, READ, PageTarget.page("both", "l39")));
        assertEquals(false, engine.check(actor, READ, PageTarget.page("both", "l2")));
        assertEquals(false, engine.check(actor, READ, PageTarget.page("both", "l40")));
    }
}
