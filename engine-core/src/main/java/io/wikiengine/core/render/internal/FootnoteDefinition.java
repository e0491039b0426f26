package io.wikiengine.core.render.internal;

import org.commonmark.node.CustomBlock;

/** A {@code [^label]: text} definition; moved into the footnote section after parsing. */
final class FootnoteDefinition extends CustomBlock {

    private final String label;
    private int number;

    FootnoteDefinition(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    int number() {
        return number;
    }

    void number(int value) {
        this.number = value;
    }
}
