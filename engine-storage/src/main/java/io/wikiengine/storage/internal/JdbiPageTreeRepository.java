package io.wikiengine.storage.internal;

import io.wikiengine.core.page.PageTreeItem;
import io.wikiengine.core.page.PageTreeMode;
import io.wikiengine.core.spi.PageKey;
import io.wikiengine.core.spi.PageTreeRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;

/** Tree nodes in {@code wiki_page_tree}; a top-level node has a null {@code parent_id}. */
final class JdbiPageTreeRepository implements PageTreeRepository {

    private static final String SELECT = "SELECT id, locale_code, path, depth, title, is_private, is_folder, "
            + "private_ns, parent_id, page_id, ancestors FROM wiki_page_tree";

    private final Handle handle;

    JdbiPageTreeRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public PageTreeItem insert(PageTreeItem node) {
        int id = bind(handle.createUpdate("INSERT INTO wiki_page_tree (locale_code, path, depth, title, is_private, "
                        + "is_folder, private_ns, parent_id, page_id, ancestors) VALUES (:locale, :path, :depth, :title, "
                        + ":isPrivate, :isFolder, :privateNS, :parent, :pageId, :ancestors)"), node)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Integer.class)
                .one();
        return node.withId(id);
    }

    @Override
    public void update(PageTreeItem node) {
        bind(handle.createUpdate("UPDATE wiki_page_tree SET locale_code = :locale, path = :path, depth = :depth, "
                        + "title = :title, is_private = :isPrivate, is_folder = :isFolder, private_ns = :privateNS, "
                        + "parent_id = :parent, page_id = :pageId, ancestors = :ancestors WHERE id = :id"), node)
                .bind("id", node.id())
                .execute();
    }

    @Override
    public void delete(int id) {
        handle.createUpdate("DELETE FROM wiki_page_tree WHERE id = :id").bind("id", id).execute();
    }

    @Override
    public Optional<PageTreeItem> byId(int id) {
        return handle.createQuery(SELECT + " WHERE id = :id").bind("id", id).map((rs, ctx) -> node(rs)).findOne();
    }

    @Override
    public Optional<PageTreeItem> byKey(PageKey key) {
        return handle.createQuery(SELECT + " WHERE locale_code = :locale AND path = :path")
                .bind("locale", key.locale())
                .bind("path", key.path())
                .map((rs, ctx) -> node(rs))
                .findOne();
    }

    @Override
    public Optional<PageTreeItem> byPageId(int pageId) {
        return handle.createQuery(SELECT + " WHERE page_id = :page")
                .bind("page", pageId)
                .map((rs, ctx) -> node(rs))
                .findFirst();
    }

    @Override
    public List<PageTreeItem> byIds(Collection<Integer> ids) {
        List<PageTreeItem> result = new ArrayList<>();
        for (List<Integer> chunk : JdbiPageRepository.chunks(ids)) {
            result.addAll(handle.createQuery(SELECT + " WHERE id IN (<ids>) ORDER BY id")
                    .bindList("ids", chunk)
                    .map((rs, ctx) -> node(rs))
                    .list());
        }
        return result;
    }

    @Override
    public boolean hasChildren(int id) {
        return handle.createQuery("SELECT COUNT(*) FROM wiki_page_tree WHERE parent_id = :id")
                .bind("id", id)
                .mapTo(Integer.class)
                .one() > 0;
    }

    @Override
    public List<PageTreeItem> children(String locale, int parent, PageTreeMode mode) {
        String where = parent < 1 ? " WHERE locale_code = :locale AND parent_id IS NULL"
                : " WHERE locale_code = :locale AND parent_id = :parent";
        String filter = switch (mode) {
            case FOLDERS -> " AND is_folder = TRUE";
            case PAGES -> " AND page_id IS NOT NULL";
            case ALL -> "";
        };
        Query query = handle.createQuery(SELECT + where + filter + " ORDER BY is_folder DESC, title ASC, id ASC")
                .bind("locale", locale);
        if (parent >= 1) {
            query.bind("parent", parent);
        }
        return query.map((rs, ctx) -> node(rs)).list();
    }

    @Override
    public List<PageTreeItem> all() {
        return handle.createQuery(SELECT + " ORDER BY id").map((rs, ctx) -> node(rs)).list();
    }

    private static <S extends SqlStatement<S>> S bind(S statement, PageTreeItem node) {
        return statement.bind("locale", node.locale())
                .bind("path", node.path())
                .bind("depth", node.depth())
                .bind("title", node.title())
                .bind("isPrivate", node.isPrivate())
                .bind("isFolder", node.isFolder())
                .bind("privateNS", node.privateNS())
                .bind("parent", node.parent() < 1 ? null : node.parent())
                .bind("pageId", node.pageId())
                .bind("ancestors", Sql.jsonArray(node.ancestors().stream().map(String::valueOf).toList()));
    }

    private static PageTreeItem node(ResultSet rs) throws SQLException {
        int parent = rs.getInt("parent_id");
        int pageId = rs.getInt("page_id");
        Integer page = rs.wasNull() ? null : pageId;
        List<Integer> ancestors = Sql.stringList(rs.getString("ancestors")).stream().map(Integer::valueOf).toList();
        return new PageTreeItem(rs.getInt("id"), rs.getString("path"), rs.getInt("depth"), rs.getString("title"),
                rs.getBoolean("is_private"), rs.getBoolean("is_folder"), rs.getString("private_ns"), parent, page,
                rs.getString("locale_code"), ancestors);
    }
}
