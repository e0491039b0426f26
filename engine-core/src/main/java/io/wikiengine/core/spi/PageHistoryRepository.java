package io.wikiengine.core.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** History snapshots of pages. They outlive their page. */
public interface PageHistoryRepository {

    /** Stores a snapshot; its id is ignored and the stored snapshot, with its id, is returned. */
    StoredVersion insert(StoredVersion version);

    /** The page's snapshots, newest first (versionDate descending, then id descending), paged. */
    List<StoredVersion> trail(int pageId, int offset, int limit);

    /** The number of snapshots of the page. */
    int count(int pageId);

    /** The snapshot with this id, if it belongs to this page. */
    Optional<StoredVersion> byId(int pageId, int versionId);

    /** Deletes every snapshot whose versionDate is before {@code instant}; returns how many. */
    int purgeBefore(Instant instant);
}
