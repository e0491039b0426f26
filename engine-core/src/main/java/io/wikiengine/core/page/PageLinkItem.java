package io.wikiengine.core.page;

import java.util.List;
import java.util.Objects;

/**
 * A page of a locale with its outgoing links.
 *
 * @param id    the page id
 * @param title the page title
 * @param path  {@code <locale>/<path>} of the page
 * @param links {@code <locale>/<path>} of each target the actor may read; targets need not exist
 */
public record PageLinkItem(int id, String title, String path, List<String> links) {

    public PageLinkItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
        links = List.copyOf(links);
    }
}
