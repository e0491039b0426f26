package io.wikiengine.core.render.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.jspecify.annotations.Nullable;

/** HTML for the nodes of our extensions, and fenced code as Wiki.js's markdown core writes it. */
final class WikiNodeRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final boolean diagrams;

    WikiNodeRenderer(HtmlNodeRendererContext context, boolean diagrams) {
        this.context = context;
        this.html = context.getWriter();
        this.diagrams = diagrams;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(FencedCodeBlock.class, SubSupNode.class, AbbreviationNode.class, TaskCheckbox.class,
                AttributesNode.class, FootnoteReference.class, FootnoteBackref.class, FootnoteSection.class,
                FootnoteDefinition.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof FencedCodeBlock) {
            renderFence((FencedCodeBlock) node);
        } else if (node instanceof SubSupNode) {
            String tag = ((SubSupNode) node).tag();
            html.tag(tag);
            children(node);
            html.tag("/" + tag);
        } else if (node instanceof AbbreviationNode) {
            html.tag("abbr", Map.of("title", ((AbbreviationNode) node).title()));
            children(node);
            html.tag("/abbr");
        } else if (node instanceof TaskCheckbox) {
            renderCheckbox((TaskCheckbox) node);
        } else if (node instanceof FootnoteReference) {
            renderReference((FootnoteReference) node);
        } else if (node instanceof FootnoteBackref) {
            html.raw(" ");
            html.tag("a", attrs("href", "#" + ((FootnoteBackref) node).refId(), "class", "footnote-backref"));
            html.text("\u21A9\uFE0E");
            html.tag("/a");
        } else if (node instanceof FootnoteSection) {
            renderSection(node);
        } else if (node instanceof FootnoteDefinition) {
            children(node);
        }
    }

    private void children(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            context.render(child);
            child = next;
        }
    }

    private static Map<String, String> attrs(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private void renderFence(FencedCodeBlock block) {
        String info = block.getInfo() == null ? "" : block.getInfo().trim();
        String language = info.isEmpty() ? "" : info.split("\\s+", 2)[0];
        String literal = block.getLiteral() == null ? "" : block.getLiteral();
        html.line();
        if (diagrams && language.equals("diagram")) {
            String svg = decodeBase64(literal);
            if (svg != null) {
                html.tag("pre", Map.of("class", "diagram"));
                html.raw(svg);
                html.tag("/pre");
                html.line();
                return;
            }
        }
        html.tag("pre");
        html.tag("code", language.isEmpty() ? Map.of() : Map.of("class", "language-" + language));
        html.text(literal);
        html.tag("/code");
        html.tag("/pre");
        html.line();
    }

    private static @Nullable String decodeBase64(String literal) {
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(literal.trim());
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void renderCheckbox(TaskCheckbox box) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("class", "task-list-item-checkbox");
        if (box.checked()) {
            a.put("checked", "");
        }
        a.put("disabled", "");
        a.put("type", "checkbox");
        html.tag("input", a);
    }

    private void renderReference(FootnoteReference ref) {
        html.tag("sup", Map.of("class", "footnote-ref"));
        html.tag("a", attrs("href", "#fn" + ref.number(), "id", ref.refId()));
        html.text("[" + ref.number() + "]");
        html.tag("/a");
        html.tag("/sup");
    }

    private void renderSection(Node section) {
        html.line();
        html.tag("hr", Map.of("class", "footnotes-sep"));
        html.line();
        html.tag("section", Map.of("class", "footnotes"));
        html.line();
        html.tag("ol", Map.of("class", "footnotes-list"));
        html.line();
        for (Node def = section.getFirstChild(); def != null; def = def.getNext()) {
            int number = ((FootnoteDefinition) def).number();
            html.tag("li", attrs("id", "fn" + number, "class", "footnote-item"));
            children(def);
            html.tag("/li");
            html.line();
        }
        html.tag("/ol");
        html.line();
        html.tag("/section");
        html.line();
    }
}
