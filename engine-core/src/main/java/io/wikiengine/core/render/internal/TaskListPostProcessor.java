package io.wikiengine.core.render.internal;

import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Task lists: a list item starting with {@code [ ]} or {@code [x]} gets a disabled check box, the item
 * class {@code task-list-item} and its list {@code contains-task-list}, like markdown-it-task-lists.
 */
final class TaskListPostProcessor implements PostProcessor {

    @Override
    public Node process(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(ListItem listItem) {
                convert(listItem);
                visitChildren(listItem);
            }
        });
        return document;
    }

    private static void convert(ListItem item) {
        Node first = item.getFirstChild();
        if (!(first instanceof Paragraph) || !(first.getFirstChild() instanceof Text)) {
            return;
        }
        Text text = (Text) first.getFirstChild();
        String literal = text.getLiteral();
        if (literal.length() < 4 || literal.charAt(0) != '[' || literal.charAt(2) != ']'
                || literal.charAt(3) != ' ') {
            return;
        }
        char mark = literal.charAt(1);
        if (mark != ' ' && mark != 'x' && mark != 'X') {
            return;
        }
        text.setLiteral(literal.substring(3));
        text.insertBefore(new TaskCheckbox(mark != ' '));
        AttributesNode.attach(item, Map.of("class", "task-list-item"));
        if (item.getParent() != null) {
            AttributesNode parentAttrs = AttributesNode.find(item.getParent());
            String classes = parentAttrs == null ? "" : parentAttrs.attributes().getOrDefault("class", "");
            if (!(" " + classes + " ").contains(" contains-task-list ")) {
                AttributesNode.attach(item.getParent(), Map.of("class", "contains-task-list"));
            }
        }
    }
}
