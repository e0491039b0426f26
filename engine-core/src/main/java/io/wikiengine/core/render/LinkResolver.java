package io.wikiengine.core.render;

/** Tells the renderer whether an internal link points at an existing page. */
@FunctionalInterface
public interface LinkResolver {

    /** A resolver for which no page exists. */
    LinkResolver NONE = (locale, path) -> false;

    /**
     * Whether the page exists.
     *
     * @param locale the locale code of the link target, lower-case
     * @param path   the page path, without leading slash or locale ({@code home} for the home page)
     */
    boolean exists(String locale, String path);
}
