package io.wikiengine.core.render.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.jspecify.annotations.Nullable;

/**
 * The attribute plug-in: {@code {…}} blocks placed after an inline element, at the end of a heading or
 * paragraph, or alone on the last line of a block (callouts after a blockquote, {@code .links-list}
 * after a list). On that last form the attributes go to the outermost block that ends on that line, as
 * markdown-it-attrs does, which is how {@code > text\n{.is-info}} styles the blockquote.
 */
final class AttributePostProcessor implements PostProcessor {

    @Override
    public Node process(Node document) {
        List<Text> texts = new ArrayList<>();
        collectTexts(document, texts);
        for (Text text : texts) {
            if (text.getParent() != null) {
                apply(text);
            }
        }
        return document;
    }

    private static void collectTexts(Node node, List<Text> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text) {
                out.add((Text) child);
            } else {
                collectTexts(child, out);
            }
        }
    }

    private static void apply(Text text) {
        if (applyInline(text)) {
            return;
        }
        Node parent = text.getParent();
        if (text.getNext() != null || !(parent instanceof Paragraph || parent instanceof Heading)) {
            return;
        }
        if (applyOwnLine(text, parent)) {
            return;
        }
        applyLineEnd(text, parent);
    }

    /** {@code *em*{.x}}, {@code [a](b){target=_blank}}, {@code ![i](s){.align-right}}. */
    private static boolean applyInline(Text text) {
        String literal = text.getLiteral();
        Node previous = text.getPrevious();
        if (!literal.startsWith("{") || !isInlineTarget(previous)) {
            return false;
        }
        int close = literal.indexOf('}');
        if (close < 0) {
            return false;
        }
        Map<String, String> attrs = AttributeSyntax.parse(literal.substring(0, close + 1));
        if (attrs == null) {
            return false;
        }
        AttributesNode.attach(previous, attrs);
        String rest = literal.substring(close + 1);
        if (rest.isEmpty()) {
            text.unlink();
        } else {
            text.setLiteral(rest);
        }
        return true;
    }

    private static boolean isInlineTarget(@Nullable Node node) {
        return node instanceof Emphasis || node instanceof StrongEmphasis || node instanceof Link
                || node instanceof Image || node instanceof Code || node instanceof Strikethrough
                || node instanceof SubSupNode;
    }

    /** A last line that holds only {@code {…}}, after a line break. */
    private static boolean applyOwnLine(Text text, Node block) {
        Node previous = text.getPrevious();
        if (!(previous instanceof SoftLineBreak || previous instanceof HardLineBreak)) {
            return false;
        }
        Map<String, String> attrs = AttributeSyntax.parse(text.getLiteral().trim());
        if (attrs == null) {
            return false;
        }
        previous.unlink();
        text.unlink();
        Node target = block;
        while (target.getNext() == null && target.getParent() != null
                && !(target.getParent() instanceof Document)) {
            target = target.getParent();
        }
        AttributesNode.attach(target, attrs);
        return true;
    }

    /** {@code # Title {.tabset}} or {@code text {.cls}}: the heading, paragraph or list item. */
    private static void applyLineEnd(Text text, Node block) {
        String literal = text.getLiteral();
        if (!literal.endsWith("}")) {
            return;
        }
        int open = literal.lastIndexOf('{');
        if (open < 0 || (open == 0 && text.getPrevious() == null)) {
            return;
        }
        Map<String, String> attrs = AttributeSyntax.parse(literal.substring(open));
        if (attrs == null) {
            return;
        }
        String rest = stripTrailing(literal.substring(0, open));
        if (rest.isEmpty()) {
            text.unlink();
        } else {
            text.setLiteral(rest);
        }
        Node target = block;
        if (block instanceof Paragraph && block.getParent() instanceof ListItem
                && block.getParent().getFirstChild() == block) {
            target = block.getParent();
        }
        AttributesNode.attach(target, attrs);
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
