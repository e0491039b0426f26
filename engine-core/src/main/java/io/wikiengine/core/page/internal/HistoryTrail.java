package io.wikiengine.core.page.internal;

import io.wikiengine.core.page.PageHistoryEntry;
import io.wikiengine.core.spi.StoredVersion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The computed action types of a history page (R-6.8.2 step 4), word for word including its oddity. */
public final class HistoryTrail {

    private HistoryTrail() {
    }

    /**
     * The entries of one history page, newest first.
     *
     * @param page      the snapshots of the page, newest first
     * @param previous  the snapshot just after the page (index {@code U} in newest-first order), when looked up
     * @param total     all snapshots of the page
     * @param upTo      {@code U = (offsetPage + 1) * offsetSize}
     * @param userNames names by user id
     */
    public static List<PageHistoryEntry> entries(List<StoredVersion> page, @Nullable StoredVersion previous, int total,
                                                 int upTo, Map<Integer, String> userNames) {
        List<PageHistoryEntry> oldestFirst = new ArrayList<>();
        StoredVersion prev = previous;
        for (int i = page.size() - 1; i >= 0; i--) {
            StoredVersion v = page.get(i);
            String action;
            String before = null;
            String after = null;
            if (prev == null && total < upTo) {
                action = "initial";
            } else if (!(prev == null ? "" : prev.path()).equals(v.path())) {
                action = "move";
                before = prev == null ? "" : prev.path();
                after = v.path();
            } else {
                action = "edit";
            }
            oldestFirst.add(new PageHistoryEntry(v.id(), v.versionDate(), v.authorId(),
                    userNames.getOrDefault(v.authorId(), ""), action, before, after));
            prev = v;
        }
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }
}
