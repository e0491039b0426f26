package io.wikiengine.core.render.internal;

import org.commonmark.node.CustomBlock;

/** The list of footnotes at the end of the document; its children are the definitions in order. */
final class FootnoteSection extends CustomBlock {
}
