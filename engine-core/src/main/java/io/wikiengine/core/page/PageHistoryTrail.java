package io.wikiengine.core.page;

import java.util.List;

/**
 * One page of a page's history.
 *
 * @param trail the snapshots of the requested page, newest first
 * @param total the number of snapshots of the page in all
 */
public record PageHistoryTrail(List<PageHistoryEntry> trail, int total) {

    public PageHistoryTrail {
        trail = List.copyOf(trail);
    }
}
