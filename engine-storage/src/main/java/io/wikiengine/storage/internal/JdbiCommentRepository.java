package io.wikiengine.storage.internal;

import io.wikiengine.core.comment.Comment;
import io.wikiengine.core.spi.CommentRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Comments in {@code wiki_comments}. */
final class JdbiCommentRepository implements CommentRepository {

    private static final String SELECT = "SELECT id, page_id, reply_to, content, render, name, email, ip, author_id, "
            + "created_at, updated_at FROM wiki_comments";

    private final Handle handle;

    JdbiCommentRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public Comment insert(Comment comment) {
        int id = handle.createUpdate("INSERT INTO wiki_comments (page_id, reply_to, content, render, name, email, ip, "
                        + "author_id, created_at, updated_at) VALUES (:pageId, :replyTo, :content, :render, :name, "
                        + ":email, :ip, :authorId, :createdAt, :updatedAt)")
                .bind("pageId", comment.pageId())
                .bind("replyTo", comment.replyTo())
                .bind("content", comment.content())
                .bind("render", comment.render())
                .bind("name", comment.authorName())
                .bind("email", comment.authorEmail())
                .bind("ip", comment.authorIP())
                .bind("authorId", comment.authorId())
                .bind("createdAt", Sql.at(comment.createdAt()))
                .bind("updatedAt", Sql.at(comment.updatedAt()))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Integer.class)
                .one();
        return comment.withId(id);
    }

    @Override
    public Optional<Comment> byId(int id) {
        return handle.createQuery(SELECT + " WHERE id = :id").bind("id", id).map((rs, ctx) -> comment(rs)).findOne();
    }

    @Override
    public List<Comment> ofPage(int pageId) {
        return handle.createQuery(SELECT + " WHERE page_id = :page ORDER BY created_at, id")
                .bind("page", pageId)
                .map((rs, ctx) -> comment(rs))
                .list();
    }

    @Override
    public boolean update(int id, String content, String render, Instant updatedAt) {
        return handle.createUpdate("UPDATE wiki_comments SET content = :content, render = :render, "
                        + "updated_at = :updatedAt WHERE id = :id")
                .bind("content", content)
                .bind("render", render)
                .bind("updatedAt", Sql.at(updatedAt))
                .bind("id", id)
                .execute() > 0;
    }

    @Override
    public boolean delete(int id) {
        return handle.createUpdate("DELETE FROM wiki_comments WHERE id = :id").bind("id", id).execute() > 0;
    }

    @Override
    public int reparent(int fromReplyTo, int toReplyTo) {
        return handle.createUpdate("UPDATE wiki_comments SET reply_to = :to WHERE reply_to = :from")
                .bind("from", fromReplyTo)
                .bind("to", toReplyTo)
                .execute();
    }

    @Override
    public Optional<Instant> latestUpdateBy(int authorId) {
        return handle.createQuery("SELECT MAX(updated_at) AS latest FROM wiki_comments WHERE author_id = :author")
                .bind("author", authorId)
                .map((rs, ctx) -> Optional.ofNullable(Sql.instant(rs, "latest")))
                .one();
    }

    private static Comment comment(ResultSet rs) throws SQLException {
        return new Comment(rs.getInt("id"), rs.getInt("page_id"), rs.getInt("reply_to"), rs.getString("content"),
                rs.getString("render"), rs.getInt("author_id"), rs.getString("name"), rs.getString("email"),
                rs.getString("ip"), Sql.requiredInstant(rs, "created_at"), Sql.requiredInstant(rs, "updated_at"));
    }
}
