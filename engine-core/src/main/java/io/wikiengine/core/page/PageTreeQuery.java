package io.wikiengine.core.page;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The arguments of {@code pages.tree}.
 *
 * @param path             a node whose siblings to list, or null
 * @param parent           the parent node id whose children to list; null or below 1 for the top level
 * @param mode             which nodes
 * @param locale           the locale; {@code ""} for the site locale
 * @param includeAncestors whether to add the ancestors of the {@code path} node
 */
public record PageTreeQuery(@Nullable String path, @Nullable Integer parent, PageTreeMode mode, String locale,
                            boolean includeAncestors) {

    public PageTreeQuery {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(locale, "locale");
    }

    /** The children of a parent node (0 for the top level). */
    public static PageTreeQuery children(String locale, int parent, PageTreeMode mode) {
        return new PageTreeQuery(null, parent, mode, locale, false);
    }

    /** The siblings of the node at this path. */
    public static PageTreeQuery siblings(String locale, String path, PageTreeMode mode, boolean includeAncestors) {
        return new PageTreeQuery(path, null, mode, locale, includeAncestors);
    }
}
