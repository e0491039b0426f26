package io.wikiengine.core.render.internal;

import java.util.Map;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.jspecify.annotations.Nullable;

/**
 * An invisible child that carries HTML attributes for its parent node; {@link WikiAttributeProvider}
 * puts them on the parent's tag when it is rendered.
 */
final class AttributesNode extends CustomNode {

    private final Map<String, String> attributes;

    AttributesNode(Map<String, String> attributes) {
        this.attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    }

    Map<String, String> attributes() {
        return attributes;
    }

    /** Adds attributes to a node, merging classes with any it already carries. */
    static void attach(Node target, Map<String, String> attrs) {
        AttributesNode existing = find(target);
        if (existing == null) {
            target.prependChild(new AttributesNode(attrs));
            return;
        }
        java.util.LinkedHashMap<String, String> merged = new java.util.LinkedHashMap<>(existing.attributes);
        attrs.forEach((k, v) -> merged.merge(k, v, (a, b) -> k.equals("class") ? a + " " + b : b));
        existing.insertAfter(new AttributesNode(merged));
        existing.unlink();
    }

    static @Nullable AttributesNode find(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof AttributesNode) {
                return (AttributesNode) child;
            }
        }
        return null;
    }
}
