package io.wikiengine.core.render.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.PostProcessor;

/**
 * Numbers footnote references by first use and moves the referenced definitions into one section at
 * the end of the document, each followed by links back to its references. Unreferenced definitions
 * are dropped.
 */
final class FootnotePostProcessor implements PostProcessor {

    @Override
    public Node process(Node document) {
        List<FootnoteReference> references = new ArrayList<>();
        List<FootnoteDefinition> definitions = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof FootnoteReference) {
                    references.add((FootnoteReference) node);
                }
                visitChildren(node);
            }

            @Override
            public void visit(CustomBlock block) {
                if (block instanceof FootnoteDefinition) {
                    definitions.add((FootnoteDefinition) block);
                }
                visitChildren(block);
            }
        });
        if (references.isEmpty() && definitions.isEmpty()) {
            return document;
        }
        Map<String, FootnoteDefinition> byLabel = new LinkedHashMap<>();
        for (FootnoteDefinition d : definitions) {
            byLabel.putIfAbsent(d.label(), d);
            d.unlink();
        }
        Map<String, List<FootnoteReference>> used = new LinkedHashMap<>();
        for (FootnoteReference ref : references) {
            List<FootnoteReference> uses = used.computeIfAbsent(ref.label(), k -> new ArrayList<>());
            ref.number(new ArrayList<>(used.keySet()).indexOf(ref.label()) + 1, uses.size());
            uses.add(ref);
        }
        if (used.isEmpty()) {
            return document;
        }
        FootnoteSection section = new FootnoteSection();
        int number = 0;
        for (Map.Entry<String, List<FootnoteReference>> e : used.entrySet()) {
            FootnoteDefinition def = byLabel.get(e.getKey());
            def.number(++number);
            Node holder = def.getLastChild() instanceof Paragraph ? def.getLastChild() : def;
            for (FootnoteReference ref : e.getValue()) {
                holder.appendChild(new FootnoteBackref(ref.refId()));
            }
            section.appendChild(def);
        }
        document.appendChild(section);
        return document;
    }
}
