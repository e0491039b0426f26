package io.wikiengine.core.render.internal;

import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;

/** Turns {@code [^label]} into a footnote reference when a definition with that label exists. */
final class FootnoteLinkProcessor implements LinkProcessor {

    @Override
    public LinkResult process(LinkInfo linkInfo, Scanner scanner, InlineParserContext context) {
        if (linkInfo.destination() != null || linkInfo.marker() != null) {
            return LinkResult.none();
        }
        String text = linkInfo.text(scanner);
        if (!text.startsWith("^") || text.length() < 2) {
            return LinkResult.none();
        }
        String label = text.substring(1);
        if (context.getDefinition(FootnoteDefinition.class, label) == null) {
            return LinkResult.none();
        }
        return LinkResult.replaceWith(new FootnoteReference(label), linkInfo.afterTextBracket());
    }
}
