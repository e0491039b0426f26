package io.wikiengine.core.spi;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Pages. Tags, links, history and the tree have their own repositories. */
public interface PageRepository {

    /**
     * Stores a new page; its id is ignored and the stored page, with its id, is returned.
     *
     * @throws DuplicateKeyException with {@link UniqueKey#PAGE_PATH} when (locale, path) is taken
     */
    StoredPage insert(StoredPage page);

    /**
     * Replaces the stored page of the same id; returns whether it existed.
     *
     * @throws DuplicateKeyException with {@link UniqueKey#PAGE_PATH} when the new (locale, path) is taken
     */
    boolean update(StoredPage page);

    /** Replaces only the render and TOC, leaving {@code updatedAt} alone; returns whether the page exists. */
    boolean updateRender(int id, String render, String toc);

    /** Deletes the page; its tag relations, outgoing links, tree node and comments go with it. */
    boolean delete(int id);

    /** The page with this id. */
    Optional<StoredPage> byId(int id);

    /** The page at this place (exact locale and path). */
    Optional<StoredPage> byKey(PageKey key);

    /** The pages with these ids, by id; unknown ids are absent. */
    Map<Integer, StoredPage> byIds(Collection<Integer> ids);

    /** The summaries of the pages with these ids, by id. */
    Map<Integer, PageSummary> summariesByIds(Collection<Integer> ids);

    /** The pages the filter selects, in its order, without content. */
    List<PageSummary> summaries(PageFilter filter);

    /** Which of these places hold a page. */
    Set<PageKey> existing(Collection<PageKey> keys);

    /**
     * Published pages (optionally of one locale, under a path prefix) whose title, description, content or
     * path contains {@code term}, case-insensitively and literally (no wildcards), best rank first, then
     * by id.
     *
     * @param term       the search text, not blank
     * @param locale     only this locale, or null
     * @param pathPrefix only paths starting with this, or null
     */
    List<PageSearchMatch> search(String term, @Nullable String locale, @Nullable String pathPrefix);

    /**
     * Moves every page of {@code source} whose path is free in {@code target} to {@code target}, changing
     * only the locale code; returns the ids moved.
     */
    List<Integer> migrateLocale(String source, String target);

    /** The number of pages. */
    int count();

    /** The number of pages this user created (a profile's {@code pagesTotal}, spec ). */
    int countCreatedBy(int userId);
}
