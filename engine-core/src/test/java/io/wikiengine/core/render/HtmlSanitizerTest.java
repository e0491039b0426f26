package io.wikiengine.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** sanitising, and uploaded SVG files. */
class HtmlSanitizerTest {

    private static final HtmlSanitizer SANITIZER = new HtmlSanitizer();

    @Test
    void r_6_10_4_scriptRemoved() {
        assertEquals("", SANITIZER.sanitize("<script>alert('xss')</script>"));
    }

    @Test
    void r_6_10_4_eventHandlerRemoved() {
        assertEquals("<div>x</div>", SANITIZER.sanitize("<div onclick=\"alert(1)\">x</div>"));
    }

    @Test
    void r_6_10_4_safeMarkupKept() {
        String html = "<p class=\"is-info\" id=\"x\"><a href=\"/a\" target=\"_blank\">a</a> <img src=\"/i.png\" alt=\"i\"></p>";
        assertEquals(html, SANITIZER.sanitize(html));
    }

    @Test
    void r_6_10_4_rasterDataImagesKept() {
        String html = "<img src=\"data:image/png;base64,iVBORw0KGgo=\">";
        assertEquals(html, SANITIZER.sanitize(html));
    }

    @Test
    void r_6_10_4_foreignObjectParagraphsBecomeDivs() {
        assertEquals("<svg><foreignObject><div>x</div></foreignObject></svg>",
                SANITIZER.sanitize("<svg><foreignObject><p>x</p></foreignObject></svg>"));
    }

    @Test
    void r_6_10_4_commentedCssKeywordRemoved() {
        assertEquals("<div>x</div>", SANITIZER.sanitize("<div style=\"width: ex/**/pression(alert(1))\">x</div>"));
    }

    @Test
    void r_6_10_4_xssAssertionDetectsALiveVector() {
        assertThrows(AssertionFailedError.class, () -> XssTest.assertInert("<img src=x onerror=alert(1)>"));
        assertThrows(AssertionFailedError.class, () -> XssTest.assertInert("<a href=\" JavaScript:x\">x</a>"));
    }

    @Test
    void svgKeepsDrawingAndFragmentReferences() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">"
                + "<defs><linearGradient id=\"g\"><stop offset=\"0\"/></linearGradient></defs>"
                + "<use xlink:href=\"#g\"/><rect width=\"10\" height=\"10\" fill=\"url(#g)\"/></svg>";
        assertEquals(svg.replace("/>", " />"), SANITIZER.sanitizeSvg(svg));
    }

    @Test
    void svgLosesScriptsHandlersAndExternalReferences() {
        String out = SANITIZER.sanitizeSvg("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">"
                + "<script>alert(1)</script><a href=\"https://evil.example\"><text>t</text></a>"
                + "<image href=\"https://evil.example/x.png\"/><foreignObject><div>x</div></foreignObject>"
                + "<use xlink:href=\"https://evil.example/x.svg#a\"/></svg>");
        assertFalse(out.contains("script"));
        assertFalse(out.contains("onload"));
        assertFalse(out.contains("evil"));
        assertFalse(out.contains("foreignObject"));
        assertTrue(out.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\">"));
    }
}
