package io.wikiengine.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wikiengine.core.error.WikiException;
import org.junit.jupiter.api.Test;

/** the content change of {@code convert}. */
class ContentConverterTest {

    private static final ContentConverter CONVERTER = new ContentConverter();
    private static final PageRenderer RENDERER = new PageRenderer();

    private static String render(String markdown) {
        return RENDERER.render(RenderRequest.of(markdown, "markdown", "en", "home", LinkResolver.NONE)).html();
    }

    @Test
    void r_6_7_2_markdownToHtmlDropsTocAnchors() {
        assertEquals("<h1 id=\"a\" class=\"toc-header\"> A</h1>\n<p>x</p>\n",
                CONVERTER.convert("markdown", "html", "# A\nx", render("# A\n\nx")));
    }

    @Test
    void r_6_7_2_markdownToHtmlFlattensTabsets() {
        String html = CONVERTER.convert("markdown", "html", "", render("# Top\n## T {.tabset}\n### A\nx\n### B\ny"));
        assertEquals("<h1 id=\"top\" class=\"toc-header\"> Top</h1>\n<h2>A</h2><section>\n<p>x</p>\n</section>"
                + "<h2>B</h2><section>\n<p>y</p>\n</section>\n", html);
    }

    @Test
    void r_6_7_2_emptyRenderAborts() {
        WikiException e = assertThrows(WikiException.class, () -> CONVERTER.convert("markdown", "html", "x", " "));
        assertEquals("Aborted conversion because rendered page content is empty!", e.getMessage());
        assertEquals(1, e.code());
    }

    @Test
    void r_6_7_2_otherPairsAreUnsupported() {
        WikiException e = assertThrows(WikiException.class, () -> CONVERTER.convert("markdown", "asciidoc", "x", "x"));
        assertEquals("Unsupported source / destination content types combination.", e.getMessage());
    }

    @Test
    void r_6_7_2_htmlToMarkdownConventions() {
        String html = "<h2 id=\"t\" class=\"toc-header\"><a class=\"toc-anchor\" href=\"#t\">¶</a> Title</h2>"
                + "<p><em>e</em> <strong>s</strong> <u>u</u> H<sub>2</sub>O 2<sup>8</sup> <kbd>Ctrl</kbd>"
                + " <a href=\"/x\">l</a></p><hr><ul><li>one<ul><li>nested</li></ul></li>"
                + "<li><input type=\"checkbox\" checked disabled> done</li><li><input type=\"checkbox\"> open</li></ul>"
                + "<pre><code class=\"language-js\">a &lt; b\n</code></pre><blockquote><p>q</p></blockquote>";
        assertEquals("## Title\n\n*e* **s** _u_ H~2~O 2^8^ <kbd>Ctrl</kbd> [l](/x)\n\n---\n\n"
                + "- one\n  - nested\n- [x] done\n- [ ] open\n\n```js\na < b\n```\n\n> q\n", CONVERTER.convert("html",
                        "markdown", html, ""));
    }

    @Test
    void r_6_7_2_htmlToMarkdownTable() {
        assertEquals("| a | b |\n| --- | --- |\n| 1 | 2 |\n", CONVERTER.convert("html", "markdown",
                "<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>", ""));
    }
}
