package io.wikiengine.core.render.internal;

import org.commonmark.node.CustomNode;

/** The disabled check box of a task list item. */
final class TaskCheckbox extends CustomNode {

    private final boolean checked;

    TaskCheckbox(boolean checked) {
        this.checked = checked;
    }

    boolean checked() {
        return checked;
    }
}
