package io.wikiengine.core.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * XSS vectors (resources/xss/vectors.txt, one per line, {@code \n}, {@code \xHH} and
 * backslash-u escapes unescaped) through markdown rendering, HTML rendering, the sanitiser and comment
 * rendering. The output, parsed again, must hold nothing executable.
 */
class XssTest {

    private static final PageRenderer RENDERER = new PageRenderer();
    private static final HtmlSanitizer SANITIZER = new HtmlSanitizer();
    private static final CommentRenderer COMMENTS = new CommentRenderer();

    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "iframe", "object", "embed", "frame",
            "frameset", "applet", "base", "meta", "link", "style", "portal");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "poster", "background", "cite", "ping", "data", "srcset", "codebase", "dynsrc", "lowsrc");
    private static final Pattern ESCAPE = Pattern.compile("\\\\n|\\\\x([0-9a-fA-F]{2})|\\\\u([0-9a-fA-F]{4})");
    private static final Pattern SAFE_IMAGE_DATA = Pattern.compile("^data:image/(png|gif|jpe?g|webp)[;,].*");

    static List<String> vectors() throws IOException {
        try (InputStream in = XssTest.class.getResourceAsStream("/xss/vectors.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\n")).filter(s -> !s.isEmpty()).map(XssTest::unescape).toList();
        }
    }

    private static String unescape(String line) {
        Matcher m = ESCAPE.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                replacement = String.valueOf((char) Integer.parseInt(m.group(1), 16));
            } else if (m.group(2) != null) {
                replacement = String.valueOf((char) Integer.parseInt(m.group(2), 16));
            } else {
                replacement = "\n";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Fails when the HTML, as a browser would parse it, holds an executable vector. */
    static void assertInert(String html) {
        // A browser reads CDATA inside SVG/MathML text elements as a bogus comment ending at the first ">", so
        // anything after it would be live markup that a jsoup re-parse cannot see: none may survive at all.
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<![cdata["), "CDATA survived in: " + html);
        for (Element el : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            String tag = el.normalName();
            assertFalse(FORBIDDEN_ELEMENTS.contains(tag), () -> "element <" + tag + "> in: " + html);
            for (Attribute attr : el.attributes()) {
                String key = attr.getKey().toLowerCase(Locale.ROOT);
                assertFalse(key.startsWith("on"), () -> "event handler " + key + " in: " + html);
                assertFalse(key.equals("srcdoc"), () -> "srcdoc in: " + html);
                String value = attr.getValue().replaceAll("[\\u0000-\\u0020\\u00A0\\u1680\\u2000-\\u200F\\u2028\\u2029\\u205F\\u3000]", "")
                        .toLowerCase(Locale.ROOT);
                if (URL_ATTRIBUTES.contains(key)) {
                    assertFalse(value.startsWith("javascript:") || value.startsWith("vbscript:")
                            || value.startsWith("livescript:"), () -> "script URL in: " + html);
                    boolean imageData = key.equals("src") && tag.equals("img") && SAFE_IMAGE_DATA.matcher(value).matches();
                    assertFalse(value.startsWith("data:") && !imageData, () -> "data URL in: " + html);
                }
                if (key.equals("style")) {
                    assertFalse(value.contains("expression(") || value.contains("javascript:")
                            || value.contains("vbscript:") || value.contains("-moz-binding"),
                            () -> "script style in: " + html);
                }
            }
        }
    }

    @Test
    void atLeastOneHundredVectors() throws IOException {
        assertTrue(vectors().size() >= 100);
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void r_6_10_4_markdownRenderIsInert(String vector) {
        assertInert(RENDERER.render(RenderRequest.of(vector, "markdown", "en", "home", LinkResolver.NONE)).html());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void r_6_10_4_htmlRenderIsInert(String vector) {
        assertInert(RENDERER.render(RenderRequest.of(vector, "html", "en", "home", LinkResolver.NONE)).html());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void r_6_10_4_sanitizerOutputIsInert(String vector) {
        assertInert(SANITIZER.sanitize(vector));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void r_6_10_4_sanitizerOutputIsStable(String vector) {
        String once = SANITIZER.sanitize(vector);
        org.junit.jupiter.api.Assertions.assertEquals(once, SANITIZER.sanitize(once));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void r_10_5_commentRenderIsInert(String vector) {
        assertInert(COMMENTS.render(vector));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void r_6_10_1_rawContentTypesAreSanitised(String vector) {
        assertInert(RENDERER.render(RenderRequest.of(vector, "text", "en", "home", LinkResolver.NONE)).html());
    }
}
