package io.wikiengine.storage.internal;

import io.wikiengine.core.page.PageOrderBy;
import io.wikiengine.core.spi.PageFilter;
import io.wikiengine.core.spi.PageKey;
import io.wikiengine.core.spi.PageRepository;
import io.wikiengine.core.spi.PageSearchMatch;
import io.wikiengine.core.spi.PageSummary;
import io.wikiengine.core.spi.StoredPage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jspecify.annotations.Nullable;

/** Pages in {@code wiki_pages}. */
final class JdbiPageRepository implements PageRepository {

    private static final String FIELDS = "path, hash, title, description, is_private, is_published, private_ns, "
            + "publish_start_date, publish_end_date, content, render, toc, content_type, editor_key, locale_code, "
            + "script_css, script_js, author_id, creator_id, created_at, updated_at";
    private static final String VALUES = ":path, :hash, :title, :description, :isPrivate, :isPublished, :privateNS, "
            + ":publishStartDate, :publishEndDate, :content, :render, :toc, :contentType, :editorKey, :localeCode, "
            + ":scriptCss, :scriptJs, :authorId, :creatorId, :createdAt, :updatedAt";
    private static final String SELECT = "SELECT id, " + FIELDS + " FROM wiki_pages";
    private static final String SUMMARY = "SELECT id, path, locale_code, title, description, content_type, "
            + "is_published, is_private, private_ns, author_id, creator_id, created_at, updated_at FROM wiki_pages";
    // Batches stay below every driver's bind-parameter limit.
    private static final int CHUNK = 500;

    private final Handle handle;

    JdbiPageRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public StoredPage insert(StoredPage page) {
        int id = bind(handle.createUpdate("INSERT INTO wiki_pages (" + FIELDS + ") VALUES (" + VALUES + ")"), page)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Integer.class)
                .one();
        return page.withId(id);
    }

    @Override
    public boolean update(StoredPage page) {
        StringBuilder set = new StringBuilder();
        String[] fields = FIELDS.split(", ");
        String[] values = VALUES.split(", ");
        for (int i = 0; i < fields.length; i++) {
            set.append(i == 0 ? "" : ", ").append(fields[i]).append(" = ").append(values[i]);
        }
        return bind(handle.createUpdate("UPDATE wiki_pages SET " + set + " WHERE id = :id"), page)
                .bind("id", page.id())
                .execute() > 0;
    }

    @Override
    public boolean updateRender(int id, String render, String toc) {
        return handle.createUpdate("UPDATE wiki_pages SET render = :render, toc = :toc WHERE id = :id")
                .bind("render", render)
                .bind("toc", toc)
                .bind("id", id)
                .execute() > 0;
    }

    @Override
    public boolean delete(int id) {
        return handle.createUpdate("DELETE FROM wiki_pages WHERE id = :id").bind("id", id).execute() > 0;
    }

    @Override
    public Optional<StoredPage> byId(int id) {
        return handle.createQuery(SELECT + " WHERE id = :id").bind("id", id).map((rs, ctx) -> page(rs)).findOne();
    }

    @Override
    public Optional<StoredPage> byKey(PageKey key) {
        return handle.createQuery(SELECT + " WHERE locale_code = :locale AND path = :path")
                .bind("locale", key.locale())
                .bind("path", key.path())
                .map((rs, ctx) -> page(rs))
                .findOne();
    }

    @Override
    public Map<Integer, StoredPage> byIds(Collection<Integer> ids) {
        Map<Integer, StoredPage> result = new LinkedHashMap<>();
        for (List<Integer> chunk : chunks(ids)) {
            handle.createQuery(SELECT + " WHERE id IN (<ids>) ORDER BY id")
                    .bindList("ids", chunk)
                    .map((rs, ctx) -> page(rs))
                    .forEach(p -> result.put(p.id(), p));
        }
        return result;
    }

    @Override
    public Map<Integer, PageSummary> summariesByIds(Collection<Integer> ids) {
        Map<Integer, PageSummary> result = new LinkedHashMap<>();
        for (List<Integer> chunk : chunks(ids)) {
            handle.createQuery(SUMMARY + " WHERE id IN (<ids>) ORDER BY id")
                    .bindList("ids", chunk)
                    .map((rs, ctx) -> summary(rs))
                    .forEach(p -> result.put(p.id(), p));
        }
        return result;
    }

    @Override
    public List<PageSummary> summaries(PageFilter filter) {
        return window(filter, 0, 0);
    }

    @Override
    public List<PageSummary> summaries(PageFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must not be negative and limit must be positive");
        }
        return window(filter, offset, limit);
    }

    /** The filter's pages from {@code offset}, at most {@code limit} of them, or all when the limit is 0. */
    private List<PageSummary> window(PageFilter filter, int offset, int limit) {
        List<String> where = new ArrayList<>();
        if (filter.locale() != null) {
            where.add("locale_code = :locale");
        }
        if (filter.creatorId() > 0 && filter.authorId() > 0) {
            where.add("(creator_id = :creator OR author_id = :author)");
        } else if (filter.creatorId() > 0) {
            where.add("creator_id = :creator");
        } else if (filter.authorId() > 0) {
            where.add("author_id = :author");
        }
        if (!filter.tags().isEmpty()) {
            where.add("id IN (SELECT pt.page_id FROM wiki_page_tags pt JOIN wiki_tags t ON t.id = pt.tag_id "
                    + "WHERE t.tag IN (<tags>) GROUP BY pt.page_id HAVING COUNT(DISTINCT t.tag) = :tagCount)");
        }
        String sql = SUMMARY + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY " + order(filter.orderBy()) + (filter.descending() ? " DESC" : " ASC")
                + ", id" + (filter.descending() ? " DESC" : " ASC")
                + (limit > 0 ? " LIMIT :limit OFFSET :offset" : "");
        Query query = handle.createQuery(sql);
        if (limit > 0) {
            query.bind("limit", limit).bind("offset", offset);
        }
        if (filter.locale() != null) {
            query.bind("locale", filter.locale());
        }
        if (filter.creatorId() > 0) {
            query.bind("creator", filter.creatorId());
        }
        if (filter.authorId() > 0) {
            query.bind("author", filter.authorId());
        }
        if (!filter.tags().isEmpty()) {
            Set<String> distinct = new LinkedHashSet<>(filter.tags());
            query.bindList("tags", List.copyOf(distinct)).bind("tagCount", distinct.size());
        }
        return query.map((rs, ctx) -> summary(rs)).list();
    }

    @Override
    public Set<PageKey> existing(Collection<PageKey> keys) {
        Set<PageKey> result = new HashSet<>();
        for (PageKey key : new LinkedHashSet<>(keys)) {
            boolean found = handle.createQuery(
                            "SELECT COUNT(*) FROM wiki_pages WHERE locale_code = :locale AND path = :path")
                    .bind("locale", key.locale())
                    .bind("path", key.path())
                    .mapTo(Integer.class)
                    .one() > 0;
            if (found) {
                result.add(key);
            }
        }
        return result;
    }

    @Override
    public List<PageSearchMatch> search(String term, @Nullable String locale, @Nullable String pathPrefix) {
        String pattern = "%" + escapeLike(term.toLowerCase(Locale.ROOT)) + "%";
        StringBuilder sql = new StringBuilder("SELECT id, path, locale_code, title, description, "
                + "CASE WHEN LOWER(title) LIKE :p ESCAPE '!' THEN 0 "
                + "WHEN LOWER(description) LIKE :p ESCAPE '!' THEN 1 ELSE 2 END AS hit_rank "
                + "FROM wiki_pages WHERE is_published = TRUE "
                + "AND (LOWER(title) LIKE :p ESCAPE '!' OR LOWER(description) LIKE :p ESCAPE '!' "
                + "OR LOWER(path) LIKE :p ESCAPE '!' OR LOWER(content) LIKE :p ESCAPE '!')");
        if (locale != null) {
            sql.append(" AND locale_code = :locale");
        }
        if (pathPrefix != null) {
            sql.append(" AND path LIKE :prefix ESCAPE '!'");
        }
        sql.append(" ORDER BY hit_rank, id");
        Query query = handle.createQuery(sql.toString()).bind("p", pattern);
        if (locale != null) {
            query.bind("locale", locale);
        }
        if (pathPrefix != null) {
            query.bind("prefix", escapeLike(pathPrefix) + "%");
        }
        return query.map((rs, ctx) -> new PageSearchMatch(rs.getInt("id"), rs.getString("path"),
                        rs.getString("locale_code"), rs.getString("title"), rs.getString("description"),
                        rs.getInt("hit_rank")))
                .list();
    }

    @Override
    public List<Integer> migrateLocale(String source, String target) {
        List<Integer> ids = handle.createQuery("SELECT s.id FROM wiki_pages s WHERE s.locale_code = :source "
                        + "AND NOT EXISTS (SELECT 1 FROM wiki_pages t WHERE t.locale_code = :target AND t.path = s.path) "
                        + "ORDER BY s.id")
                .bind("source", source)
                .bind("target", target)
                .mapTo(Integer.class)
                .list();
        for (List<Integer> chunk : chunks(ids)) {
            handle.createUpdate("UPDATE wiki_pages SET locale_code = :target WHERE id IN (<ids>)")
                    .bind("target", target)
                    .bindList("ids", chunk)
                    .execute();
        }
        return ids;
    }

    @Override
    public int count() {
        return handle.createQuery("SELECT COUNT(*) FROM wiki_pages").mapTo(Integer.class).one();
    }

    @Override
    public int countCreatedBy(int userId) {
        return handle.createQuery("SELECT COUNT(*) FROM wiki_pages WHERE creator_id = :user")
                .bind("user", userId)
                .mapTo(Integer.class)
                .one();
    }

    static List<List<Integer>> chunks(Collection<Integer> ids) {
        List<Integer> distinct = List.copyOf(new LinkedHashSet<>(ids));
        List<List<Integer>> result = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i += CHUNK) {
            result.add(distinct.subList(i, Math.min(distinct.size(), i + CHUNK)));
        }
        return result;
    }

    static String escapeLike(String text) {
        // '!' rather than a backslash: Jdbi's statement parser does not accept a backslash inside quotes.
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static String order(PageOrderBy orderBy) {
        return switch (orderBy) {
            case CREATED -> "created_at";
            case PATH -> "path";
            case TITLE -> "title";
            case UPDATED -> "updated_at";
            case ID -> "id";
        };
    }

    private static <S extends SqlStatement<S>> S bind(S statement, StoredPage page) {
        return statement.bind("path", page.path())
                .bind("hash", page.hash())
                .bind("title", page.title())
                .bind("description", page.description())
                .bind("isPrivate", page.isPrivate())
                .bind("isPublished", page.isPublished())
                .bind("privateNS", page.privateNS())
                .bind("publishStartDate", page.publishStartDate())
                .bind("publishEndDate", page.publishEndDate())
                .bind("content", page.content())
                .bind("render", page.render())
                .bind("toc", page.toc())
                .bind("contentType", page.contentType())
                .bind("editorKey", page.editorKey())
                .bind("localeCode", page.localeCode())
                .bind("scriptCss", page.scriptCss())
                .bind("scriptJs", page.scriptJs())
                .bind("authorId", page.authorId())
                .bind("creatorId", page.creatorId())
                .bind("createdAt", Sql.at(page.createdAt()))
                .bind("updatedAt", Sql.at(page.updatedAt()));
    }

    private static StoredPage page(ResultSet rs) throws SQLException {
        return new StoredPage(rs.getInt("id"), rs.getString("path"), rs.getString("hash"), rs.getString("title"),
                rs.getString("description"), rs.getBoolean("is_private"), rs.getBoolean("is_published"),
                rs.getString("private_ns"), rs.getString("publish_start_date"), rs.getString("publish_end_date"),
                rs.getString("content"), rs.getString("render"), rs.getString("toc"), rs.getString("content_type"),
                rs.getString("editor_key"), rs.getString("locale_code"), rs.getString("script_css"),
                rs.getString("script_js"), rs.getInt("author_id"), rs.getInt("creator_id"),
                Sql.requiredInstant(rs, "created_at"), Sql.requiredInstant(rs, "updated_at"));
    }

    private static PageSummary summary(ResultSet rs) throws SQLException {
        return new PageSummary(rs.getInt("id"), rs.getString("path"), rs.getString("locale_code"),
                rs.getString("title"), rs.getString("description"), rs.getString("content_type"),
                rs.getBoolean("is_published"), rs.getBoolean("is_private"), rs.getString("private_ns"),
                rs.getInt("author_id"), rs.getInt("creator_id"), Sql.requiredInstant(rs, "created_at"),
                Sql.requiredInstant(rs, "updated_at"));
    }
}
