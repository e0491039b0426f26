package io.wikiengine.core.render;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of rendering a page.
 *
 * @param html  the sanitised HTML to store as the page's render
 * @param toc   the table of contents as the JSON string of R-6.10.5 ({@code []} when there are no headings)
 * @param links the distinct internal link targets, in order of first appearance
 */
public record RenderResult(String html, String toc, List<PageLinkTarget> links) {

    public RenderResult {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(toc, "toc");
        links = List.copyOf(links);
    }
}
