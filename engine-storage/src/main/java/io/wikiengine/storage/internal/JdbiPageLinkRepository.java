package io.wikiengine.storage.internal;

import io.wikiengine.core.spi.PageKey;
import io.wikiengine.core.spi.PageLinkRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Links in {@code wiki_page_links}. */
final class JdbiPageLinkRepository implements PageLinkRepository {

    private final Handle handle;

    JdbiPageLinkRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public void setLinks(int pageId, Collection<PageKey> targets) {
        handle.createUpdate("DELETE FROM wiki_page_links WHERE page_id = :page").bind("page", pageId).execute();
        if (targets.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch(
                "INSERT INTO wiki_page_links (page_id, locale_code, path) VALUES (:page, :locale, :path)");
        for (PageKey key : new LinkedHashSet<>(targets)) {
            batch.bind("page", pageId).bind("locale", key.locale()).bind("path", key.path()).add();
        }
        batch.execute();
    }

    @Override
    public Map<Integer, List<PageKey>> linksOf(Collection<Integer> pageIds) {
        Map<Integer, List<PageKey>> result = new LinkedHashMap<>();
        for (List<Integer> chunk : JdbiPageRepository.chunks(pageIds)) {
            handle.createQuery("SELECT page_id, locale_code, path FROM wiki_page_links WHERE page_id IN (<ids>) "
                            + "ORDER BY page_id, id")
                    .bindList("ids", chunk)
                    .map((rs, ctx) -> Map.entry(rs.getInt(1), new PageKey(rs.getString(2), rs.getString(3))))
                    .forEach(e -> result.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        result.replaceAll((k, v) -> List.copyOf(v));
        return result;
    }

    @Override
    public List<Integer> sourcesLinkingTo(Collection<PageKey> targets) {
        TreeSet<Integer> result = new TreeSet<>();
        for (PageKey key : new LinkedHashSet<>(targets)) {
            result.addAll(handle.createQuery("SELECT DISTINCT page_id FROM wiki_page_links "
                            + "WHERE locale_code = :locale AND path = :path")
                    .bind("locale", key.locale())
                    .bind("path", key.path())
                    .mapTo(Integer.class)
                    .list());
        }
        return List.copyOf(result);
    }
}
