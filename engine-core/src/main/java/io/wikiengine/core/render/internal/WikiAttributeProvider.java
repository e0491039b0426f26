package io.wikiengine.core.render.internal;

import java.util.Map;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/** Writes the attributes collected in {@link AttributesNode}s onto the rendered tags. */
final class WikiAttributeProvider implements AttributeProvider {

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof FencedCodeBlock) {
            return;
        }
        AttributesNode carried = AttributesNode.find(node);
        if (carried == null) {
            return;
        }
        carried.attributes().forEach((key, value) -> {
            if (key.equals("class") && attributes.containsKey("class")) {
                attributes.put("class", attributes.get("class") + " " + value);
            } else {
                attributes.put(key, value);
            }
        });
    }
}
