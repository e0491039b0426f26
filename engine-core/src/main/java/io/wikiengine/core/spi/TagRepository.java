package io.wikiengine.core.spi;

import io.wikiengine.core.page.PageTag;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tags and which pages carry them. */
public interface TagRepository {

    /**
     * Makes the page's tags exactly these texts (already trimmed, lower-case and distinct), creating the
     * missing tags with {@code title = tag} at {@code now}.
     *
     * @throws DuplicateKeyException with {@link UniqueKey#TAG} when a concurrent write created a tag first
     */
    void setPageTags(int pageId, Collection<String> tags, Instant now);

    /** The page's tags, sorted by tag. */
    List<PageTag> tagsOf(int pageId);

    /** The tags of each of these pages, sorted by tag; pages without tags map to an empty list. */
    Map<Integer, List<PageTag>> tagsOf(Collection<Integer> pageIds);

    /** The ids of the pages carrying each of these tags. */
    Map<Integer, List<Integer>> pageIdsOf(Collection<Integer> tagIds);

    /** Every tag, sorted by tag. */
    List<PageTag> all();

    /** Tags whose text contains {@code term} case-insensitively, sorted by tag. */
    List<PageTag> matching(String term);

    /** The tag with this id. */
    Optional<PageTag> byId(int id);

    /**
     * Sets a tag's text and title; returns whether it existed.
     *
     * @throws DuplicateKeyException with {@link UniqueKey#TAG} when another tag has that text
     */
    boolean update(int id, String tag, String title, Instant now);

    /** Detaches the tag from every page and deletes it; returns whether it existed. */
    boolean delete(int id);
}
