package io.wikiengine.core.render.internal;

import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.delimiter.DelimiterProcessor;
import org.commonmark.parser.delimiter.DelimiterRun;

/**
 * Single {@code ~} (subscript) or {@code ^} (superscript) delimiters. As in markdown-it-sub/-sup the
 * content must be plain text without unescaped white space, so {@code a ~ b ~ c} stays text.
 */
final class SubSupDelimiterProcessor implements DelimiterProcessor {

    private final char delimiter;
    private final String tag;

    SubSupDelimiterProcessor(char delimiter, String tag) {
        this.delimiter = delimiter;
        this.tag = tag;
    }

    @Override
    public char getOpeningCharacter() {
        return delimiter;
    }

    @Override
    public char getClosingCharacter() {
        return delimiter;
    }

    @Override
    public int getMinLength() {
        return 1;
    }

    @Override
    public int process(DelimiterRun openingRun, DelimiterRun closingRun) {
        if (openingRun.length() != 1 || closingRun.length() != 1) {
            return 0;
        }
        Text opener = openingRun.getOpener();
        Text closer = closingRun.getCloser();
        Node first = opener.getNext();
        if (first == closer) {
            return 0;
        }
        for (Node n = first; n != closer; n = n.getNext()) {
            if (!(n instanceof Text) || ((Text) n).getLiteral().chars().anyMatch(Character::isWhitespace)) {
                return 0;
            }
        }
        SubSupNode node = new SubSupNode(tag, String.valueOf(delimiter));
        Node n = first;
        while (n != closer) {
            Node next = n.getNext();
            node.appendChild(n);
            n = next;
        }
        opener.insertAfter(node);
        return 1;
    }
}
