package io.wikiengine.core.render;

import java.util.Objects;

/**
 * What to render.
 *
 * @param content      the page content as stored
 * @param contentType  {@code markdown}, {@code html}, {@code asciidoc}, or any other type (rendered as
 *                     its raw content, sanitised)
 * @param locale       the page's locale code
 * @param path         the page's path, without leading slash or locale; {@code home} for the home page
 * @param linkResolver tells which internal link targets exist
 * @param namespacing  whether the wiki uses locale namespacing: internal links without a locale then get
 *                     the page's locale as a prefix
 */
public record RenderRequest(String content, String contentType, String locale, String path,
        LinkResolver linkResolver, boolean namespacing) {

    public RenderRequest {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(linkResolver, "linkResolver");
    }

    /** A request without namespacing. */
    public static RenderRequest of(String content, String contentType, String locale, String path,
            LinkResolver linkResolver) {
        return new RenderRequest(content, contentType, locale, path, linkResolver, false);
    }
}
