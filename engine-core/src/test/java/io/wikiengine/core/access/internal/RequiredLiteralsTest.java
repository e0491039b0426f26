package io.wikiengine.core.access.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The regex prefilter: what it extracts from each kind of construct, that it gives up where it cannot be sure,
 * and, on many random patterns and texts, that no text a pattern finds a match in lacks all its literals.
 */
class RequiredLiteralsTest {

    private static Set<String> of(String source) {
        return Set.copyOf(RequiredLiterals.asList(source, ""));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "abc; abc",
        "^section-1[0-9]/topic-7/; section-1",
        "^docs/; docs/",
        "a.bcd; bcd",
        "ab\\.cd; ab.cd",
        "a\\/b; a/b",
        "\\d+-guide$; -guide",
        "abc?d; ab",
        "ab*cd; cd",
        "xa{0,}yz; yz",
        "xa{0}yz; yz",
        "xa{0,3}yz; yz",
        "ab+cd; bcd",
        "abc{2,5}de; abc",
        "abcd{2}; abcd",
        "a*?bc; bc",
        "a++bcd; abcd",
        "[abc]xyz; xyz",
        "[^/]+/private/; /private/",
        "[]]; ",
        "x(abc)?yz; yz",
        "(abc)+; abc",
        "(?:abc)d; abcd",
        "(?<name>ab)cd; abcd",
        "a(?=bcd)e; a",
        "ab(?!cd)ef; ab",
        "(?<=ab)cd; cd",
        "(?<!ab)cde; cde",
        "(?>abc)d; d",
        "(a)\\1bc; ",
        "(?i)abc; ",
        "(?i:abc); ",
        "\\Qa.b\\E; ",
        "\\x41bc; ",
        "\\u0041bc; ",
        "\\0101bc; ",
        "\\cAbc; ",
        "\\p{Lu}abc; abc",
        "\\pLabc; abc",
        "\\babc\\b; abc",
        "ab\\Gcd; ",
        "[a[b]]cd; ",
        "[a-z&&[^e]]cd; ",
        "a|.*; ",
        "a|b; a|b",
        "ab|cd|ef; ab|cd|ef",
        "(cache|queue|token)-[0-9]*5$; cache-|queue-|token-",
        "(ab|cd)(ef|gh); abef|abgh|cdef|cdgh",
        "(a|b)(c|d)(e|f)(g|h)xyz; gxyz|hxyz",
        "x(foo.*|bar)y; foo|bar",
        "x(foo|)y; xy|xfooy",
        "(foo|bar)?zz; zz",
        "a|b|c|d|e|f|g|h|i; ",
        "x{2}{3}; ",
        "a\\; ",
        "(ab; ",
        "ab); ",
        "; ",
        "^$; ",
        "\uD83D\uDE00?ab; ab",
    })
    void extractsWhatEveryMatchContains(String source, String expected) {
        Set<String> want = expected == null ? Set.of() : Set.of(expected.split("\\|"));
        assertEquals(want, of(source == null ? "" : source), source);
    }

    @Test
    void skipsRequirementsTheCallerAlreadyTests() {
        // An anchored prefix is tested with startsWith: a literal inside it would test nothing more.
        assertEquals(Set.of("/topic-7/"), Set.copyOf(RequiredLiterals.asList("^section-1[0-9]/topic-7/",
                "section-1")));
        assertEquals(Set.of("section-1"), Set.copyOf(RequiredLiterals.asList("^section-1", "sect")));
        assertEquals(Set.of(), Set.copyOf(RequiredLiterals.asList("^section-1", "section-1")));
    }

    @ParameterizedTest(name = "{0} starts with {1}")
    @CsvSource(delimiter = ';', value = {
        "abc; abc",
        "abc.d; abc",
        "(cache|queue|token)-[0-9]*5$; cache-|queue-|token-",
        "ab|cd; ab|cd",
        "ab|c.d; ab|c",
        "ab+c; ab",
        "(a|)b; ab|b",
        "x?ab; ",
        "^abc; ",
        "\\babc; ",
        "(?=a)abc; ",
        ".abc; ",
        "[ab]cd; ",
        "ab|.c; ",
        "(ab)?c; ",
        "(?:ab.)c; ",
        "(?i)abc; ",
    })
    void findsWhatEveryMatchStartsWith(String source, String expected) {
        Set<String> want = expected == null ? Set.of() : Set.of(expected.split("\\|"));
        String[] found = RequiredLiterals.leading(source);
        assertEquals(want, found == null ? Set.of() : Set.of(found), source);
    }

    @Test
    void neverReturnsAnEmptyLiteral() {
        for (String source : List.of("a?", "(a|)", "x*", "()", "(?:)", "[a]")) {
            assertEquals(Set.of(), of(source), source);
        }
    }

    @Test
    void aTextLackingACharacterOfEveryLiteralCannotHoldOne() {
        long[] literals = {RequiredLiterals.charSet("cache-"), RequiredLiterals.charSet("Token9")};
        assertTrue(RequiredLiterals.mayHoldAny(RequiredLiterals.charSet("x/each-c"), literals));
        assertTrue(RequiredLiterals.mayHoldAny(RequiredLiterals.charSet("9-Tokens"), literals));
        assertTrue(!RequiredLiterals.mayHoldAny(RequiredLiterals.charSet("section-3/topic-7/replica-12"), literals));
        assertTrue(!RequiredLiterals.mayHoldAny(RequiredLiterals.charSet("token9"), literals));
        // Characters outside letters and digits share bits: a set may only ever say "maybe" for them.
        assertTrue(RequiredLiterals.mayHoldAny(RequiredLiterals.charSet("\u00e9"),
                new long[] {RequiredLiterals.charSet("\u00e8")}));
        // Every text holds some character of each literal it contains: checked on random texts and slices.
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 2000; i++) {
            String text = randomText(random) + "\u00e9Z_" + randomText(random);
            int from = random.nextInt(text.length());
            String literal = text.substring(from, from + 1 + random.nextInt(text.length() - from));
            assertTrue(RequiredLiterals.mayHoldAny(RequiredLiterals.charSet(text),
                    new long[] {RequiredLiterals.charSet(literal)}), text + " " + literal);
        }
    }

    @Test
    void containsAnyTestsEachAlternative() {
        String[] required = {"cache-", "token-"};
        assertTrue(RequiredLiterals.containsAny("a/token-12", required));
        assertTrue(!RequiredLiterals.containsAny("a/queue-12", required));
    }

    /** The atoms random patterns are made of: literals, escapes, classes, groups of every kind, anchors. */
    private static final String[] ATOMS = {"a", "b", "ab", "ba", "/", "-", "\\.", "\\/", ".", "[ab]", "[^a]",
        "\\d", "\\w", "^", "$", "\\b", "(a|b)", "(ab|)", "(?:ba)", "(?=a)", "(?!b)", "(?<=a)", "(?<!b)", "(?>ab)",
        "(a)", "(b.)", "(?<n>ab)", "(a|b|ab)", "(?:a|.)", "a|", "|b", "(a|b)(a|b)"};
    private static final String[] QUANTIFIERS = {"", "", "", "?", "*", "+", "{0,}", "{1,2}", "{2}", "{0,1}",
        "??", "*+", "+?"};

    @Test
    void noTextThatAPatternFindsLacksAllItsLiteralsNorHasAMatchBeforeItsLeadingOnes() {
        Random random = new Random(424242L);
        int prefiltered = 0;
        int rejected = 0;
        int withLeading = 0;
        for (int round = 0; round < 4000; round++) {
            StringBuilder source = new StringBuilder();
            int atoms = 1 + random.nextInt(5);
            for (int i = 0; i < atoms; i++) {
                String atom = ATOMS[random.nextInt(ATOMS.length)];
                source.append(atom);
                if (!atom.equals("^") && !atom.equals("$") && !atom.startsWith("(?") && !atom.contains("|")
                        && !atom.equals("\\b")) {
                    source.append(QUANTIFIERS[random.nextInt(QUANTIFIERS.length)]);
                }
            }
            Pattern pattern;
            try {
                pattern = Pattern.compile(source.toString());
            } catch (PatternSyntaxException e) {
                continue;
            }
            String[] leading = RequiredLiterals.leading(source.toString());
            if (leading != null) {
                withLeading++;
                for (int t = 0; t < 60; t++) {
                    String text = randomText(random);
                    int from = RequiredLiterals.firstIndexOfAny(text, leading);
                    assertEquals(pattern.matcher(text).find(), from >= 0 && pattern.matcher(text).find(from),
                            () -> source + " searched from its leading literals " + List.of(leading) + " in " + text);
                }
            }
            String[] required = RequiredLiterals.of(source.toString());
            if (required == null) {
                continue;
            }
            prefiltered++;
            for (int t = 0; t < 60; t++) {
                String text = randomText(random);
                if (!RequiredLiterals.containsAny(text, required)) {
                    rejected++;
                    assertTrue(!pattern.matcher(text).find(),
                            () -> source + " finds a match in " + text + " without any of " + List.of(required));
                }
            }
        }
        // The property means something only if many patterns got a prefilter and it rejected many texts.
        assertTrue(prefiltered > 1500 && rejected > 20_000 && withLeading > 500,
                prefiltered + " " + rejected + " " + withLeading);
    }

    private static String randomText(Random random) {
        String alphabet = "ab/-.x";
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(9);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
