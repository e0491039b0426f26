package io.wikiengine.core.render;

import io.wikiengine.core.render.internal.HtmlCore;
import io.wikiengine.core.render.internal.MarkdownCore;
import io.wikiengine.core.render.internal.PagePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Entities;

/**
 * Renders page content to the HTML that is stored with the page, with its TOC and internal
 * links. Thread-safe and reusable; build one and share it.
 *
 * <ul>
 *   <li>{@code markdown}: the markdown core, then the HTML core;</li>
 *   <li>{@code html}: the HTML core alone;</li>
 *   <li>{@code asciidoc}: no AsciiDoc library is bundled (AsciidoctorJ needs JRuby), so the source is
 *   shown as escaped preformatted text, through the HTML core;</li>
 *   <li>any other type ({@code yml}, {@code redirect}, {@code text} …): the raw content, sanitised.
 *   Wiki.js stores it unsanitised; Wiki Engine never stores unsanitised HTML.</li>
 * </ul>
 */
public final class PageRenderer {

    private final MarkdownCore markdown = MarkdownCore.page();

    /** Creates a renderer with Wiki.js's default plug-in set. */
    public PageRenderer() {
        // The markdown core is immutable; nothing else to set up.
    }

    /** Renders one page. Never throws for odd content: the worst input renders as sanitised text. */
    public RenderResult render(RenderRequest request) {
        Objects.requireNonNull(request, "request");
        String html;
        switch (request.contentType()) {
            case "markdown":
                html = markdown.render(request.content());
                break;
            case "html":
                html = request.content();
                break;
            case "asciidoc":
                html = "<pre>" + Entities.escape(request.content()) + "</pre>";
                break;
            default:
                return new RenderResult(HtmlCore.sanitize(request.content()), "[]", List.of());
        }
        LinkResolver resolver = request.linkResolver();
        HtmlCore.Output out = HtmlCore.run(html, request.locale(), request.path(), request.namespacing(),
                resolver::exists);
        List<PageLinkTarget> links = new ArrayList<>(out.links().size());
        for (PagePath p : out.links()) {
            links.add(new PageLinkTarget(Objects.requireNonNull(p.locale()), p.path()));
        }
        return new RenderResult(out.html(), out.toc(), links);
    }
}
