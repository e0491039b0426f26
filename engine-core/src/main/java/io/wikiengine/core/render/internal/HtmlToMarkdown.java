package io.wikiengine.core.render.internal;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML to GFM markdown for {@code convert} (R-6.7.2): {@code -} bullets, fenced code, {@code *em*},
 * {@code **strong**}, ATX headings, {@code ---} rules, {@code ~sub~}, {@code ^sup^}, {@code _u_}, task
 * boxes, {@code kbd} kept as HTML, TOC anchors dropped. Unknown elements keep their content.
 */
public final class HtmlToMarkdown {

    private HtmlToMarkdown() {
    }

    /** Converts an HTML fragment. */
    public static String convert(String html) {
        Element body = HtmlCore.parse(html).body();
        body.select("a.toc-anchor").remove();
        StringBuilder out = new StringBuilder();
        blocks(body, out, "");
        return out.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    private static void blocks(Element parent, StringBuilder out, String prefix) {
        StringBuilder inline = new StringBuilder();
        for (Node n : parent.childNodes()) {
            if (n instanceof Element && isBlock((Element) n)) {
                flush(inline, out, prefix);
                block((Element) n, out, prefix);
            } else {
                inline(n, inline);
            }
        }
        flush(inline, out, prefix);
    }

    private static void flush(StringBuilder inline, StringBuilder out, String prefix) {
        String text = inline.toString().strip();
        inline.setLength(0);
        if (text.isEmpty()) {
            return;
        }
        for (String line : text.split("\n", -1)) {
            out.append(prefix).append(line).append('\n');
        }
        out.append('\n');
    }

    private static boolean isBlock(Element el) {
        switch (el.normalName()) {
            case "p": case "div": case "h1": case "h2": case "h3": case "h4": case "h5": case "h6":
            case "ul": case "ol": case "pre": case "blockquote": case "hr": case "table": case "section":
            case "article": case "header": case "footer": case "tabset": case "template": case "figure":
                return true;
            default:
                return false;
        }
    }

    private static void block(Element el, StringBuilder out, String prefix) {
        String name = el.normalName();
        if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
            StringBuilder text = new StringBuilder();
            inlineChildren(el, text);
            out.append(prefix).append("#".repeat(name.charAt(1) - '0')).append(' ')
                    .append(text.toString().strip().replace("\n", " ")).append("\n\n");
            return;
        }
        switch (name) {
            case "hr":
                out.append(prefix).append("---\n\n");
                return;
            case "pre":
                codeBlock(el, out, prefix);
                return;
            case "blockquote":
                quote(el, out, prefix);
                return;
            case "ul":
            case "ol":
                list(el, out, prefix, "");
                out.append('\n');
                return;
            case "table":
                table(el, out, prefix);
                return;
            default:
                blocks(el, out, prefix);
        }
    }

    /** Renders the quote's blocks on their own, then prefixes every line, so no trailing {@code >} is left. */
    private static void quote(Element el, StringBuilder out, String prefix) {
        StringBuilder inner = new StringBuilder();
        blocks(el, inner, "");
        String text = inner.toString().replaceAll("\n{3,}", "\n\n").strip();
        for (String line : text.split("\n", -1)) {
            out.append(prefix).append(line.isEmpty() ? ">" : "> " + line).append('\n');
        }
        out.append('\n');
    }

    private static void codeBlock(Element pre, StringBuilder out, String prefix) {
        Element code = pre.selectFirst("> code");
        String language = "";
        if (code != null) {
            for (String c : code.classNames()) {
                if (c.startsWith("language-")) {
                    language = c.substring("language-".length());
                }
            }
        }
        String text = (code == null ? pre : code).wholeText();
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        String fence = text.contains("```") ? "~~~" : "```";
        out.append(prefix).append(fence).append(language).append('\n');
        for (String line : text.split("\n", -1)) {
            out.append(prefix).append(line).append('\n');
        }
        out.append(prefix).append(fence).append("\n\n");
    }

    private static void list(Element list, StringBuilder out, String prefix, String indent) {
        boolean ordered = list.normalName().equals("ol");
        int number = ordered && list.hasAttr("start") ? parseStart(list.attr("start")) : 1;
        for (Element li : list.children()) {
            if (!li.normalName().equals("li")) {
                continue;
            }
            String marker = ordered ? (number++) + ". " : "- ";
            StringBuilder text = new StringBuilder();
            String box = "";
            Element input = li.selectFirst("> input[type=checkbox]");
            if (input != null) {
                box = input.hasAttr("checked") ? "[x] " : "[ ] ";
                input.remove();
            }
            StringBuilder nested = new StringBuilder();
            for (Node n : li.childNodes()) {
                if (n instanceof Element && (((Element) n).normalName().equals("ul")
                        || ((Element) n).normalName().equals("ol"))) {
                    list((Element) n, nested, prefix, indent + " ".repeat(marker.length()));
                } else if (n instanceof Element && isBlock((Element) n)) {
                    inlineChildren((Element) n, text);
                    text.append(' ');
                } else {
                    inline(n, text);
                }
            }
            out.append(prefix).append(indent).append(marker).append(box)
                    .append(text.toString().strip().replace("\n", " "))
                    .append('\n').append(nested);
        }
    }

    private static int parseStart(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static void table(Element table, StringBuilder out, String prefix) {
        boolean header = true;
        for (Element tr : table.select("tr")) {
            StringBuilder row = new StringBuilder("|");
            int cells = 0;
            for (Element cell : tr.children()) {
                StringBuilder text = new StringBuilder();
                inlineChildren(cell, text);
                row.append(' ').append(text.toString().strip().replace("\n", " ").replace("|", "\\|")).append(" |");
                cells++;
            }
            out.append(prefix).append(row).append('\n');
            if (header) {
                out.append(prefix).append("|").append(" --- |".repeat(Math.max(cells, 1))).append('\n');
                header = false;
            }
        }
        out.append('\n');
    }

    private static void inlineChildren(Element el, StringBuilder out) {
        for (Node n : el.childNodes()) {
            inline(n, out);
        }
    }

    private static void inline(Node node, StringBuilder out) {
        if (node instanceof TextNode) {
            out.append(escape(((TextNode) node).text()));
            return;
        }
        if (!(node instanceof Element)) {
            return;
        }
        Element el = (Element) node;
        switch (el.normalName()) {
            case "br":
                out.append("  \n");
                return;
            case "em": case "i":
                wrap(el, out, "*", "*");
                return;
            case "strong": case "b":
                wrap(el, out, "**", "**");
                return;
            case "u":
                wrap(el, out, "_", "_");
                return;
            case "del": case "s": case "strike":
                wrap(el, out, "~~", "~~");
                return;
            case "sub":
                wrap(el, out, "~", "~");
                return;
            case "sup":
                wrap(el, out, "^", "^");
                return;
            case "code":
                String code = el.wholeText();
                String ticks = code.contains("`") ? "``" : "`";
                out.append(ticks).append(code).append(ticks);
                return;
            case "kbd":
                out.append("<kbd>").append(org.jsoup.nodes.Entities.escape(el.text())).append("</kbd>");
                return;
            case "a":
                StringBuilder label = new StringBuilder();
                inlineChildren(el, label);
                String href = el.attr("href");
                out.append('[').append(label.toString().strip()).append("](").append(href.replace(" ", "%20"));
                if (el.hasAttr("title")) {
                    out.append(" \"").append(el.attr("title").replace("\"", "\\\"")).append('"');
                }
                out.append(')');
                return;
            case "img":
                out.append("![").append(el.attr("alt")).append("](").append(el.attr("src").replace(" ", "%20")).append(')');
                return;
            default:
                inlineChildren(el, out);
        }
    }

    private static void wrap(Element el, StringBuilder out, String open, String close) {
        StringBuilder inner = new StringBuilder();
        inlineChildren(el, inner);
        String text = inner.toString();
        if (text.isBlank()) {
            out.append(text);
            return;
        }
        out.append(open).append(text.strip()).append(close);
    }

    private static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
