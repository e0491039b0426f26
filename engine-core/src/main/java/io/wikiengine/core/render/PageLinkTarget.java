package io.wikiengine.core.render;

import java.util.Objects;

/**
 * One internal link of a rendered page: the row of the {@code pageLinks} table.
 *
 * @param locale the target's locale code (the linking page's locale when the link names none)
 * @param path   the target's path, without leading slash or locale
 */
public record PageLinkTarget(String locale, String path) {

    public PageLinkTarget {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(path, "path");
    }
}
