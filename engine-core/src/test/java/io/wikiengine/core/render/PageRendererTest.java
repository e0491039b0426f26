package io.wikiengine.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The pipeline rules of, through the public API. */
class PageRendererTest {

    private static final PageRenderer RENDERER = new PageRenderer();

    private static RenderResult md(String content) {
        return RENDERER.render(RenderRequest.of(content, "markdown", "en", "golden/sample",
                (l, p) -> l.equals("en") && p.equals("golden/target")));
    }

    private static RenderResult on(String path, String content) {
        return RENDERER.render(RenderRequest.of(content, "markdown", "en", path, LinkResolver.NONE));
    }

    @Test
    void r_6_10_3_relativeLinkOnHomePageResolvesAtRoot() {
        assertEquals("<p><a href=\"/b\" class=\"is-internal-link is-invalid-page\">b</a></p>\n",
                on("home", "[b](b)").html());
    }

    @Test
    void r_6_10_3_relativeLinkResolvesUnderCurrentPage() {
        assertEquals("<p><a href=\"/docs/a/b\" class=\"is-internal-link is-invalid-page\">b</a></p>\n",
                on("docs/a", "[b](b)").html());
        assertEquals(List.of(new PageLinkTarget("en", "docs/a/b")), on("docs/a", "[b](b)").links());
    }

    @Test
    void r_6_10_3_localePrefixBecomesTheLinkLocale() {
        RenderResult r = md("[a](/pt-br/install) [b](/es-419/x) [c](/zh-hans/y) [d](/install)");
        assertEquals(List.of(new PageLinkTarget("pt-br", "install"), new PageLinkTarget("es-419", "x"),
                new PageLinkTarget("zh-hans", "y"), new PageLinkTarget("en", "install")), r.links());
    }

    @Test
    void r_6_10_3_linksAreDistinctAndIgnoreFragments() {
        RenderResult r = md("[a](/golden/target#part) [b](/en/golden/target) [c](/golden/target?x=1)");
        assertEquals(List.of(new PageLinkTarget("en", "golden/target")), r.links());
        assertTrue(r.html().contains("href=\"/golden/target#part\" class=\"is-internal-link is-valid-page\""));
    }

    @Test
    void r_6_10_3_namespacingAddsThePageLocale() {
        RenderResult r = RENDERER.render(new RenderRequest("[x](/docs/x) [y](/fr/docs/y)", "markdown", "en", "home",
                LinkResolver.NONE, true));
        assertTrue(r.html().contains("href=\"/en/docs/x\""));
        assertTrue(r.html().contains("href=\"/fr/docs/y\""));
    }

    @Test
    void r_6_10_3_assetAndSystemAndExternalLinksAreNotPageLinks() {
        RenderResult r = md("[a](/docs/v1.2/x) [s](/t/tag) [e](https://x.example/a) [m](mailto:a@b.c)");
        assertEquals(List.of(), r.links());
    }

    @Test
    void r_6_10_3_headingIdsAreUniqueSlugs() {
        String html = md("# A b!\n# A b\n## 3 Things").html();
        assertTrue(html.contains("id=\"a-b\""));
        assertTrue(html.contains("id=\"a-b-1\""));
        assertTrue(html.contains("id=\"h-3-things\""));
    }

    @Test
    void r_6_10_3_customHeadingIdWins() {
        assertTrue(md("## Title {#custom}").html().startsWith("<h2 id=\"custom\" class=\"toc-header\">"
                + "<a class=\"toc-anchor\" href=\"#custom\">¶</a> Title</h2>"));
    }

    @Test
    void r_6_10_3_everyPreGetsVPre() {
        assertTrue(RENDERER.render(RenderRequest.of("<pre>x</pre>", "html", "en", "home", LinkResolver.NONE)).html()
                .equals("<pre class=\"prismjs line-numbers\" v-pre=\"true\">x</pre>"));
    }

    @Test
    void r_6_10_3_mustacheTextMarksItsParent() {
        // Root text is wrapped in a div by step 4 before the guard of step 6 runs.
        assertEquals("<div v-pre=\"true\">{{ x }}</div>",
                RENDERER.render(RenderRequest.of("{{ x }}", "html", "en", "home", LinkResolver.NONE)).html());
    }

    @Test
    void r_6_10_3_entitiesAboveAsciiAreCharacters() {
        assertEquals("<p>é 日 \u00A0x</p>",
                RENDERER.render(RenderRequest.of("<p>&#xE9; &#x65E5; &nbsp;x</p>", "html", "en", "home",
                        LinkResolver.NONE)).html());
    }

    @Test
    void r_6_10_3_tabsetHeadingBecomesTabs() {
        String html = md("# T {.tabset}\n## A\nx\n## B\ny").html();
        assertTrue(html.startsWith("<tabset><template v-slot:tabs=\"\"><li>A</li><li>B</li></template>"));
        assertFalse(html.contains("<h2"));
    }

    @Test
    void r_6_10_1_asciidocIsEscapedPreformattedText() {
        RenderResult r = RENDERER.render(RenderRequest.of("= Title\n<b>x</b>", "asciidoc", "en", "home",
                LinkResolver.NONE));
        assertEquals("<pre class=\"prismjs line-numbers\" v-pre=\"true\">= Title\n&lt;b&gt;x&lt;/b&gt;</pre>", r.html());
    }

    @Test
    void r_6_10_1_typesWithoutCoreStoreRawContentSanitised() {
        RenderResult r = RENDERER.render(RenderRequest.of("key: value\n<script>x</script>", "yml", "en", "home",
                LinkResolver.NONE));
        assertEquals("key: value\n", r.html());
        assertEquals("[]", r.toc());
        assertEquals(List.of(), r.links());
    }

    @Test
    void r_6_10_4_allowedExtrasSurvive() {
        String html = RENDERER.render(RenderRequest.of(
                "<tabset><template v-slot:tabs><li>a</li></template><template v-slot:content><div v-pre>b</div></template></tabset>"
                        + "<a href=\"https://x.example\" target=\"_blank\">t</a>",
                "html", "en", "home", LinkResolver.NONE)).html();
        assertTrue(html.contains("<template v-slot:tabs>"));
        assertTrue(html.contains("<template v-slot:content>"));
        assertTrue(html.contains("<div v-pre>b</div>"));
        assertTrue(html.contains("target=\"_blank\""));
    }

    @Test
    void r_6_10_2_markdownCalloutOnBlockquote() {
        assertEquals("<blockquote class=\"is-warning\">\n<p>w</p>\n</blockquote>\n", md("> w\n{.is-warning}").html());
    }

    @Test
    void r_6_10_2_attributesOtherThanIdClassTargetAreDropped() {
        String html = md("## T {.a title=x}").html();
        assertFalse(html.contains("title="));
        assertTrue(html.contains("class=\"a toc-header\""));
    }

    @Test
    void renderRequestRejectsNulls() {
        assertThrows(NullPointerException.class, () -> RenderRequest.of("x", "markdown", "en", "home", null));
    }
}
