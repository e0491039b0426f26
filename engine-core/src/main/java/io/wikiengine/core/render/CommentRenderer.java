package io.wikiengine.core.render;

import io.wikiengine.core.render.internal.HtmlCore;
import io.wikiengine.core.render.internal.MarkdownCore;
import java.util.Objects;

/**
 * Renders comment markdown (R-10.5 step 5): raw HTML is shown as text, line breaks become
 * {@code <br>}, bare URLs become links, emoji shortcodes become characters, code fences become
 * {@code <pre><code class="language-x">}; the result is sanitised. Thread-safe and reusable.
 */
public final class CommentRenderer {

    private final MarkdownCore markdown = MarkdownCore.comment();

    /** Creates a comment renderer. */
    public CommentRenderer() {
        // The markdown core is immutable; nothing else to set up.
    }

    /** The sanitised HTML of a comment. */
    public String render(String markdownContent) {
        Objects.requireNonNull(markdownContent, "markdownContent");
        return HtmlCore.sanitize(markdown.render(markdownContent));
    }
}
