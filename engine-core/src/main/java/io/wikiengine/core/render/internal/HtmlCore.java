package io.wikiengine.core.render.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;

/**
 * The HTML core of R-6.10.3: pre plug-ins (code classes, diagrams, mermaid, tabsets), link
 * classification, heading ids, root wrapping, sanitising, the mustache guard. Stateless.
 */
public final class HtmlCore {

    /** The result of one run: the final HTML, its TOC JSON and the internal link targets in order. */
    public record Output(String html, String toc, List<PagePath> links) {
    }

    private static final Pattern SYSTEM_LINK = Pattern.compile("^/[A-Za-z](?:/.*)?$");
    private static final Pattern MUSTACHE = Pattern.compile("\\{\\{.*?\\}\\}", Pattern.DOTALL);
    private static final List<String> LINK_CLASSES = List.of("is-internal-link", "is-external-link",
            "is-system-link", "is-asset-link", "is-valid-page", "is-invalid-page");

    private HtmlCore() {
    }

    /**
     * Runs every step on an HTML fragment for the page {@code pagePath} in {@code pageLocale}.
     *
     * @param exists whether a page (locale, path) exists, for the link validity classes
     */
    public static Output run(String html, String pageLocale, String pagePath, boolean namespacing,
            BiPredicate<String, String> exists) {
        Document doc = parse(html);
        Element body = doc.body();
        prePlugins(body);
        classifyLinks(body, pageLocale, pagePath, namespacing, exists);
        headings(body);
        wrapRoot(body);
        Document clean = parse(sanitize(body.html()));
        Element cleanBody = clean.body();
        mustacheGuard(cleanBody);
        List<PagePath> links = collectLinks(cleanBody, pageLocale);
        String toc = Toc.json(cleanBody);
        return new Output(serialize(cleanBody), toc, links);
    }

    /**
     * Sanitises a fragment. Runs the cleaner twice, the second time on the re-parsed output of the first,
     * so markup that would change meaning when a browser parses the serialised result again (mutation XSS)
     * is cleaned in the form the browser will see.
     */
    public static String sanitize(String html) {
        String once = cleanOnce(html);
        return cleanOnce(once);
    }

    private static String cleanOnce(String html) {
        Document doc = parse(html);
        Sanitizer.html().cleanChildren(doc.body());
        return serialize(doc.body());
    }

    static Document parse(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        return doc;
    }

    /** The children's HTML, with no-break spaces as characters (Wiki.js decodes them back too). */
    static String serialize(Element root) {
        return root.html().replace("&nbsp;", "\u00A0");
    }

    private static void prePlugins(Element body) {
        for (Element pre : body.select("pre")) {
            pre.addClass("prismjs").addClass("line-numbers");
        }
        for (Element pre : body.select("pre.diagram")) {
            Element div = new Element("div").addClass("diagram");
            div.appendChildren(new ArrayList<>(pre.childNodes()));
            pre.replaceWith(div);
        }
        for (Element code : body.select("pre.prismjs > code.language-mermaid")) {
            Element div = new Element("div").addClass("mermaid");
            div.appendChildren(new ArrayList<>(code.childNodes()));
            code.parent().replaceWith(div);
        }
        tabsets(body);
    }

    /** A heading with class {@code tabset} turns its next-level sub-headings into tabs. */
    private static void tabsets(Element body) {
        for (int level = 1; level <= 5; level++) {
            for (Element heading : body.select("h" + level + ".tabset")) {
                buildTabset(heading, level);
            }
        }
    }

    private static void buildTabset(Element heading, int level) {
        Element tabsTemplate = new Element("template").attr("v-slot:tabs", "");
        Element contentTemplate = new Element("template").attr("v-slot:content", "");
        String tabTag = "h" + (level + 1);
        Element sibling = heading.nextElementSibling();
        while (sibling != null && !isHeadingAtOrAbove(sibling, level)) {
            if (!sibling.normalName().equals(tabTag)) {
                sibling = sibling.nextElementSibling();
                continue;
            }
            tabsTemplate.appendChild(new Element("li").appendChildren(new ArrayList<>(sibling.childNodes())));
            Element panel = new Element("div").addClass("tabset-panel");
            Node n = sibling.nextSibling();
            while (n != null && !(n instanceof Element && isHeadingAtOrAbove((Element) n, level + 1))) {
                Node following = n.nextSibling();
                panel.appendChild(n);
                n = following;
            }
            contentTemplate.appendChild(panel);
            sibling.remove();
            sibling = n instanceof Element ? (Element) n : null;
        }
        Element tabset = new Element("tabset");
        tabset.appendChild(tabsTemplate).appendChild(contentTemplate);
        heading.replaceWith(tabset);
    }

    private static boolean isHeadingAtOrAbove(Element el, int level) {
        String n = el.normalName();
        return n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '0' + level;
    }

    private static void classifyLinks(Element body, String pageLocale, String pagePath, boolean namespacing,
            BiPredicate<String, String> exists) {
        for (Element a : body.select("a[href]")) {
            String href = a.attr("href").trim();
            String lower = href.toLowerCase(Locale.ROOT);
            if (href.isEmpty() || href.startsWith("#") || lower.startsWith("mailto:") || lower.startsWith("tel:")) {
                continue;
            }
            removeLinkClasses(a);
            if (href.contains("://")) {
                a.addClass("is-external-link");
                continue;
            }
            if (SYSTEM_LINK.matcher(href).matches()) {
                a.addClass("is-system-link");
                continue;
            }
            if (href.contains(".")) {
                a.addClass("is-asset-link");
                continue;
            }
            if (!href.startsWith("/")) {
                href = ("home".equals(pagePath) ? "" : "/" + pagePath) + "/" + href;
            }
            PagePath target = PagePath.parse(pathPart(href));
            if (namespacing && target.locale() == null) {
                href = "/" + pageLocale + href;
            }
            String locale = target.locale() == null ? pageLocale : target.locale();
            a.attr("href", href);
            a.addClass("is-internal-link");
            a.addClass(exists.test(locale, target.path()) ? "is-valid-page" : "is-invalid-page");
        }
    }

    private static void removeLinkClasses(Element a) {
        if (!a.hasAttr("class")) {
            return;
        }
        for (String c : LINK_CLASSES) {
            a.removeClass(c);
        }
        if (a.className().isBlank()) {
            a.removeAttr("class");
        }
    }

    /** The path of an href, without its query and fragment. */
    private static String pathPart(String href) {
        int cut = href.length();
        int hash = href.indexOf('#');
        int query = href.indexOf('?');
        if (hash >= 0) {
            cut = Math.min(cut, hash);
        }
        if (query >= 0) {
            cut = Math.min(cut, query);
        }
        return href.substring(0, cut);
    }

    private static void headings(Element body) {
        Slugger slugger = new Slugger();
        for (Element h : body.select("h1, h2, h3, h4, h5, h6")) {
            h.select("a.toc-anchor").remove();
            String id = slugger.id(h.id().trim(), h.text());
            h.attr("id", id);
            h.addClass("toc-header");
            h.prependChild(new TextNode(" "));
            h.prependChild(new Element("a").addClass("toc-anchor").attr("href", "#" + id).text("\u00B6"));
        }
    }

    private static void wrapRoot(Element body) {
        for (Node n : new ArrayList<>(body.childNodes())) {
            if (n instanceof TextNode && !((TextNode) n).isBlank()) {
                n.wrap("<div></div>");
            } else if (n instanceof Element && ((Element) n).normalName().equals("table")) {
                n.wrap("<div class=\"table-container\"></div>");
            }
        }
    }

    private static void mustacheGuard(Element body) {
        List<TextNode> guarded = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode && MUSTACHE.matcher(((TextNode) node).getWholeText()).find()) {
                guarded.add((TextNode) node);
            }
        }, body);
        for (TextNode text : guarded) {
            Node parent = text.parent();
            if (parent == body) {
                text.wrap("<p v-pre=\"true\"></p>");
            } else if (parent instanceof Element) {
                ((Element) parent).attr("v-pre", "true");
            }
        }
        for (Element pre : body.select("pre")) {
            pre.attr("v-pre", "true");
        }
    }

    private static List<PagePath> collectLinks(Element body, String pageLocale) {
        Set<PagePath> links = new LinkedHashSet<>();
        Elements anchors = body.select("a.is-internal-link[href]");
        for (Element a : anchors) {
            PagePath parsed = PagePath.parse(pathPart(a.attr("href")));
            links.add(new PagePath(parsed.locale() == null ? pageLocale : parsed.locale(), parsed.path()));
        }
        return List.copyOf(links);
    }
}
