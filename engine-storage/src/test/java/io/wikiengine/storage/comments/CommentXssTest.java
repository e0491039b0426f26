package io.wikiengine.storage.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.wikiengine.core.KeyValue;
import io.wikiengine.core.Wiki;
import io.wikiengine.core.WikiConfig;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.comment.Comment;
import io.wikiengine.core.comment.CommentProviderInput;
import io.wikiengine.core.page.Page;
import io.wikiengine.core.page.PageCreate;
import io.wikiengine.storage.testing.TestStores;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * step 5: comment XSS vectors (xss-vectors.txt, one a line, with {@code \n} and {@code \xHH} escapes)
 * posted, edited and read back through the service render into HTML that, parsed as a browser would, holds no
 * script, frame, object or embed element, no event handler and no {@code javascript:}, {@code vbscript:} or
 * {@code data:} URL. One wiki serves every vector, with the minimum delay off.
 */
class CommentXssTest {

    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "iframe", "object", "embed", "frame",
            "frameset", "base", "meta", "link", "style", "form");
    private static final Pattern ESCAPE = Pattern.compile("\\\\n|\\\\x([0-9a-fA-F]{2})");
    private static final Pattern IGNORED_IN_URLS = Pattern.compile("[\\u0000-\\u0020\\u007F-\\u00A0]");

    private static Wiki wiki;
    private static Page page;

    @BeforeAll
    static void openWiki() {
        wiki = Wiki.builder().storage(TestStores.fresh()).config(WikiConfig.DEFAULTS.withPasswordCost(4))
                .admin("admin@example.com", "secret-123").build();
        wiki.comments().updateProviders(Actor.system(), List.of(new CommentProviderInput(true, "default",
                List.of(new KeyValue("minDelay", "{\"v\":0}")))));
        page = wiki.pages().create(Actor.system(), PageCreate.of("en", "docs/xss", "XSS", "A page"));
    }

    @AfterAll
    static void closeWiki() {
        wiki.storage().close();
        wiki.close();
    }

    static List<String> vectors() throws IOException {
        try (InputStream in = CommentXssTest.class.getResourceAsStream("xss-vectors.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\n")).filter(line -> !line.isEmpty()).map(CommentXssTest::unescape)
                    .toList();
        }
    }

    private static String unescape(String line) {
        Matcher m = ESCAPE.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = m.group(1) == null ? "\n" : String.valueOf((char) Integer.parseInt(m.group(1), 16));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Test
    void thereAreFiftyVectors() throws IOException {
        assertEquals(50, vectors().size());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void r_10_5_5_aPostedCommentRendersHarmless(String vector) {
        int id = wiki.comments().create(Actor.system(), page.id(), null, vector, null, null, "127.0.0.1");
        Comment stored = wiki.comments().single(Actor.system(), id);
        assertEquals(vector.strip(), stored.content());
        assertInert(stored.render());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void r_10_6_5_anEditedCommentRendersHarmless(String vector) {
        int id = wiki.comments().create(Actor.system(), page.id(), null, "Harmless", null, null, "127.0.0.1");
        assertInert(wiki.comments().update(Actor.system(), id, vector));
    }

    private static void assertInert(String html) {
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            String tag = element.normalName();
            assertFalse(FORBIDDEN_ELEMENTS.contains(tag), () -> "element <" + tag + "> in: " + html);
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(key.startsWith("on"), () -> "event handler " + key + " in: " + html);
                String value = IGNORED_IN_URLS.matcher(attribute.getValue()).replaceAll("").toLowerCase(Locale.ROOT);
                for (String scheme : List.of("javascript:", "vbscript:", "data:")) {
                    assertFalse(value.startsWith(scheme) || value.contains("url(" + scheme),
                            () -> scheme + " URL in " + key + " of: " + html);
                }
            }
        }
    }
}
