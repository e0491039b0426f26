package io.wikiengine.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** step 5: comment rendering. */
class CommentRendererTest {

    private static final CommentRenderer COMMENTS = new CommentRenderer();

    @Test
    void r_10_5_rawHtmlIsShownAsText() {
        assertEquals("<p>&lt;b&gt;x&lt;/b&gt;</p>\n", COMMENTS.render("<b>x</b>"));
    }

    @Test
    void r_10_5_breaksLinkifyAndEmoji() {
        assertEquals("<p>a<br>\nb <a href=\"https://x.example/p\">https://x.example/p</a> \uD83D\uDC4D</p>\n",
                COMMENTS.render("a\nb https://x.example/p :+1:"));
    }

    @Test
    void r_10_5_codeFenceKeepsLanguageClass() {
        assertEquals("<pre><code class=\"language-js\">a &lt; b\n</code></pre>\n", COMMENTS.render("```js\na < b\n```"));
    }

    @Test
    void r_10_5_noPageAttributesInComments() {
        assertEquals("<blockquote>\n<p>q<br>\n{.is-info}</p>\n</blockquote>\n", COMMENTS.render("> q\n{.is-info}"));
    }
}
