package io.wikiengine.core.render;

import io.wikiengine.core.render.internal.HtmlCore;
import io.wikiengine.core.render.internal.Sanitizer;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Removes everything executable from HTML: scripts, event handlers, {@code javascript:}, {@code vbscript:}
 * and {@code data:} URLs (except raster images in {@code img src}), frames, plug-ins, {@code base},
 * {@code meta}, form actions and dangerous inline styles. The allow list is DOMPurify's default one plus
 * Wiki.js's extras ({@code tabset}, {@code template}, {@code foreignObject}, {@code v-pre},
 * {@code v-slot:tabs}, {@code v-slot:content}, {@code target}). Stateless and thread-safe.
 */
public final class HtmlSanitizer {

    /** Creates a sanitiser. */
    public HtmlSanitizer() {
        // Stateless: every call parses its own input.
    }

    /** Sanitises an HTML fragment and returns the cleaned fragment. */
    public String sanitize(String html) {
        Objects.requireNonNull(html, "html");
        return HtmlCore.sanitize(html);
    }

    /**
     * Sanitises an uploaded SVG file, parsed as XML: no scripts, no event handlers, no
     * {@code foreignObject}, and {@code href}/{@code xlink:href} only to fragments ({@code #id}) of the
     * same file, so the image can load nothing from elsewhere. The XML declaration and doctype are dropped.
     */
    public String sanitizeSvg(String svg) {
        Objects.requireNonNull(svg, "svg");
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        doc.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.xhtml)
                .syntax(Document.OutputSettings.Syntax.xml);
        Sanitizer.svg().cleanChildren(doc);
        return doc.html();
    }
}
