package io.wikiengine.core.search;

import java.util.List;

/** Keeps the hits the searching actor may read (page rule {@code read:pages}, with the pages' tags). */
@FunctionalInterface
public interface ReadableFilter {

    /** The readable ones among these hits, in the same order; engines may call it with batches. */
    List<SearchHit> readable(List<SearchHit> hits);
}
