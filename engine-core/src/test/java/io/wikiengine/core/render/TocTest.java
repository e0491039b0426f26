package io.wikiengine.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** the table of contents. */
class TocTest {

    private static final PageRenderer RENDERER = new PageRenderer();

    private static String toc(String markdown) {
        return RENDERER.render(RenderRequest.of(markdown, "markdown", "en", "home", LinkResolver.NONE)).toc();
    }

    @Test
    void r_6_10_5_singleHeading() {
        assertEquals("[{\"title\":\"Sample Heading\",\"anchor\":\"#sample-heading\",\"children\":[]}]",
                toc("# Sample Heading"));
    }

    @Test
    void r_6_10_5_h1IsLevelZeroWhenPresent() {
        assertEquals("[{\"title\":\"A\",\"anchor\":\"#a\",\"children\":[{\"title\":\"B\",\"anchor\":\"#b\","
                + "\"children\":[{\"title\":\"C\",\"anchor\":\"#c\",\"children\":[]}]}]},"
                + "{\"title\":\"D\",\"anchor\":\"#d\",\"children\":[]}]", toc("# A\n## B\n### C\n# D"));
    }

    @Test
    void r_6_10_5_h2IsLevelZeroWithoutH1() {
        assertEquals("[{\"title\":\"A\",\"anchor\":\"#a\",\"children\":[{\"title\":\"B\",\"anchor\":\"#b\","
                + "\"children\":[]}]},{\"title\":\"C\",\"anchor\":\"#c\",\"children\":[]}]", toc("## A\n### B\n## C"));
    }

    @Test
    void r_6_10_5_headingWithoutParentIsSkipped() {
        assertEquals("[{\"title\":\"A\",\"anchor\":\"#a\",\"children\":[]}]", toc("# A\n### Orphan"));
        assertEquals("[{\"title\":\"B\",\"anchor\":\"#b\",\"children\":[]}]", toc("### Orphan\n## B"));
    }

    @Test
    void r_6_10_5_deeperLevelsResetUnderANewParent() {
        assertEquals("[{\"title\":\"A\",\"anchor\":\"#a\",\"children\":[{\"title\":\"B\",\"anchor\":\"#b\","
                + "\"children\":[]}]},{\"title\":\"C\",\"anchor\":\"#c\",\"children\":[]}]",
                toc("# A\n## B\n# C\n### D"));
    }

    @Test
    void r_6_10_5_titleIsEscapedJsonWithoutTheAnchor() {
        assertEquals("[{\"title\":\"Say \\\"hi\\\" \\\\ é\",\"anchor\":\"#say-hi-é\",\"children\":[]}]",
                toc("# Say \"hi\" \\\\ é"));
    }

    @Test
    void r_6_10_5_noHeadingsIsEmptyArray() {
        assertEquals("[]", toc("just text"));
    }
}
