package io.wikiengine.core.spi;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The internal links each page's render holds, targets whether or not they exist. */
public interface PageLinkRepository {

    /** Makes the page's outgoing links exactly these targets (duplicates ignored). */
    void setLinks(int pageId, Collection<PageKey> targets);

    /** The outgoing links of each of these pages, in stored order; pages without links are absent. */
    Map<Integer, List<PageKey>> linksOf(Collection<Integer> pageIds);

    /** The ids of the pages linking to any of these targets, ascending. */
    List<Integer> sourcesLinkingTo(Collection<PageKey> targets);
}
