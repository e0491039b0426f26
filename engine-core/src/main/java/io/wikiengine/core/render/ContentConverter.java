package io.wikiengine.core.render;

import io.wikiengine.core.error.WikiException;
import io.wikiengine.core.render.internal.HtmlCore;
import io.wikiengine.core.render.internal.HtmlToMarkdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;

/**
 * The content change of {@code pages.convert} when the content type changes. Stateless and
 * thread-safe.
 */
public final class ContentConverter {

    /** Creates a converter. */
    public ContentConverter() {
        // Stateless.
    }

    /**
     * The new content of a page converted between content types.
     *
     * @param fromType     the page's current content type
     * @param toType       the content type of the new editor
     * @param content      the page's current content (the source of html→markdown)
     * @param storedRender the page's stored render (the source of markdown→html)
     * @throws WikiException plain {@code Aborted conversion because rendered page content is empty!} for
     *                       markdown→html of an empty render, plain {@code Unsupported source / destination
     *                       content types combination.} for any pair other than markdown→html and
     *                       html→markdown
     */
    public String convert(String fromType, String toType, String content, String storedRender) {
        Objects.requireNonNull(fromType, "fromType");
        Objects.requireNonNull(toType, "toType");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(storedRender, "storedRender");
        if (fromType.equals("markdown") && toType.equals("html")) {
            if (storedRender.isBlank()) {
                throw WikiException.plain("Aborted conversion because rendered page content is empty!");
            }
            return flatten(storedRender);
        }
        if (fromType.equals("html") && toType.equals("markdown")) {
            return HtmlToMarkdown.convert(content);
        }
        throw WikiException.plain("Unsupported source / destination content types combination.");
    }

    /**
     * The render without TOC anchors, each tabset replaced by its tabs as headings followed by their
     * panels in {@code <section>}s. The tab heading level is one below the nearest heading before the
     * tabset (h2 when there is none), since the render keeps no trace of the original level.
     */
    private static String flatten(String render) {
        Document doc = Jsoup.parseBodyFragment(render);
        doc.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        doc.select("a.toc-anchor").remove();
        for (Element tabset : doc.select("tabset")) {
            int level = Math.min(6, levelBefore(doc.body(), tabset) + 1);
            List<Element> templates = new ArrayList<>();
            for (Element child : tabset.children()) {
                if (child.normalName().equals("template")) {
                    templates.add(child);
                }
            }
            List<Element> labels = templates.isEmpty() ? List.of() : templates.get(0).children();
            List<Element> panels = templates.size() < 2 ? List.of() : templates.get(1).children();
            List<Node> replacement = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                Element heading = new Element("h" + level);
                heading.appendChildren(new ArrayList<>(labels.get(i).childNodes()));
                replacement.add(heading);
                Element section = new Element("section");
                if (i < panels.size()) {
                    section.appendChildren(new ArrayList<>(panels.get(i).childNodes()));
                }
                replacement.add(section);
            }
            for (Node n : replacement) {
                tabset.before(n);
            }
            tabset.remove();
        }
        return HtmlCore.sanitize(doc.body().html());
    }

    private static int levelBefore(Element body, Element target) {
        int level = 1;
        for (Element h : body.select("h1, h2, h3, h4, h5, h6")) {
            if (h.siblingIndex() >= 0 && precedes(h, target)) {
                level = h.normalName().charAt(1) - '0';
            }
        }
        return level;
    }

    private static boolean precedes(Element a, Element b) {
        for (Element e = a; e != null; e = e.nextElementSibling()) {
            if (e == b) {
                return true;
            }
        }
        return false;
    }
}
