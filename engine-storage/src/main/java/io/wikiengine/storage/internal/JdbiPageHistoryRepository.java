package io.wikiengine.storage.internal;

import io.wikiengine.core.spi.PageHistoryRepository;
import io.wikiengine.core.spi.StoredVersion;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Snapshots in {@code wiki_page_history}. */
final class JdbiPageHistoryRepository implements PageHistoryRepository {

    private static final String FIELDS = "page_id, action, path, hash, title, description, is_private, is_published, "
            + "publish_start_date, publish_end_date, content, content_type, editor_key, locale_code, author_id, "
            + "version_date, created_at";
    private static final String SELECT = "SELECT id, " + FIELDS + " FROM wiki_page_history";

    private final Handle handle;

    JdbiPageHistoryRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public StoredVersion insert(StoredVersion v) {
        int id = handle.createUpdate("INSERT INTO wiki_page_history (" + FIELDS + ") VALUES (:pageId, :action, :path, "
                        + ":hash, :title, :description, :isPrivate, :isPublished, :start, :end, :content, "
                        + ":contentType, :editorKey, :localeCode, :authorId, :versionDate, :createdAt)")
                .bind("pageId", v.pageId())
                .bind("action", v.action())
                .bind("path", v.path())
                .bind("hash", v.hash())
                .bind("title", v.title())
                .bind("description", v.description())
                .bind("isPrivate", v.isPrivate())
                .bind("isPublished", v.isPublished())
                .bind("start", v.publishStartDate())
                .bind("end", v.publishEndDate())
                .bind("content", v.content())
                .bind("contentType", v.contentType())
                .bind("editorKey", v.editorKey())
                .bind("localeCode", v.localeCode())
                .bind("authorId", v.authorId())
                .bind("versionDate", Sql.at(v.versionDate()))
                .bind("createdAt", Sql.at(v.createdAt()))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Integer.class)
                .one();
        return new StoredVersion(id, v.pageId(), v.action(), v.path(), v.hash(), v.title(), v.description(),
                v.isPrivate(), v.isPublished(), v.publishStartDate(), v.publishEndDate(), v.content(),
                v.contentType(), v.editorKey(), v.localeCode(), v.authorId(), v.versionDate(), v.createdAt());
    }

    @Override
    public List<StoredVersion> trail(int pageId, int offset, int limit) {
        return handle.createQuery(SELECT + " WHERE page_id = :page ORDER BY version_date DESC, id DESC "
                        + "OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .bind("page", pageId)
                .bind("offset", offset)
                .bind("limit", limit)
                .map((rs, ctx) -> version(rs))
                .list();
    }

    @Override
    public int count(int pageId) {
        return handle.createQuery("SELECT COUNT(*) FROM wiki_page_history WHERE page_id = :page")
                .bind("page", pageId)
                .mapTo(Integer.class)
                .one();
    }

    @Override
    public Optional<StoredVersion> byId(int pageId, int versionId) {
        return handle.createQuery(SELECT + " WHERE id = :id AND page_id = :page")
                .bind("id", versionId)
                .bind("page", pageId)
                .map((rs, ctx) -> version(rs))
                .findOne();
    }

    @Override
    public int purgeBefore(Instant instant) {
        return handle.createUpdate("DELETE FROM wiki_page_history WHERE version_date < :at")
                .bind("at", Sql.at(instant))
                .execute();
    }

    private static StoredVersion version(ResultSet rs) throws SQLException {
        return new StoredVersion(rs.getInt("id"), rs.getInt("page_id"), rs.getString("action"), rs.getString("path"),
                rs.getString("hash"), rs.getString("title"), rs.getString("description"), rs.getBoolean("is_private"),
                rs.getBoolean("is_published"), rs.getString("publish_start_date"), rs.getString("publish_end_date"),
                rs.getString("content"), rs.getString("content_type"), rs.getString("editor_key"),
                rs.getString("locale_code"), rs.getInt("author_id"), Sql.requiredInstant(rs, "version_date"),
                Sql.requiredInstant(rs, "created_at"));
    }
}
