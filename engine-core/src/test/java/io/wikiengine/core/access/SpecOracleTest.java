package io.wikiengine.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.access.AccessExplanation.DecidingRule;
import io.wikiengine.core.group.Group;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Compares the engine, with its sorting, indexes and memo, against a literal transcription of on many
 * random rule sets, actors and targets: the outcome and the deciding rule must both agree.
 */
class SpecOracleTest {

    private static final String[] PATHS = {"", "a", "b", "ab", "a/", "a/b", "a/bb", "ba", "a/b/a", "b/a/b", "aa"};
    private static final String[] REGEXES = {"", "a", "^a", "b$", "a.b", "^a/b", "[ab]/", "a|b", "^(a|b)a", "/b+",
            "^a/b*"};
    /**
     * Regexes with literals a prefilter can use and with the constructs that must defeat it: alternations of
     * literals, optional and repeated atoms, classes, escapes, anchors, lookarounds, back references, flags.
     */
    private static final String[] LITERAL_REGEXES = {"ab", "a/b", "(a|b)/a", "(ab|ba)$", "^a/(b|a)", "a?b/",
        "ab*a", "ab+/", "a{0,}b", "a{1,2}/b", "b{0}a", "[ab]b/a", "a\\/b", "a.b/", "(?:ab|b)a", "(?<n>a)b",
        "(?=a/)a", "(?!a)b/", "(?<=a)/b", "(a)\\1", "(?i)AB", "(a|b)(a|b)/", "\\bab", "a/|/b", "(ab)?/b",
        "(?>ab|a)b", "b/a$|^a/b"};
    private static final String[] TAGS = {"a", "b", "ab"};
    private static final String[] SCOPES = {"read:pages", "write:pages", "custom:x"};
    private static final String[] LOCALES = {"en", "fr"};

    private final Random random = new Random(20240917L);

    private int allowed;
    private int denied;
    private int fullTies;

    @Test
    void r_4_5_4_engineAgreesWithTheSpecStateMachine() {
        probe(REGEXES, 0);
        // The comparison means something only if every kind of outcome, and full ties, came up often.
        assertTrue(allowed > 1000 && denied > 1000 && fullTies > 100, allowed + " " + denied + " " + fullTies);
    }

    @Test
    void r_4_5_4_regexHeavyPoolsAgreeWithTheSpecStateMachine() {
        probe(LITERAL_REGEXES, 3);
        assertTrue(allowed > 1000 && denied > 1000 && fullTies > 50, allowed + " " + denied + " " + fullTies);
    }

    /**
     * 300 rounds of 4 random groups and 40 probes each.
     *
     * @param regexes    the REGEX sources rules draw from
     * @param extraRegex how many rules of a group, beyond the random kinds, are REGEX rules
     */
    private void probe(String[] regexes, int extraRegex) {
        for (int round = 0; round < 300; round++) {
            Map<Integer, Group> groups = new HashMap<>();
            for (int id = 1; id <= 4; id++) {
                groups.put(id, randomGroup(id, regexes, extraRegex));
            }
            PermissionEngine engine = new PermissionEngine();
            engine.load(groups.values());
            for (int probe = 0; probe < 40; probe++) {
                Actor actor = randomActor();
                List<String> scopes = randomSubset(SCOPES, 1);
                PageTarget target = randomTarget();
                @Nullable Object[] expected = oracle(groups, actor, scopes, target);
                String context = actor.groups() + " " + scopes + " " + target + " " + groups.values();
                assertEquals(expected[0], engine.check(actor, scopes, target), context);
                if (expected[1] != null) {
                    if ((Boolean) expected[0]) {
                        allowed++;
                    } else {
                        denied++;
                    }
                }
                if (scopes.size() == 1) {
                    AccessExplanation why = engine.explain(actor, scopes.get(0), target);
                    assertEquals(expected[0], why.allowed(), context);
                    DecidingRule deciding = why.decidingRule();
                    assertEquals(expected[1], deciding == null ? null : deciding.groupId() + "/" + deciding.ruleId(),
                            context);
                }
            }
        }
    }

    /** as written: returns {allowed, "groupId/ruleId" of the final state or null}. */
    private @Nullable Object[] oracle(Map<Integer, Group> groups, Actor actor, List<String> scopes,
                                             PageTarget target) {
        boolean holds = scopes.stream().anyMatch(actor::has);
        if (!holds || actor.groups().isEmpty()) {
            return new Object[] {false, null};
        }
        boolean deny = false;
        RuleMatch match = null;
        String specificity = "";
        String decider = null;
        for (int groupId : actor.groups()) {
            Group group = groups.get(groupId);
            if (group == null) {
                continue;
            }
            for (PageRule rule : group.pageRules()) {
                if (!rule.locales().isEmpty()
                        && (target.locale() == null || !rule.locales().contains(target.locale()))) {
                    continue;
                }
                if (rule.roles().stream().noneMatch(scopes::contains)) {
                    continue;
                }
                int times = 0;
                String page = target.path();
                switch (rule.match()) {
                    case START -> times = ("/" + page).startsWith("/" + rule.path()) ? 1 : 0;
                    case END -> times = page.endsWith(rule.path()) ? 1 : 0;
                    case REGEX -> times = Pattern.compile(rule.path()).matcher(page).find() ? 1 : 0;
                    case TAG -> times = (int) target.tags().stream().filter(rule.path()::equals).count();
                    case EXACT -> times = page.equals(rule.path()) ? 1 : 0;
                    default -> throw new AssertionError(rule.match());
                }
                for (int i = 0; i < times; i++) {
                    int length = rule.path().length();
                    int stateLength = specificity.length();
                    if (length < stateLength) {
                        continue;
                    }
                    if (length == stateLength && match != null && match.outranks(rule.match())) {
                        continue;
                    }
                    if (length == stateLength && rule.match() == match && deny && !rule.deny()) {
                        continue;
                    }
                    if (length == stateLength && rule.match() == match && deny == rule.deny()) {
                        fullTies++;
                    }
                    deny = rule.deny();
                    match = rule.match();
                    specificity = rule.path();
                    decider = groupId + "/" + rule.id();
                }
            }
        }
        return new Object[] {match != null && !deny, decider};
    }

    private Group randomGroup(int id, String[] regexes, int extraRegex) {
        List<PageRule> rules = new ArrayList<>();
        int count = random.nextInt(8) + extraRegex;
        for (int i = 0; i < count; i++) {
            RuleMatch match = i < extraRegex ? RuleMatch.REGEX
                    : RuleMatch.values()[random.nextInt(RuleMatch.values().length)];
            String path = switch (match) {
                case REGEX -> pick(regexes);
                case TAG -> pick(TAGS);
                default -> pick(PATHS);
            };
            List<String> roles = randomSubset(SCOPES, 0);
            List<String> locales = random.nextInt(3) == 0 ? randomSubset(LOCALES, 1) : List.of();
            rules.add(new PageRule("r" + i, random.nextBoolean(), match, roles, path, locales));
        }
        return new Group(id, "G" + id, List.of(), rules, false, "/", Instant.EPOCH, Instant.EPOCH);
    }

    private Actor randomActor() {
        Set<Integer> ids = new LinkedHashSet<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            ids.add(random.nextInt(10) == 0 ? 9 : 1 + random.nextInt(4));
        }
        return Actor.user(7, "u@example.com", "U", Set.copyOf(randomSubset(SCOPES, 1)), List.copyOf(ids));
    }

    private PageTarget randomTarget() {
        String path = pick(PATHS);
        List<String> tags = random.nextInt(3) == 0 ? List.of() : randomSubset(TAGS, 0);
        return switch (random.nextInt(4)) {
            case 0 -> PageTarget.asset(path);
            case 1 -> PageTarget.page(path, "EN", tags);
            default -> PageTarget.page(path, pick(LOCALES), tags);
        };
    }

    private List<String> randomSubset(String[] values, int minimum) {
        List<String> subset = new ArrayList<>();
        do {
            subset.clear();
            for (String value : values) {
                if (random.nextBoolean()) {
                    subset.add(value);
                }
            }
        } while (subset.size() < minimum);
        return subset;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
