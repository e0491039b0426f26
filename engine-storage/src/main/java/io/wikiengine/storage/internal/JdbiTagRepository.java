package io.wikiengine.storage.internal;

import io.wikiengine.core.page.PageTag;
import io.wikiengine.core.spi.TagRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** Tags in {@code wiki_tags}, page relations in {@code wiki_page_tags}. */
final class JdbiTagRepository implements TagRepository {

    private static final String SELECT = "SELECT id, tag, title, created_at, updated_at FROM wiki_tags";

    private final Handle handle;

    JdbiTagRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public void setPageTags(int pageId, Collection<String> tags, Instant now) {
        Set<String> wanted = new LinkedHashSet<>(tags);
        Map<String, Integer> ids = new HashMap<>();
        if (!wanted.isEmpty()) {
            handle.createQuery("SELECT id, tag FROM wiki_tags WHERE tag IN (<tags>)")
                    .bindList("tags", List.copyOf(wanted))
                    .map((rs, ctx) -> Map.entry(rs.getString(2), rs.getInt(1)))
                    .forEach(e -> ids.put(e.getKey(), e.getValue()));
        }
        for (String tag : wanted) {
            if (!ids.containsKey(tag)) {
                int id = handle.createUpdate("INSERT INTO wiki_tags (tag, title, created_at, updated_at) "
                                + "VALUES (:tag, :tag, :now, :now)")
                        .bind("tag", tag)
                        .bind("now", Sql.at(now))
                        .executeAndReturnGeneratedKeys("id")
                        .mapTo(Integer.class)
                        .one();
                ids.put(tag, id);
            }
        }
        Set<Integer> current = new LinkedHashSet<>(handle
                .createQuery("SELECT tag_id FROM wiki_page_tags WHERE page_id = :page")
                .bind("page", pageId)
                .mapTo(Integer.class)
                .list());
        Set<Integer> target = new LinkedHashSet<>(ids.values());
        for (Integer tagId : current) {
            if (!target.contains(tagId)) {
                handle.createUpdate("DELETE FROM wiki_page_tags WHERE page_id = :page AND tag_id = :tag")
                        .bind("page", pageId)
                        .bind("tag", tagId)
                        .execute();
            }
        }
        for (Integer tagId : target) {
            if (!current.contains(tagId)) {
                handle.createUpdate("INSERT INTO wiki_page_tags (page_id, tag_id) VALUES (:page, :tag)")
                        .bind("page", pageId)
                        .bind("tag", tagId)
                        .execute();
            }
        }
    }

    @Override
    public List<PageTag> tagsOf(int pageId) {
        return handle.createQuery("SELECT t.id, t.tag, t.title, t.created_at, t.updated_at FROM wiki_tags t "
                        + "JOIN wiki_page_tags pt ON pt.tag_id = t.id WHERE pt.page_id = :page ORDER BY t.tag")
                .bind("page", pageId)
                .map((rs, ctx) -> tag(rs))
                .list();
    }

    @Override
    public Map<Integer, List<PageTag>> tagsOf(Collection<Integer> pageIds) {
        Map<Integer, List<PageTag>> result = new LinkedHashMap<>();
        for (Integer id : pageIds) {
            result.put(id, new ArrayList<>());
        }
        for (List<Integer> chunk : JdbiPageRepository.chunks(pageIds)) {
            handle.createQuery("SELECT pt.page_id, t.id, t.tag, t.title, t.created_at, t.updated_at FROM wiki_tags t "
                            + "JOIN wiki_page_tags pt ON pt.tag_id = t.id WHERE pt.page_id IN (<ids>) "
                            + "ORDER BY pt.page_id, t.tag")
                    .bindList("ids", chunk)
                    .map((rs, ctx) -> Map.entry(rs.getInt("page_id"), tag(rs)))
                    .forEach(e -> result.get(e.getKey()).add(e.getValue()));
        }
        result.replaceAll((k, v) -> List.copyOf(v));
        return result;
    }

    @Override
    public Map<Integer, List<Integer>> pageIdsOf(Collection<Integer> tagIds) {
        Map<Integer, List<Integer>> result = new LinkedHashMap<>();
        for (Integer id : tagIds) {
            result.put(id, new ArrayList<>());
        }
        for (List<Integer> chunk : JdbiPageRepository.chunks(tagIds)) {
            handle.createQuery("SELECT tag_id, page_id FROM wiki_page_tags WHERE tag_id IN (<ids>) "
                            + "ORDER BY tag_id, page_id")
                    .bindList("ids", chunk)
                    .map((rs, ctx) -> Map.entry(rs.getInt(1), rs.getInt(2)))
                    .forEach(e -> result.get(e.getKey()).add(e.getValue()));
        }
        result.replaceAll((k, v) -> List.copyOf(v));
        return result;
    }

    @Override
    public List<PageTag> all() {
        return handle.createQuery(SELECT + " ORDER BY tag").map((rs, ctx) -> tag(rs)).list();
    }

    @Override
    public List<PageTag> matching(String term) {
        return handle.createQuery(SELECT + " WHERE LOWER(tag) LIKE :p ESCAPE '!' ORDER BY tag")
                .bind("p", "%" + JdbiPageRepository.escapeLike(term.toLowerCase(Locale.ROOT)) + "%")
                .map((rs, ctx) -> tag(rs))
                .list();
    }

    @Override
    public Optional<PageTag> byId(int id) {
        return handle.createQuery(SELECT + " WHERE id = :id").bind("id", id).map((rs, ctx) -> tag(rs)).findOne();
    }

    @Override
    public boolean update(int id, String tag, String title, Instant now) {
        return handle.createUpdate("UPDATE wiki_tags SET tag = :tag, title = :title, updated_at = :now WHERE id = :id")
                .bind("tag", tag)
                .bind("title", title)
                .bind("now", Sql.at(now))
                .bind("id", id)
                .execute() > 0;
    }

    @Override
    public boolean delete(int id) {
        handle.createUpdate("DELETE FROM wiki_page_tags WHERE tag_id = :id").bind("id", id).execute();
        return handle.createUpdate("DELETE FROM wiki_tags WHERE id = :id").bind("id", id).execute() > 0;
    }

    private static PageTag tag(ResultSet rs) throws SQLException {
        return new PageTag(rs.getInt("id"), rs.getString("tag"), rs.getString("title"),
                Sql.requiredInstant(rs, "created_at"), Sql.requiredInstant(rs, "updated_at"));
    }
}
