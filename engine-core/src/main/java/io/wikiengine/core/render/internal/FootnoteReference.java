package io.wikiengine.core.render.internal;

import org.commonmark.node.CustomNode;

/** A {@code [^label]} reference; numbered by the order of first use. */
final class FootnoteReference extends CustomNode {

    private final String label;
    private int number;
    private int occurrence;

    FootnoteReference(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    int number() {
        return number;
    }

    int occurrence() {
        return occurrence;
    }

    void number(int value, int nth) {
        this.number = value;
        this.occurrence = nth;
    }

    /** The anchor id of this reference: {@code fnref1}, then {@code fnref1:1} for a second use. */
    String refId() {
        return occurrence == 0 ? "fnref" + number : "fnref" + number + ":" + occurrence;
    }
}
