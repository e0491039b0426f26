package io.wikiengine.storage.pages;

import static io.wikiengine.storage.pages.PageFixture.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wikiengine.core.page.PageEditor;
import io.wikiengine.core.page.PagePath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PagePathTest {

    @ParameterizedTest
    @ValueSource(strings = {"docs/a.b", "docs/a b", "docs\\a", "docs//a", "docs/a\tb"})
    void r_6_2_1_illegalCharactersAre6005(String raw) {
        assertCode(6005, () -> PagePath.of(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"surr\ud800ab", "docs/a\udc00", "docs/a\u0000b", "docs/\u200bx", "\ufeffhome",
        "docs/\u202ax", "docs/\u202ex", "docs/\u2066x", "docs/\u2069x", "docs/\u200fx", "docs/a\u0007",
        "docs/a\u007f", "docs/a\u0085", "docs/a\u009f", "docs/a\u00a0b", "docs/a\u2060b"})
    void r_6_2_1_invisibleOrUnpairedCharactersAre6005(String raw) {
        assertCode(6005, () -> PagePath.of(raw));
    }

    @Test
    void r_6_2_1_pathLongerThanTheStoreHoldsIs6005() {
        assertEquals(2048, PagePath.of("docs/" + "a".repeat(2043)).value().length());
        assertCode(6005, () -> PagePath.of("docs/" + "a".repeat(2044)));
    }

    @Test
    void r_6_2_1_lettersOfAnyScriptAreKept() {
        assertEquals("docs/\u00e9t\u00e9/\u65e5\u672c/\ud83d\ude00/\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
                PagePath.of("docs/\u00e9t\u00e9/\u65e5\u672c/\ud83d\ude00/\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645").value());
    }

    @Test
    void decision11_everySurroundingSlashIsStripped() {
        assertEquals("docs/a", PagePath.of("///docs/a//").value());
    }

    @Test
    void r_6_2_1_otherUnsafeCharactersAreKept() {
        assertEquals("docs/a#b?c", PagePath.of("docs/a#b?c").value());
    }

    @Test
    void r_6_2_1_pathsAreCaseSensitive() {
        assertEquals("Docs/A", PagePath.of("/Docs/A").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "///"})
    void decision35_emptyAfterNormalisationIs6005(String raw) {
        assertCode(6005, () -> PagePath.of(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b", "en/foo", "pt-br/foo", "login", "js/x", "svg", "Favicons/x"})
    void r_6_2_2_reservedFirstSegmentsAre6005(String raw) {
        assertCode(6005, () -> PagePath.of(raw));
    }

    @Test
    void decision35_homeIsAnOrdinaryPath() {
        assertEquals("home", PagePath.of("/home").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "pt-br", "es-419", "fil", "zh-hans", "ZH-Hans"})
    void decision36_wellFormedLocalesAreAccepted(String code) {
        assertEquals(code.toLowerCase(java.util.Locale.ROOT), PagePath.locale(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "e", "english-language-code-that-is-long", "en_US", "../x", "12"})
    void decision36_malformedLocalesAre1012(String code) {
        assertCode(1012, () -> PagePath.locale(code));
    }

    @Test
    void r_6_1_3_hashIsSha1OfLocalePathAndNamespace() {
        // printf 'en|home|' | sha1sum
        assertEquals("b29b5d2ce62e55412776ab98f05631e0aa96597b", PagePath.hash("en", "home", ""));
    }

    @Test
    void decision33_unknownEditorIs1012NamingTheValidKeys() {
        io.wikiengine.core.error.WikiException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.wikiengine.core.error.WikiException.class, () -> PageEditor.of("wysiwyg"));
        assertEquals(1012, e.code());
        assertEquals("Unknown editor \"wysiwyg\": use one of markdown, ckeditor, code, asciidoc.", e.getMessage());
    }

    @Test
    void r_6_1_2_contentTypeComesFromTheEditor() {
        assertEquals("markdown", PageEditor.of("markdown").contentType());
        assertEquals("html", PageEditor.of("ckeditor").contentType());
        assertEquals("html", PageEditor.of("code").contentType());
        assertEquals("asciidoc", PageEditor.of("asciidoc").contentType());
    }
}
