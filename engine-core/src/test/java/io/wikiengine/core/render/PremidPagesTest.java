package io.wikiengine.core.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Real Wiki.js pages (PreMiD documentation, MPL-2.0, see resources/premid/NOTICE) render cleanly. */
class PremidPagesTest {

    private static final PageRenderer RENDERER = new PageRenderer();

    static List<String> pages() throws IOException {
        return Arrays.stream(read("/premid/index.txt").split("\n")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = PremidPagesTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The page's markdown: everything after the second {@code ---} line of the front matter. */
    private static String body(String file) {
        String[] lines = file.split("\n", -1);
        int dashes = 0;
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            if (dashes < 2) {
                if (line.strip().equals("---")) {
                    dashes++;
                }
                continue;
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    @Test
    void atLeastTwentyPagesFromSeveralLocales() throws IOException {
        List<String> pages = pages();
        Set<String> locales = new HashSet<>();
        pages.forEach(p -> locales.add(p.substring(0, p.indexOf('/'))));
        assertTrue(pages.size() >= 20, "pages: " + pages.size());
        assertTrue(locales.size() >= 4, "locales: " + locales);
    }

    static Stream<String> pageNames() throws IOException {
        return pages().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageNames")
    void r_6_10_3_realPageRendersWithClassifiedInternalLinks(String page) throws IOException {
        String locale = page.substring(0, page.indexOf('/'));
        String path = page.substring(page.indexOf('/') + 1, page.length() - ".md".length());
        Set<String> existing = new HashSet<>(pages());
        RenderResult result = RENDERER.render(RenderRequest.of(body(read("/premid/" + page)), "markdown", locale,
                path, (l, p) -> existing.contains(l + "/" + p + ".md")));

        assertFalse(result.html().isBlank());
        for (Element a : Jsoup.parseBodyFragment(result.html()).select("a[href]")) {
            String href = a.attr("href");
            boolean internal = !href.isEmpty() && !href.startsWith("#") && !href.contains("://")
                    && !href.startsWith("mailto:") && !href.startsWith("tel:") && !href.contains(".")
                    && !href.matches("^/[A-Za-z](/.*)?$");
            if (internal) {
                assertTrue(a.hasClass("is-internal-link"), href);
                assertTrue(a.hasClass("is-valid-page") ^ a.hasClass("is-invalid-page"), href);
            }
        }
    }

    @Test
    void r_6_10_3_calloutsAndLinkListsOfARealPage() throws IOException {
        RenderResult result = RENDERER.render(RenderRequest.of(body(read("/premid/en/install.md")), "markdown", "en",
                "install", (l, p) -> p.startsWith("install/")));
        var doc = Jsoup.parseBodyFragment(result.html());
        assertFalse(doc.select("blockquote.is-info").isEmpty());
        assertFalse(doc.select("blockquote.is-warning").isEmpty());
        assertTrue(doc.select("ul.links-list").size() == 2);
        assertFalse(doc.select("a.is-internal-link.is-valid-page[href=/install/windows]").isEmpty());
        assertTrue(result.links().contains(new PageLinkTarget("en", "install/requirements")));
    }
}
