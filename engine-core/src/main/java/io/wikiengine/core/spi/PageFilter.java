package io.wikiengine.core.spi;

import io.wikiengine.core.page.PageOrderBy;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which pages {@link PageRepository#summaries} returns, in which order.
 *
 * @param locale     only this locale, or null
 * @param creatorId  when positive, only pages created by this user
 * @param authorId   when positive, only pages last edited by this user; OR-ed with {@code creatorId} when
 *                   both are positive
 * @param tags       lower-case tags that every returned page has; empty for no tag filter
 * @param orderBy    the sort key (ties broken by id)
 * @param descending whether descending
 */
public record PageFilter(@Nullable String locale, int creatorId, int authorId, List<String> tags, PageOrderBy orderBy,
                         boolean descending) {

    /** Every page by id. */
    public static final PageFilter ALL = new PageFilter(null, 0, 0, List.of(), PageOrderBy.ID, false);

    public PageFilter {
        Objects.requireNonNull(orderBy, "orderBy");
        tags = List.copyOf(tags);
    }

    /** Every page of a locale, by path. */
    public static PageFilter locale(String locale) {
        return new PageFilter(locale, 0, 0, List.of(), PageOrderBy.PATH, false);
    }
}
