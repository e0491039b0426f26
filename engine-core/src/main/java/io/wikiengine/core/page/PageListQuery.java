package io.wikiengine.core.page;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The arguments of {@code pages.list} (R-6.11.1, decision 12).
 *
 * @param limit      at most this many items after the permission filter; 0 or less for all
 * @param orderBy    the sort key
 * @param descending whether to sort descending
 * @param tags       every one of these tags is required (case-insensitive); empty for no tag filter
 * @param locale     only this locale, or null for all
 * @param creatorId  only pages created by this user when positive
 * @param authorId   only pages last edited by this user when positive (OR-ed with creatorId when both are)
 */
public record PageListQuery(int limit, PageOrderBy orderBy, boolean descending, List<String> tags,
                            @Nullable String locale, int creatorId, int authorId) {

    /** Every page, by id. */
    public static final PageListQuery ALL = new PageListQuery(0, PageOrderBy.ID, false, List.of(), null, 0, 0);

    public PageListQuery {
        Objects.requireNonNull(orderBy, "orderBy");
        tags = List.copyOf(tags);
    }

    /** A copy with this limit. */
    public PageListQuery withLimit(int value) {
        return new PageListQuery(value, orderBy, descending, tags, locale, creatorId, authorId);
    }

    /** A copy with this order. */
    public PageListQuery withOrder(PageOrderBy by, boolean desc) {
        return new PageListQuery(limit, by, desc, tags, locale, creatorId, authorId);
    }

    /** A copy requiring these tags. */
    public PageListQuery withTags(List<String> value) {
        return new PageListQuery(limit, orderBy, descending, value, locale, creatorId, authorId);
    }

    /** A copy limited to this locale. */
    public PageListQuery withLocale(@Nullable String value) {
        return new PageListQuery(limit, orderBy, descending, tags, value, creatorId, authorId);
    }

    /** A copy filtered by creator and author (0 for no filter). */
    public PageListQuery withPeople(int creator, int author) {
        return new PageListQuery(limit, orderBy, descending, tags, locale, creator, author);
    }
}
