package io.wikiengine.core.render.internal;

import org.commonmark.node.CustomNode;
import org.commonmark.node.Delimited;

/** {@code ~sub~} or {@code ^sup^}: rendered as the tag it names. */
final class SubSupNode extends CustomNode implements Delimited {

    private final String tag;
    private final String delimiter;

    SubSupNode(String tag, String delimiter) {
        this.tag = tag;
        this.delimiter = delimiter;
    }

    String tag() {
        return tag;
    }

    @Override
    public String getOpeningDelimiter() {
        return delimiter;
    }

    @Override
    public String getClosingDelimiter() {
        return delimiter;
    }
}
