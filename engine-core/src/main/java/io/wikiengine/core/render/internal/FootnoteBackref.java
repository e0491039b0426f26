package io.wikiengine.core.render.internal;

import org.commonmark.node.CustomNode;

/** The link from a footnote back to one of its references. */
final class FootnoteBackref extends CustomNode {

    private final String refId;

    FootnoteBackref(String refId) {
        this.refId = refId;
    }

    String refId() {
        return refId;
    }
}
