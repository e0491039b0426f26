package io.wikiengine.core.render.internal;

import org.commonmark.node.CustomNode;

/** An abbreviation found in text, rendered as {@code <abbr title="…">}. */
final class AbbreviationNode extends CustomNode {

    private final String title;

    AbbreviationNode(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }
}
