package io.wikiengine.core.page;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One item of a history trail, with its computed action type.
 *
 * @param versionId   the snapshot id
 * @param versionDate the page's {@code updatedAt} before the change that made the snapshot
 * @param authorId    the author of the snapshotted state
 * @param authorName  that author's name ({@code ""} if the user is gone)
 * @param actionType  {@code initial}, {@code edit} or {@code move}
 * @param valueBefore the previous path for a move, else null
 * @param valueAfter  the new path for a move, else null
 */
public record PageHistoryEntry(int versionId, Instant versionDate, int authorId, String authorName, String actionType,
                               @Nullable String valueBefore, @Nullable String valueAfter) {

    public PageHistoryEntry {
        Objects.requireNonNull(versionDate, "versionDate");
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(actionType, "actionType");
    }
}
