package io.wikiengine.core.comment;

import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.PageTarget;
import io.wikiengine.core.access.PermissionEngine;
import io.wikiengine.core.access.Scope;
import io.wikiengine.core.comment.internal.Providers;
import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.error.WikiException;
import io.wikiengine.core.internal.WikiContext;
import io.wikiengine.core.page.PagePath;
import io.wikiengine.core.page.PageTag;
import io.wikiengine.core.render.CommentRenderer;
import io.wikiengine.core.spi.PageKey;
import io.wikiengine.core.spi.StorageSession;
import io.wikiengine.core.spi.StorageWork;
import io.wikiengine.core.spi.StoredPage;
import io.wikiengine.core.user.internal.UserValidation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The comment operations of the Wiki.js API ({@code comments.*}, spec §10), one method per operation, exposed as
 * {@code wiki.comments()}.
 *
 * <p>Every method takes the calling {@link Actor} first and checks the operation's global scopes itself (a failure
 * is the plain {@code Forbidden} the {@code @auth} directive gives), then the page rules with the page's path,
 * locale and tags. The checks run in the spec's order, with decision 27:
 * <ul>
 *   <li>when the host switched comments off ({@link io.wikiengine.core.WikiConfig#commentsEnabled()}) or the
 *       built-in provider is disabled ({@link #updateProviders}), every write answers 8002 and every read 8006;</li>
 *   <li>{@link #update} trims and checks the content as {@link #create} does (8003);</li>
 *   <li>a signed-in user may update and delete their own comments with a {@code write:comments} rule on the page;
 *       anyone else needs a {@code manage:comments} rule (8004). Guests all share user id 2 and API keys act as
 *       user 1, so neither owns a comment: they need {@code manage:comments};</li>
 *   <li>a {@code replyTo} must name a comment of the same page (8005).</li>
 * </ul>
 *
 * <p>Every method runs in one storage transaction, so a refused or failed call changes nothing, and checks every
 * condition before it inserts (decision 39). Anything unexpected is logged and becomes 8001 (decision 31). The
 * per-IP rate limit of {@code comments.create} belongs to the GraphQL adapter's {@code @rateLimit}.
 */
public final class CommentService {

    /** The plain message of a refused {@code @auth} scope check, as GraphQL sends it. */
    public static final String FORBIDDEN = "Forbidden";
    /** The plain message of step 7: the author commented less than the minimum delay ago. */
    public static final String TOO_SOON =
            "Your administrator has set a time limit before you can post another comment. Try again later.";
    /** The shortest content accepted, after trimming. */
    public static final int MIN_CONTENT_LENGTH = 2;

    private static final Logger LOG = LoggerFactory.getLogger(CommentService.class);
    private static final String READ = Scope.READ_COMMENTS.wire();
    private static final String WRITE = Scope.WRITE_COMMENTS.wire();
    private static final String MANAGE = Scope.MANAGE_COMMENTS.wire();
    private static final String SYSTEM = Scope.MANAGE_SYSTEM.wire();

    private final WikiContext context;
    private final PermissionEngine permissions;
    private final CommentRenderer renderer = new CommentRenderer();

    /** The service of one wiki; {@link io.wikiengine.core.Wiki} makes it. */
    public CommentService(WikiContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.permissions = context.permissions();
    }

    // ---------------------------------------------------------------------------------------------- providers

    /**
     * {@code comments.providers} (R-10.2, {@code manage:system}): the modules sorted by key. {@code default} is the
     * only one that runs here; {@code artalk}, {@code commento} and {@code disqus} inject client code into a page,
     * which a library does not serve, so they are listed as not available and never enabled. {@code default} shows
     * as enabled and available only while the host serves comments; its one setting is {@code minDelay}.
     */
    public List<CommentProvider> providers(Actor actor) {
        requireScope(actor, SYSTEM);
        return transact(session -> Providers.list(Providers.read(session.settings()),
                context.config().commentsEnabled()));
    }

    /**
     * {@code comments.updateProviders} (R-10.2, {@code manage:system}): switches {@code default} on or off and sets
     * its {@code minDelay} (a config value {@code {"v": seconds}}, 0 to 86400). While it is off, every comment
     * operation answers 8002 (writes) or 8006 (reads).
     *
     * @throws WikiException 1012 for an unknown provider, for enabling one that is not available, for an unknown
     *                       setting or an invalid delay; nothing is changed then
     */
    public void updateProviders(Actor actor, List<CommentProviderInput> inputs) {
        requireScope(actor, SYSTEM);
        List<CommentProviderInput> checked = List.copyOf(inputs);
        transact(session -> {
            Providers.update(session.settings(), checked);
            return null;
        });
    }

    // ---------------------------------------------------------------------------------------------- queries

    /**
     * {@code comments.list}: the comments of the page at (locale, path), oldest first; empty when no page
     * is there (including a path or locale that cannot name a page).
     *
     * @throws WikiException 8006 without a {@code read:comments} rule on the page, or while comments are off
     */
    public List<Comment> list(Actor actor, String locale, String path) {
        requireScope(actor, READ, SYSTEM);
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(path, "path");
        return transact(session -> {
            requireServed(session, WikiError.COMMENT_VIEW_FORBIDDEN);
            Optional<StoredPage> page = pageKey(locale, path).flatMap(key -> session.pages().byKey(key));
            if (page.isEmpty()) {
                return List.of();
            }
            requireRule(actor, List.of(READ), target(session, page.get()), WikiError.COMMENT_VIEW_FORBIDDEN);
            return session.comments().ofPage(page.get().id());
        });
    }

    /**
     * {@code comments.single}: one comment.
     *
     * @throws WikiException 8005 for an unknown comment; 8001 when its page is gone; 8006 without a
     *                       {@code read:comments} rule on the page, or while comments are off
     */
    public Comment single(Actor actor, int id) {
        requireScope(actor, READ, SYSTEM);
        return transact(session -> {
            requireServed(session, WikiError.COMMENT_VIEW_FORBIDDEN);
            Comment comment = existing(session, id);
            StoredPage page = session.pages().byId(comment.pageId())
                    .orElseThrow(() -> WikiException.of(WikiError.COMMENT_GENERIC_ERROR));
            requireRule(actor, List.of(READ), target(session, page), WikiError.COMMENT_VIEW_FORBIDDEN);
            return comment;
        });
    }

    // ---------------------------------------------------------------------------------------------- mutations

    /**
     * {@code comments.create}, checked in this order: for the guest, {@code guestEmail} (lower-cased,
     * required) and {@code guestName} (2 to 255 characters) → 1012 with the validator's message; content trimmed
     * shorter than 2 → 8003; unknown page → 6003; no {@code write:comments} rule on the page → 8002; a
     * {@code replyTo} that is not a comment of the same page → 8005 (decision 27); the author's latest comment
     * changed less than {@code minDelay} ago → plain {@link #TOO_SOON} (all guests are one author; the host's
     * {@link Actor#system()} is exempt). The comment is stored with the actor's name and email (the guest's
     * {@code guestName} and {@code guestEmail}), {@code ip} and the actor's author id.
     *
     * @param pageId     the page to comment on
     * @param replyTo    the comment answered, or null or 0 to start a thread
     * @param content    the markdown, rendered with raw HTML off and sanitised
     * @param guestName  the guest's name; ignored for other actors
     * @param guestEmail the guest's email; ignored for other actors
     * @param ip         the request IP, {@code ""} when unknown
     * @return the new comment's id
     * @throws WikiException 8002 also while comments are off
     */
    public int create(Actor actor, int pageId, @Nullable Integer replyTo, String content, @Nullable String guestName,
                      @Nullable String guestEmail, String ip) {
        requireScope(actor, WRITE, SYSTEM);
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(ip, "ip");
        int parent = replyTo == null ? 0 : replyTo;
        return transact(session -> {
            Providers.State state = requireServed(session, WikiError.COMMENT_POST_FORBIDDEN);
            Author author = author(actor, guestName, guestEmail);
            String text = checkedContent(content);
            StoredPage page = session.pages().byId(pageId)
                    .orElseThrow(() -> WikiException.of(WikiError.PAGE_NOT_FOUND));
            requireRule(actor, List.of(WRITE), target(session, page), WikiError.COMMENT_POST_FORBIDDEN);
            if (parent != 0) {
                session.comments().byId(parent)
                        .filter(answered -> answered.pageId() == page.id())
                        .orElseThrow(() -> WikiException.of(WikiError.COMMENT_NOT_FOUND));
            }
            String render = renderer.render(text);
            Instant now = context.now();
            requireDelayPassed(session, actor, state.minDelay(), now);
            return session.comments().insert(new Comment(0, page.id(), parent, text, render, actor.authorId(),
                    author.name(), author.email(), ip, now, now)).id();
        });
    }

    /**
     * {@code comments.update} (R-10.6 with decision 27): unknown comment → 8005; its page gone → 6003; not allowed
     * to manage it (see the class) → 8004; content trimmed shorter than 2 → 8003. Stores the trimmed content and its
     * new render.
     *
     * @return the new render
     * @throws WikiException 8002 while comments are off
     */
    public String update(Actor actor, int id, String content) {
        requireScope(actor, WRITE, MANAGE, SYSTEM);
        Objects.requireNonNull(content, "content");
        return transact(session -> {
            requireServed(session, WikiError.COMMENT_POST_FORBIDDEN);
            Comment comment = manageable(session, actor, id);
            String text = checkedContent(content);
            String render = renderer.render(text);
            session.comments().update(comment.id(), text, render, context.now());
            return render;
        });
    }

    /**
     * {@code comments.delete} (R-10.7 with decision 27): unknown comment → 8005; its page gone → 6003; not allowed
     * to manage it (see the class) → 8004. Replies to the deleted comment become replies to the comment it
     * answered (or start threads), so that every {@code replyTo} keeps naming a comment of the page.
     *
     * <p>Authors may delete with {@code write:comments}, so this method admits that scope as well as the
     * {@code manage:comments} of the schema's {@code @auth}.
     *
     * @throws WikiException 8002 while comments are off
     */
    public void delete(Actor actor, int id) {
        requireScope(actor, WRITE, MANAGE, SYSTEM);
        transact(session -> {
            requireServed(session, WikiError.COMMENT_POST_FORBIDDEN);
            Comment comment = manageable(session, actor, id);
            session.comments().reparent(comment.id(), comment.replyTo());
            session.comments().delete(comment.id());
            return null;
        });
    }

    // ---------------------------------------------------------------------------------------------- internals

    /** The name and email a comment is stored with. */
    private record Author(String name, String email) {
    }

    private static Author author(Actor actor, @Nullable String guestName, @Nullable String guestEmail) {
        if (!actor.isGuest()) {
            return new Author(actor.name(), actor.email());
        }
        String email = guestEmail == null ? "" : guestEmail.toLowerCase(Locale.ROOT);
        String name = guestName == null ? "" : guestName;
        Optional<String> invalid = UserValidation.email(email).or(() -> UserValidation.name(name));
        if (invalid.isPresent()) {
            throw WikiException.of(WikiError.INPUT_INVALID, invalid.get());
        }
        return new Author(name, email);
    }

    private static String checkedContent(String content) {
        String text = content.strip();
        if (text.length() < MIN_CONTENT_LENGTH) {
            throw WikiException.of(WikiError.COMMENT_CONTENT_MISSING);
        }
        return text;
    }

    private static void requireDelayPassed(StorageSession session, Actor actor, Duration minDelay, Instant now) {
        if (actor.isSystem() || minDelay.isZero()) {
            return;
        }
        Optional<Instant> latest = session.comments().latestUpdateBy(actor.authorId());
        if (latest.isPresent() && latest.get().isAfter(now.minus(minDelay))) {
            throw WikiException.plain(TOO_SOON);
        }
    }

    /** The comment, after the 8005, 6003 and 8004 checks of update and delete. */
    private Comment manageable(StorageSession session, Actor actor, int id) {
        Comment comment = existing(session, id);
        StoredPage page = session.pages().byId(comment.pageId())
                .orElseThrow(() -> WikiException.of(WikiError.PAGE_NOT_FOUND));
        boolean owner = actor.kind() == Actor.Kind.USER && comment.authorId() == actor.id();
        List<String> scopes = owner ? List.of(WRITE, MANAGE) : List.of(MANAGE);
        requireRule(actor, scopes, target(session, page), WikiError.COMMENT_MANAGE_FORBIDDEN);
        return comment;
    }

    private static Comment existing(StorageSession session, int id) {
        return session.comments().byId(id)
                .filter(comment -> comment.pageId() > 0)
                .orElseThrow(() -> WikiException.of(WikiError.COMMENT_NOT_FOUND));
    }

    /** The provider state, after the host switch and the provider switch (decision 27). */
    private Providers.State requireServed(StorageSession session, WikiError refusal) {
        Providers.State state = Providers.read(session.settings());
        if (!context.config().commentsEnabled() || !state.enabled()) {
            throw WikiException.of(refusal);
        }
        return state;
    }

    private static Optional<PageKey> pageKey(String locale, String path) {
        Optional<PagePath> normal = PagePath.tryOf(path);
        if (normal.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PageKey(PagePath.locale(locale), normal.get().value()));
        } catch (WikiException malformedLocale) {
            return Optional.empty();
        }
    }

    private static PageTarget target(StorageSession session, StoredPage page) {
        List<String> tags = session.tags().tagsOf(page.id()).stream().map(PageTag::tag).toList();
        return PageTarget.page(page.path(), page.localeCode(), tags);
    }

    private void requireRule(Actor actor, List<String> scopes, PageTarget target, WikiError refusal) {
        if (!permissions.check(actor, scopes, target)) {
            throw WikiException.of(refusal);
        }
    }

    private void requireScope(Actor actor, String... scopes) {
        Objects.requireNonNull(actor, "actor");
        if (!permissions.hasAny(actor, List.of(scopes))) {
            throw WikiException.plain(FORBIDDEN);
        }
    }

    /** Runs the work in one transaction; anything that is not a Wiki error is logged and becomes 8001. */
    private <T> T transact(StorageWork<T> work) {
        try {
            return context.storage().inTransaction(work);
        } catch (WikiException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.error("Comment operation failed", e);
            throw WikiException.wrap(WikiError.COMMENT_GENERIC_ERROR, e);
        }
    }
}
