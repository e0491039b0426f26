package io.wikiengine.core.render.internal;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** The table of contents of R-6.10.5, built from the final headings and written as JSON. */
final class Toc {

    private static final class Entry {
        final String title;
        final String anchor;
        final List<Entry> children = new ArrayList<>();

        Entry(String title, String anchor) {
            this.title = title;
            this.anchor = anchor;
        }
    }

    private Toc() {
    }

    static String json(Element root) {
        List<Element> headings = root.select("h1, h2, h3, h4, h5, h6");
        boolean hasH1 = headings.stream().anyMatch(h -> h.normalName().equals("h1"));
        int base = hasH1 ? 1 : 2;
        List<Entry> top = new ArrayList<>();
        Entry[] last = new Entry[6];
        for (Element h : headings) {
            int depth = h.normalName().charAt(1) - '0' - base;
            if (depth < 0) {
                continue;
            }
            Element copy = h.clone();
            copy.select("a.toc-anchor").remove();
            Entry entry = new Entry(copy.text().trim(), "#" + h.id());
            if (depth == 0) {
                top.add(entry);
            } else if (last[depth - 1] != null) {
                last[depth - 1].children.add(entry);
            } else {
                continue;
            }
            last[depth] = entry;
            for (int d = depth + 1; d < last.length; d++) {
                last[d] = null;
            }
        }
        StringBuilder out = new StringBuilder();
        write(out, top);
        return out.toString();
    }

    private static void write(StringBuilder out, List<Entry> entries) {
        out.append('[');
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (i > 0) {
                out.append(',');
            }
            out.append("{\"title\":");
            Json.string(out, e.title);
            out.append(",\"anchor\":");
            Json.string(out, e.anchor);
            out.append(",\"children\":");
            write(out, e.children);
            out.append('}');
        }
        out.append(']');
    }
}
