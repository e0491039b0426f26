package io.wikiengine.core.search;

import io.wikiengine.core.spi.PageKey;
import io.wikiengine.core.spi.StorageSession;
import io.wikiengine.core.spi.StoredPage;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A change an engine's index must follow, sent inside the transaction of the write that made it, so an
 * engine that keeps its index in the same store stays exactly in step.
 *
 * @param page     the page as it is now, or null when it was deleted
 * @param previous where the page was before the change (a move or delete), or null for a new page
 * @param session  the storage session of the write's transaction
 */
public record SearchUpdate(@Nullable StoredPage page, @Nullable PageKey previous, StorageSession session) {

    public SearchUpdate {
        Objects.requireNonNull(session, "session");
        if (page == null && previous == null) {
            throw new IllegalArgumentException("an update names the page or where it was");
        }
    }
}
