package io.wikiengine.core.page;

import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.PageTarget;
import io.wikiengine.core.access.PermissionEngine;
import io.wikiengine.core.access.Scope;
import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.error.WikiException;
import io.wikiengine.core.internal.Inputs;
import io.wikiengine.core.internal.WikiContext;
import io.wikiengine.core.page.internal.Css;
import io.wikiengine.core.page.internal.Dates;
import io.wikiengine.core.page.internal.HistoryTrail;
import io.wikiengine.core.page.internal.PageCache;
import io.wikiengine.core.page.internal.Rendering;
import io.wikiengine.core.page.internal.TreeKeeper;
import io.wikiengine.core.plugin.Topic;
import io.wikiengine.core.render.ContentConverter;
import io.wikiengine.core.render.RenderResult;
import io.wikiengine.core.search.SearchEngine;
import io.wikiengine.core.search.SearchHit;
import io.wikiengine.core.search.SearchRequest;
import io.wikiengine.core.search.SearchResults;
import io.wikiengine.core.search.SearchUpdate;
import io.wikiengine.core.spi.DuplicateKeyException;
import io.wikiengine.core.spi.PageFilter;
import io.wikiengine.core.spi.PageKey;
import io.wikiengine.core.spi.PageSummary;
import io.wikiengine.core.spi.StorageException;
import io.wikiengine.core.spi.StorageSession;
import io.wikiengine.core.spi.StorageWork;
import io.wikiengine.core.spi.StoredPage;
import io.wikiengine.core.spi.StoredVersion;
import io.wikiengine.core.spi.UniqueKey;
import io.wikiengine.core.user.User;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page operations of the Wiki.js API ({@code pages.*}, spec §6), one method per operation, exposed as
 * {@code wiki.pages()}.
 *
 * <p>Every method takes the calling {@link Actor} first and checks the operation's global scopes itself (a
 * failure is the {@code Forbidden} error the {@code @auth} directive gives), then the page rules with the
 * page's locale and tags (decisions 3 and 4). Every mutation runs in one transaction, including the tree,
 * links, search index and the re-rendering of linking pages (decision 28), and checks every condition
 * before it writes, so a refused write consumes no id (decision 39).
 */
public final class PageService {

    /** The message of an update refused because the page changed since the caller read it. */
    public static final String CONFLICT_MESSAGE = "Page has been modified since it was read.";

    /** The message of the global scope check, as the {@code @auth} directive sends it. */
    public static final String FORBIDDEN_MESSAGE = "Forbidden";

    private static final Logger LOG = LoggerFactory.getLogger(PageService.class);
    private static final int MAX_SEARCH_HITS = 100;
    private static final int LIST_WINDOW = 200;
    private static final int MAX_TAG_SUGGESTIONS = 5;
    private static final int DEFAULT_HISTORY_PAGE = 100;
    private static final String TAG_MISSING = "This tag does not exist.";

    private static final String READ = Scope.READ_PAGES.wire();
    private static final String WRITE = Scope.WRITE_PAGES.wire();
    private static final String MANAGE = Scope.MANAGE_PAGES.wire();
    private static final String DELETE = Scope.DELETE_PAGES.wire();
    private static final String HISTORY = Scope.READ_HISTORY.wire();
    private static final String SYSTEM = Scope.MANAGE_SYSTEM.wire();
    private static final List<String> VIEW_SCOPES = List.of(READ, MANAGE, DELETE);

    private final WikiContext context;
    private final PermissionEngine permissions;
    private final SearchEngine search;
    private final Rendering rendering;
    private final ContentConverter converter = new ContentConverter();
    private final PageCache cache;

    /**
     * A page service over a wiki's context.
     *
     * @param context   the wiki's shared context, whose permission engine decides every check
     * @param search    the search engine kept current by every write
     * @param rendering the renderer pages are rendered with on save
     */
    public PageService(WikiContext context, SearchEngine search, Rendering rendering) {
        this.context = Objects.requireNonNull(context, "context");
        this.permissions = context.permissions();
        this.search = Objects.requireNonNull(search, "search");
        this.rendering = Objects.requireNonNull(rendering, "rendering");
        this.cache = new PageCache(context.config().pageCacheBytes());
        // A page carries its tags and its author's and creator's names: any of them changing, here or on
        // another instance, drops the cached pages.
        for (Topic topic : List.of(Topic.PAGES, Topic.IDENTITIES, Topic.SETTINGS)) {
            context.changes().onChange(topic, cache::invalidate);
        }
    }

    // ---------------------------------------------------------------------------------------------- mutations

    /**
     * {@code pages.create}: 6005 illegal path, 1012 malformed locale, 6008 without a
     * {@code write:pages} rule (decision 1), 6002 taken, 6004 blank content, 1012 unknown editor or bad date.
     *
     * @return the complete stored page (decision 30)
     */
    public Page create(Actor actor, PageCreate input) {
        Objects.requireNonNull(input, "input");
        requireScope(actor, WRITE, MANAGE, SYSTEM);
        PagePath path = PagePath.of(input.path());
        String locale = PagePath.locale(input.locale());
        List<String> tags = normaliseTags(input.tags());
        Inputs.requireWellFormed("Title", input.title());
        PageTarget target = PageTarget.page(path.value(), locale, tags);
        if (!permissions.check(actor, Scope.WRITE_PAGES, target)) {
            throw WikiException.of(WikiError.PAGE_CREATE_FORBIDDEN);
        }
        return write(WikiError.PAGE_DUPLICATE_CREATE, session -> {
            Instant now = context.now();
            return toPage(session, insert(session, actor, input, new PageKey(locale, path.value()), tags, now, now,
                    List.of()));
        });
    }

    /**
     * Imports pages in one transaction, keeping the dates they carry: the import path of
     * {@code io.wikiengine.core.io.WikiImporter}, and the only write that sets {@code createdAt} and
     * {@code updatedAt} from its input. A page at a free place is created exactly as {@link #create} creates
     * it (validation, render, tags, tree, search, and the links of pages already pointing there turn valid,
     * also those stored by earlier batches). A page whose place is taken is updated when it differs from the
     * stored one (the previous state goes to history as {@code updated}), keeping the stored publish dates
     * and scripts, and left alone when it is the same.
     *
     * <p>Only {@link Actor#system()} may import: any other actor gets a plain {@link #FORBIDDEN_MESSAGE}.
     * Each page is checked before anything is written (6005 path, 1012 locale, editor or date, 6004 blank
     * content); the first page refused refuses the whole batch, and nothing of it is stored.
     *
     * @return what was done with each page, in the order given
     */
    public List<PageImportResult> importPages(Actor actor, List<PageImport> pages) {
        Objects.requireNonNull(actor, "actor");
        List<PageImport> batch = List.copyOf(pages);
        if (!actor.isSystem()) {
            throw WikiException.plain(FORBIDDEN_MESSAGE);
        }
        List<Checked> checked = new ArrayList<>(batch.size());
        for (PageImport item : batch) {
            checked.add(check(item));
        }
        Set<PageKey> places = new HashSet<>();
        checked.forEach(item -> places.add(item.key()));
        return write(WikiError.PAGE_DUPLICATE_CREATE, session -> {
            List<PageImportResult> results = new ArrayList<>(checked.size());
            List<PageKey> created = new ArrayList<>();
            Set<Integer> ids = new HashSet<>();
            for (Checked item : checked) {
                PageImportResult result = importOne(session, actor, item, places);
                results.add(result);
                ids.add(result.id());
                if (result.outcome() == PageImportResult.Outcome.CREATED) {
                    created.add(item.key());
                }
            }
            // The batch rendered its own links as valid (it commits whole); pages stored before it that link
            // to a page it created are re-rendered once each.
            Set<Integer> linking = new LinkedHashSet<>(session.pageLinks().sourcesLinkingTo(created));
            linking.removeAll(ids);
            if (!linking.isEmpty()) {
                for (StoredPage page : session.pages().byIds(linking).values()) {
                    rendering.rerender(session, page);
                }
            }
            return List.copyOf(results);
        });
    }

    /** An import item whose place, tags, editor and dates are already checked. */
    private record Checked(PageImport item, PageKey key, List<String> tags, PageEditor editor) {
    }

    private static Checked check(PageImport item) {
        PageCreate input = item.page();
        PageKey key = new PageKey(PagePath.locale(input.locale()), PagePath.of(input.path()).value());
        Inputs.requireWellFormed("Title", input.title());
        if (input.content().isBlank()) {
            throw WikiException.of(WikiError.PAGE_EMPTY_CONTENT);
        }
        PageEditor editor = PageEditor.of(input.editor());
        Dates.publishDate("publishStartDate", input.publishStartDate());
        Dates.publishDate("publishEndDate", input.publishEndDate());
        return new Checked(item, key, normaliseTags(input.tags()), editor);
    }

    private PageImportResult importOne(StorageSession session, Actor actor, Checked checked, Set<PageKey> batch) {
        PageImport item = checked.item();
        PageCreate input = item.page();
        Instant createdAt = item.createdAt().truncatedTo(ChronoUnit.MILLIS);
        Instant updatedAt = item.updatedAt().truncatedTo(ChronoUnit.MILLIS);
        Optional<StoredPage> found = session.pages().byKey(checked.key());
        if (found.isEmpty()) {
            StoredPage page = insert(session, actor, input, checked.key(), checked.tags(), createdAt, updatedAt, batch);
            return new PageImportResult(page.id(), page.localeCode(), page.path(), PageImportResult.Outcome.CREATED);
        }
        StoredPage page = found.get();
        List<String> storedTags = tagNames(session, page.id());
        boolean same = page.title().equals(input.title()) && page.description().equals(input.description())
                && page.isPublished() == input.isPublished() && page.content().equals(input.content())
                && page.editorKey().equals(checked.editor().key()) && page.createdAt().equals(createdAt)
                && page.updatedAt().equals(updatedAt)
                && new HashSet<>(storedTags).equals(new HashSet<>(checked.tags()));
        if (same) {
            return new PageImportResult(page.id(), page.localeCode(), page.path(), PageImportResult.Outcome.UNCHANGED);
        }
        session.pageHistory().insert(StoredVersion.of(page, "updated", context.now()));
        PageEditor editor = checked.editor();
        RenderResult rendered = rendering.render(session, input.content(), editor.contentType(), page.key(), batch);
        StoredPage updated = new StoredPage(page.id(), page.path(), page.hash(), input.title(), input.description(),
                page.isPrivate(), input.isPublished(), page.privateNS(), page.publishStartDate(),
                page.publishEndDate(), input.content(), rendered.html(), rendered.toc(), editor.contentType(),
                editor.key(), page.localeCode(), page.scriptCss(), page.scriptJs(), actor.authorId(),
                page.creatorId(), createdAt, updatedAt);
        session.pages().update(updated);
        session.tags().setPageTags(page.id(), checked.tags(), updatedAt);
        session.pageLinks().setLinks(page.id(), Rendering.targets(rendered));
        if (!updated.title().equals(page.title())) {
            new TreeKeeper(session.pageTree()).retitle(updated);
        }
        search.pageChanged(new SearchUpdate(updated, page.key(), session));
        return new PageImportResult(page.id(), page.localeCode(), page.path(), PageImportResult.Outcome.UPDATED);
    }

    /**
     * steps 3 to 7 inside the write's transaction: the duplicate and content checks, then the insert
     * with its tags, links, tree node and search upkeep. A single create ({@code batch} empty) re-renders
     * the pages linking here at once; an import batch, whose other places count as existing, does it once
     * for the whole batch.
     */
    private StoredPage insert(StorageSession session, Actor actor, PageCreate input, PageKey key, List<String> tags,
                              Instant createdAt, Instant updatedAt, Collection<PageKey> batch) {
        if (session.pages().byKey(key).isPresent()) {
            throw WikiException.of(WikiError.PAGE_DUPLICATE_CREATE);
        }
        if (input.content().isBlank()) {
            throw WikiException.of(WikiError.PAGE_EMPTY_CONTENT);
        }
        PageTarget target = PageTarget.page(key.path(), key.locale(), tags);
        PageEditor editor = PageEditor.of(input.editor());
        String start = Dates.publishDate("publishStartDate", input.publishStartDate());
        String end = Dates.publishDate("publishEndDate", input.publishEndDate());
        String css = permissions.check(actor, Scope.WRITE_STYLES, target) ? Css.minify(input.scriptCss()) : "";
        String js = permissions.check(actor, Scope.WRITE_SCRIPTS, target) ? input.scriptJs() : "";
        RenderResult rendered = rendering.render(session, input.content(), editor.contentType(), key, batch);
        StoredPage page = session.pages().insert(new StoredPage(0, key.path(),
                PagePath.hash(key.locale(), key.path(), input.isPrivate() ? PagePath.PRIVATE_NAMESPACE : ""), input.title(),
                input.description(), input.isPrivate(), input.isPublished(), null, start, end, input.content(),
                rendered.html(), rendered.toc(), editor.contentType(), editor.key(), key.locale(), css, js,
                actor.authorId(), actor.authorId(), createdAt, updatedAt));
        session.tags().setPageTags(page.id(), tags, createdAt);
        session.pageLinks().setLinks(page.id(), Rendering.targets(rendered));
        new TreeKeeper(session.pageTree()).add(page);
        search.pageChanged(new SearchUpdate(page, null, session));
        if (batch.isEmpty()) {
            rendering.rerenderLinking(session, List.of(key), page.id());
        }
        return page;
    }

    /**
     * {@code pages.update} (R-6.4 with decision 8): omitted fields stay as they are. 6003 unknown id, 6009
     * without a {@code write:pages} rule, 6004 blank content, 1012 unknown editor or bad date,
     * {@link #CONFLICT_MESSAGE} (code 1) when {@code expectedUpdatedAt} is stale; a new locale or path moves
     * the page with the checks of {@link #move} (6005, 6007, 6006), a move onto its own place being a no-op
     * (decision 11).
     *
     * @return the complete stored page (decision 30)
     */
    public Page update(Actor actor, PageUpdate input) {
        Objects.requireNonNull(input, "input");
        requireScope(actor, WRITE, MANAGE, SYSTEM);
        return write(WikiError.PAGE_PATH_COLLISION, session -> {
            StoredPage page = load(session, input.id());
            List<String> tags = tagNames(session, page.id());
            if (!permissions.check(actor, Scope.WRITE_PAGES, target(page, tags))) {
                throw WikiException.of(WikiError.PAGE_UPDATE_FORBIDDEN);
            }
            if (input.content() != null && input.content().isBlank()) {
                throw WikiException.of(WikiError.PAGE_EMPTY_CONTENT);
            }
            if (input.editor() != null) {
                PageEditor.of(input.editor());
            }
            if (input.title() != null) {
                Inputs.requireWellFormed("Title", input.title());
            }
            if (input.expectedUpdatedAt() != null && !input.expectedUpdatedAt().equals(page.updatedAt())) {
                throw WikiException.plain(CONFLICT_MESSAGE);
            }
            PageKey destination = new PageKey(
                    input.locale() == null ? page.localeCode() : PagePath.locale(input.locale()),
                    input.path() == null ? page.path() : PagePath.of(input.path()).value());
            Edit edit = new Edit(input.content(), input.title(), input.description(), input.isPublished(),
                    input.publishStartDate(), input.publishEndDate(), input.scriptCss(), input.scriptJs(),
                    input.tags() == null ? null : normaliseTags(input.tags()), null, null);
            return toPage(session, apply(session, actor, page, tags, edit, "updated", destination));
        });
    }

    /**
     * {@code pages.move}: 6003 unknown id, 6005 illegal destination, 1012 malformed locale, 6007
     * without {@code manage:pages} on the source or {@code write:pages} on the destination, 6006 taken. Moving
     * a page onto its own place changes nothing (decision 11). Pages linking to the old or new place are
     * re-rendered (decision 10).
     *
     * @return the page as it is after the move
     */
    public Page move(Actor actor, int id, String destinationPath, String destinationLocale) {
        Objects.requireNonNull(destinationPath, "destinationPath");
        Objects.requireNonNull(destinationLocale, "destinationLocale");
        requireScope(actor, MANAGE, SYSTEM);
        return write(WikiError.PAGE_PATH_COLLISION, session -> {
            StoredPage page = load(session, id);
            PagePath path = PagePath.of(destinationPath);
            String locale = PagePath.locale(destinationLocale);
            List<String> tags = tagNames(session, page.id());
            PageKey destination = new PageKey(locale, path.value());
            checkMove(session, actor, page, tags, destination);
            if (destination.equals(page.key())) {
                return toPage(session, page);
            }
            return toPage(session, relocate(session, page, destination));
        });
    }

    /**
     * {@code pages.delete}: 6003 unknown id, 6010 without a {@code delete:pages} rule (checked with
     * the page's locale, decision 4). History is kept; linking pages are re-rendered.
     */
    public void delete(Actor actor, int id) {
        requireScope(actor, DELETE, SYSTEM);
        write(WikiError.PAGE_GENERIC_ERROR, session -> {
            StoredPage page = load(session, id);
            if (!permissions.check(actor, Scope.DELETE_PAGES, target(page, tagNames(session, id)))) {
                throw WikiException.of(WikiError.PAGE_DELETE_FORBIDDEN);
            }
            session.pageHistory().insert(StoredVersion.of(page, "deleted", context.now()));
            new TreeKeeper(session.pageTree()).remove(page.key());
            session.pages().delete(id);
            search.pageChanged(new SearchUpdate(null, page.key(), session));
            rendering.rerenderLinking(session, List.of(page.key()), id);
            return null;
        });
    }

    /**
     * {@code pages.restore} (R-6.7.1, decision 9): puts back the version's content, title, description,
     * editor, path, locale, flags and publish dates, keeping the current tags and scripts; history action
     * {@code restored}. 6003 unknown page or version, 6011 without a {@code write:pages} rule; a version at
     * another place moves the page back (6007, 6006).
     *
     * @return the page as restored
     */
    public Page restore(Actor actor, int pageId, int versionId) {
        requireScope(actor, WRITE, MANAGE, SYSTEM);
        return write(WikiError.PAGE_PATH_COLLISION, session -> {
            StoredPage page = load(session, pageId);
            List<String> tags = tagNames(session, pageId);
            if (!permissions.check(actor, Scope.WRITE_PAGES, target(page, tags))) {
                throw WikiException.of(WikiError.PAGE_RESTORE_FORBIDDEN);
            }
            StoredVersion version = session.pageHistory().byId(pageId, versionId)
                    .orElseThrow(() -> WikiException.of(WikiError.PAGE_NOT_FOUND));
            Edit edit = new Edit(version.content(), version.title(), version.description(), version.isPublished(),
                    version.publishStartDate(), version.publishEndDate(), null, null, null,
                    new Source(version.editorKey(), version.contentType()), version.isPrivate());
            return toPage(session, apply(session, actor, page, tags, edit, "restored",
                    new PageKey(version.localeCode(), version.path())));
        });
    }

    /**
     * {@code pages.convert}: changes the editor. 6003 unknown id, 1012 unknown editor, code 1
     * {@code Page is already using this editor. Nothing to convert.}, 6009 without a {@code write:pages}
     * rule. Markdown to HTML takes the stored render; HTML to markdown converts the content; other pairs of
     * content types are code 1 {@code Unsupported source / destination content types combination.} As in
     * Wiki.js the page is not re-rendered.
     */
    public void convert(Actor actor, int id, String editor) {
        Objects.requireNonNull(editor, "editor");
        requireScope(actor, WRITE, MANAGE, SYSTEM);
        write(WikiError.PAGE_GENERIC_ERROR, session -> {
            StoredPage page = load(session, id);
            PageEditor target = PageEditor.of(editor);
            if (target.key().equals(page.editorKey())) {
                throw WikiException.plain("Page is already using this editor. Nothing to convert.");
            }
            if (!permissions.check(actor, Scope.WRITE_PAGES, target(page, tagNames(session, id)))) {
                throw WikiException.of(WikiError.PAGE_UPDATE_FORBIDDEN);
            }
            Instant now = context.now();
            String content = page.content();
            if (!target.contentType().equals(page.contentType())) {
                content = converter.convert(page.contentType(), target.contentType(), page.content(), page.render());
                session.pageHistory().insert(StoredVersion.of(page, "updated", now));
            }
            StoredPage converted = new StoredPage(page.id(), page.path(), page.hash(), page.title(),
                    page.description(), page.isPrivate(), page.isPublished(), page.privateNS(),
                    page.publishStartDate(), page.publishEndDate(), content, page.render(), page.toc(),
                    target.contentType(), target.key(), page.localeCode(), page.scriptCss(), page.scriptJs(),
                    page.authorId(), page.creatorId(), page.createdAt(), now);
            session.pages().update(converted);
            search.pageChanged(new SearchUpdate(converted, page.key(), session));
            return null;
        });
    }

    /** {@code pages.render} (R-6.7.3, {@code manage:system}): re-renders the page; 6003 unknown id. */
    public void render(Actor actor, int id) {
        requireScope(actor, SYSTEM);
        write(WikiError.PAGE_GENERIC_ERROR, session -> {
            rendering.rerender(session, load(session, id));
            return null;
        });
    }

    /**
     * {@code pages.deleteTag} (R-6.7.4, {@code manage:system}): detaches the tag from every page and deletes
     * it; code 1 {@code This tag does not exist.} when missing.
     */
    public void deleteTag(Actor actor, int id) {
        requireScope(actor, SYSTEM);
        write(WikiError.PAGE_GENERIC_ERROR, session -> {
            if (!session.tags().delete(id)) {
                throw WikiException.plain(TAG_MISSING);
            }
            return null;
        });
    }

    /**
     * {@code pages.updateTag} (R-6.7.5, {@code manage:system}): {@code tag} trimmed and lower-cased,
     * {@code title} trimmed; code 1 {@code This tag does not exist.} when missing, 1012 when another tag
     * already has that text.
     */
    public void updateTag(Actor actor, int id, String tag, String title) {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(title, "title");
        requireScope(actor, SYSTEM);
        String text = Inputs.require("Tag", tag.strip().toLowerCase(Locale.ROOT), Inputs.SHORT);
        String label = Inputs.require("Title", title.strip(), Inputs.SHORT);
        boolean found;
        try {
            found = context.storage().inTransaction(
                    session -> session.tags().update(id, text, label, context.now()));
            context.changed(Topic.PAGES);
        } catch (DuplicateKeyException e) {
            throw WikiException.of(WikiError.INPUT_INVALID, "Another tag already uses the text \"" + text + "\".");
        } catch (StorageException e) {
            LOG.error("Tag update failed in storage", e);
            throw WikiException.wrap(WikiError.PAGE_GENERIC_ERROR, e);
        }
        if (!found) {
            throw WikiException.plain(TAG_MISSING);
        }
    }

    /**
     * {@code pages.flushCache} (R-6.7.6, {@code manage:system}). Renders are stored with their page and read
     * as stored, so there is no render cache to drop; the call only checks the scope.
     */
    public void flushCache(Actor actor) {
        requireScope(actor, SYSTEM);
    }

    /**
     * {@code pages.migrateToLocale} (R-6.7.7, {@code manage:system}): every page of {@code sourceLocale}
     * whose path is free in {@code targetLocale} moves there. Unlike Wiki.js, hashes, the tree, the search
     * index and linking pages follow. 1012 for a malformed locale.
     *
     * @return how many pages moved
     */
    public int migrateToLocale(Actor actor, String sourceLocale, String targetLocale) {
        Objects.requireNonNull(sourceLocale, "sourceLocale");
        Objects.requireNonNull(targetLocale, "targetLocale");
        requireScope(actor, SYSTEM);
        String source = PagePath.locale(sourceLocale);
        String target = PagePath.locale(targetLocale);
        if (source.equals(target)) {
            return 0;
        }
        return write(WikiError.PAGE_GENERIC_ERROR, session -> {
            List<Integer> ids = session.pages().migrateLocale(source, target);
            TreeKeeper tree = new TreeKeeper(session.pageTree());
            List<PageKey> places = new ArrayList<>();
            for (StoredPage moved : session.pages().byIds(ids).values()) {
                PageKey before = new PageKey(source, moved.path());
                StoredPage rehashed = moved.withLocation(target, moved.path(), moved.title(),
                        PagePath.hash(target, moved.path(), moved.isPrivate() ? PagePath.PRIVATE_NAMESPACE : ""));
                session.pages().update(rehashed);
                tree.remove(before);
                tree.add(rehashed);
                search.pageChanged(new SearchUpdate(rehashed, before, session));
                places.add(before);
                places.add(rehashed.key());
            }
            rendering.rerenderLinking(session, places, 0);
            return ids.size();
        });
    }

    /** {@code pages.rebuildTree} (R-6.7.8, {@code manage:system}): repairs the tree, keeping surviving ids. */
    public void rebuildTree(Actor actor) {
        requireScope(actor, SYSTEM);
        write(WikiError.PAGE_GENERIC_ERROR, session -> {
            new TreeKeeper(session.pageTree()).rebuild(session.pages().summaries(PageFilter.ALL));
            return null;
        });
    }

    /**
     * {@code pages.purgeHistory} (R-6.8.4, {@code manage:system}): deletes every snapshot whose version date
     * is older than now minus {@code olderThan}, an ISO-8601 duration such as {@code P1D}, {@code P3M},
     * {@code P1Y} or {@code PT12H}. As in Wiki.js, a duration that does not parse (or is negative) deletes
     * nothing and is not an error; it is logged.
     *
     * @return how many snapshots were deleted
     */
    public int purgeHistory(Actor actor, String olderThan) {
        Objects.requireNonNull(olderThan, "olderThan");
        requireScope(actor, SYSTEM);
        Optional<Instant> cutoff = cutoff(olderThan.strip(), context.now());
        if (cutoff.isEmpty()) {
            LOG.warn("purgeHistory ignored an invalid ISO-8601 duration: {}", olderThan);
            return 0;
        }
        return write(WikiError.PAGE_GENERIC_ERROR, session -> session.pageHistory().purgeBefore(cutoff.get()));
    }

    // ------------------------------------------------------------------------------------------------ queries

    /**
     * {@code pages.single} (R-6.11.2, decision 2): 6003 unknown id, 6013 without a {@code read:pages} (or
     * {@code manage:pages}, {@code delete:pages}) rule on the page.
     */
    public Page single(Actor actor, int id) {
        requireScope(actor, READ, SYSTEM);
        PageCache.Entry cached = cache.byId(id);
        return viewable(actor, cached != null ? cached : readIntoCache(session -> session.pages().byId(id)));
    }

    /**
     * {@code pages.singleByPath} (R-6.11.2, decisions 2 and 11): the path is normalised as everywhere
     * (6005 when illegal); 6003 when absent, 6013 when not readable.
     */
    public Page singleByPath(Actor actor, String path, String locale) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(locale, "locale");
        requireScope(actor, READ, SYSTEM);
        PageKey key = new PageKey(PagePath.locale(locale), PagePath.of(path).value());
        PageCache.Entry cached = cache.byKey(key);
        return viewable(actor, cached != null ? cached : readIntoCache(session -> session.pages().byKey(key)));
    }

    /**
     * {@code pages.list} (R-6.11.1, decision 12): filters, then drops the pages the actor may not read, then
     * applies the limit; every requested tag is required, compared case-insensitively; items carry all
     * their tags. Unpublished and private pages are included.
     */
    public List<PageListItem> list(Actor actor, PageListQuery query) {
        Objects.requireNonNull(query, "query");
        requireScope(actor, READ, SYSTEM);
        String locale = query.locale() == null || query.locale().isBlank() ? null : PagePath.locale(query.locale());
        PageFilter filter = new PageFilter(locale, query.creatorId(), query.authorId(), normaliseFilterTags(query.tags()),
                query.orderBy(), query.descending());
        return read(session -> {
            if (query.limit() <= 0) {
                List<PageListItem> items = new ArrayList<>();
                addReadable(session, actor, session.pages().summaries(filter), items, Integer.MAX_VALUE);
                return List.copyOf(items);
            }
            // Filter window by window and stop once the limit is reached: a short listing reads a few rows of a
            // large wiki, not all of them, and returns exactly what filtering the whole list would.
            int window = Math.max(LIST_WINDOW, query.limit() * 2);
            List<PageListItem> items = new ArrayList<>();
            for (int offset = 0; items.size() < query.limit(); offset += window) {
                List<PageSummary> pages = session.pages().summaries(filter, offset, window);
                addReadable(session, actor, pages, items, query.limit());
                if (pages.size() < window) {
                    break;
                }
            }
            return List.copyOf(items);
        });
    }

    /** Adds the readable ones of these pages to the items, in order, until there are {@code limit} items. */
    private void addReadable(StorageSession session, Actor actor, List<PageSummary> pages, List<PageListItem> items,
                             int limit) {
        Map<Integer, List<String>> tags = tagNames(session, pages.stream().map(PageSummary::id).toList());
        List<PageSummary> readable = permissions.filter(actor, READ, pages,
                p -> PageTarget.page(p.path(), p.localeCode(), tags.get(p.id())));
        for (PageSummary p : readable) {
            if (items.size() >= limit) {
                return;
            }
            items.add(new PageListItem(p.id(), p.path(), p.localeCode(), p.title(), p.description(),
                    p.contentType(), p.isPublished(), p.isPrivate(), p.privateNS(), p.createdAt(), p.updatedAt(),
                    tags.get(p.id())));
        }
    }

    /** {@code pages.tags}: the tags of pages the actor may read, sorted by tag. */
    public List<PageTag> tags(Actor actor) {
        requireScope(actor, READ, SYSTEM);
        return read(session -> readableTags(session, actor, session.tags().all()));
    }

    /**
     * {@code pages.searchTags}: at most 5 tags of readable pages containing the trimmed query,
     * case-insensitively, sorted.
     */
    public List<String> searchTags(Actor actor, String query) {
        Objects.requireNonNull(query, "query");
        requireScope(actor, READ, SYSTEM);
        return read(session -> readableTags(session, actor, session.tags().matching(query.strip())).stream()
                .limit(MAX_TAG_SUGGESTIONS)
                .map(PageTag::tag)
                .toList());
    }

    /**
     * {@code pages.tree}: the children of {@code parent}, or the siblings of the node at
     * {@code path} (with its ancestors when asked), folders first then by title, readable ones only.
     */
    public List<PageTreeItem> tree(Actor actor, PageTreeQuery query) {
        Objects.requireNonNull(query, "query");
        requireScope(actor, READ, SYSTEM);
        String locale = query.locale().isBlank() ? context.config().siteLocale() : PagePath.locale(query.locale());
        return read(session -> {
            PageTreeItem anchor = null;
            int parent = query.parent() == null ? 0 : query.parent();
            if (query.path() != null && query.parent() == null) {
                Optional<PagePath> path = PagePath.tryOf(query.path());
                Optional<PageTreeItem> found = path.flatMap(p -> session.pageTree().byKey(new PageKey(locale, p.value())));
                if (found.isEmpty()) {
                    return List.of();
                }
                anchor = found.get();
                parent = anchor.parent();
            }
            Map<Integer, PageTreeItem> nodes = new LinkedHashMap<>();
            for (PageTreeItem node : session.pageTree().children(locale, parent, query.mode())) {
                nodes.put(node.id(), node);
            }
            if (query.includeAncestors() && anchor != null) {
                for (PageTreeItem node : session.pageTree().byIds(anchor.ancestors())) {
                    nodes.putIfAbsent(node.id(), node);
                }
            }
            List<PageTreeItem> sorted = new ArrayList<>(nodes.values());
            sorted.sort(Comparator.comparing(PageTreeItem::isFolder).reversed()
                    .thenComparing(PageTreeItem::title).thenComparing(PageTreeItem::id));
            List<Integer> pageIds = sorted.stream().map(PageTreeItem::pageId).filter(Objects::nonNull).toList();
            Map<Integer, List<String>> tags = tagNames(session, pageIds);
            return permissions.filter(actor, READ, sorted, n -> PageTarget.page(n.path(), n.locale(),
                    n.pageId() == null ? List.of() : tags.getOrDefault(n.pageId(), List.of())));
        });
    }

    /**
     * {@code pages.links}: every readable page of the locale with the links whose target the actor
     * may read too.
     */
    public List<PageLinkItem> links(Actor actor, String locale) {
        Objects.requireNonNull(locale, "locale");
        requireScope(actor, READ, SYSTEM);
        String code = PagePath.locale(locale);
        return read(session -> {
            List<PageSummary> pages = session.pages().summaries(PageFilter.locale(code));
            List<Integer> ids = pages.stream().map(PageSummary::id).toList();
            Map<Integer, List<PageKey>> links = session.pageLinks().linksOf(ids);
            Map<PageKey, Integer> idsByKey = new HashMap<>();
            pages.forEach(p -> idsByKey.put(p.key(), p.id()));
            for (List<PageKey> targets : links.values()) {
                for (PageKey target : targets) {
                    if (!idsByKey.containsKey(target) && !target.locale().equals(code)) {
                        session.pages().byKey(target).ifPresent(p -> idsByKey.put(target, p.id()));
                    }
                }
            }
            Map<Integer, List<String>> tags = tagNames(session, idsByKey.values());
            List<PageSummary> readable = permissions.filter(actor, READ, pages,
                    p -> PageTarget.page(p.path(), p.localeCode(), tags.get(p.id())));
            List<PageLinkItem> items = new ArrayList<>();
            for (PageSummary page : readable) {
                List<PageKey> targets = links.getOrDefault(page.id(), List.of());
                List<PageKey> visible = permissions.filter(actor, READ, targets, t -> PageTarget.page(t.path(),
                        t.locale(), idsByKey.containsKey(t) ? tags.get(idsByKey.get(t)) : List.of()));
                items.add(new PageLinkItem(page.id(), page.title(), page.key().qualified(),
                        visible.stream().map(PageKey::qualified).toList()));
            }
            return List.copyOf(items);
        });
    }

    /**
     * {@code pages.search} (R-6.15.1, decision 13): published pages whose title, description or content
     * holds the query, ranked title first; only readable results, {@code totalHits} counting readable ones.
     */
    public SearchResults search(Actor actor, String query, @Nullable String path, @Nullable String locale) {
        Objects.requireNonNull(query, "query");
        requireScope(actor, READ, SYSTEM);
        String term = query.strip();
        if (term.isEmpty()) {
            return SearchResults.EMPTY;
        }
        String code = locale == null || locale.isBlank() ? null : PagePath.locale(locale);
        String prefix = path == null || path.isBlank() ? null : stripSlashes(path);
        return read(session -> search.search(new SearchRequest(term, prefix, code, MAX_SEARCH_HITS, hits -> {
            Map<Integer, List<String>> tags = tagNames(session, hits.stream().map(SearchHit::id).toList());
            return permissions.filter(actor, READ, hits, h -> PageTarget.page(h.path(), h.locale(), tags.get(h.id())));
        }, session)));
    }

    /**
     * {@code pages.history}: one page of the snapshots, newest first, with computed action types.
     * {@code offsetPage} and {@code offsetSize} of 0 or less mean 0 and 100. 6003 unknown page (decision
     * 15), 6012 without a {@code read:history} rule.
     */
    public PageHistoryTrail history(Actor actor, int id, int offsetPage, int offsetSize) {
        requireScope(actor, HISTORY, SYSTEM);
        int pageIndex = Math.max(0, offsetPage);
        int size = offsetSize > 0 ? offsetSize : DEFAULT_HISTORY_PAGE;
        return read(session -> {
            StoredPage page = load(session, id);
            if (!permissions.check(actor, Scope.READ_HISTORY, target(page, tagNames(session, id)))) {
                throw WikiException.of(WikiError.PAGE_HISTORY_FORBIDDEN);
            }
            int total = session.pageHistory().count(id);
            long offset = (long) pageIndex * size;
            List<StoredVersion> versions = offset >= total ? List.of()
                    : session.pageHistory().trail(id, (int) offset, size);
            long upTo = (pageIndex + 1L) * size;
            StoredVersion previous = null;
            if (total > upTo) {
                previous = session.pageHistory().trail(id, (int) upTo, 1).stream().findFirst().orElse(null);
            }
            Set<Integer> authors = new HashSet<>();
            versions.forEach(v -> authors.add(v.authorId()));
            Map<Integer, String> names = names(session, authors);
            int u = upTo > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) upTo;
            return new PageHistoryTrail(HistoryTrail.entries(versions, previous, total, u, names), total);
        });
    }

    /**
     * {@code pages.version}: the snapshot, or empty when it does not belong to the page. 6003
     * unknown page, 6012 without a {@code read:history} rule.
     */
    public Optional<PageVersion> version(Actor actor, int pageId, int versionId) {
        requireScope(actor, HISTORY, SYSTEM);
        return read(session -> {
            StoredPage page = load(session, pageId);
            if (!permissions.check(actor, Scope.READ_HISTORY, target(page, tagNames(session, pageId)))) {
                throw WikiException.of(WikiError.PAGE_HISTORY_FORBIDDEN);
            }
            return session.pageHistory().byId(pageId, versionId).map(v -> new PageVersion(v.id(), v.pageId(),
                    v.action(), v.authorId(), names(session, Set.of(v.authorId())).getOrDefault(v.authorId(), ""),
                    v.path(), v.localeCode(), v.title(), v.description(), v.content(), v.contentType(),
                    v.editorKey(), v.isPrivate(), v.isPublished(), v.publishStartDate(), v.publishEndDate(),
                    v.versionDate(), v.createdAt()));
        });
    }

    /**
     * {@code pages.checkConflicts}: whether the page changed after {@code checkoutDate}. 6003
     * unknown id, 6009 without a {@code write:pages} or {@code manage:pages} rule.
     */
    public boolean checkConflicts(Actor actor, int id, Instant checkoutDate) {
        Objects.requireNonNull(checkoutDate, "checkoutDate");
        requireScope(actor, WRITE, MANAGE, SYSTEM);
        return read(session -> {
            StoredPage page = editable(session, actor, id, WikiError.PAGE_UPDATE_FORBIDDEN);
            return page.updatedAt().isAfter(checkoutDate);
        });
    }

    /**
     * {@code pages.conflictLatest}: the page as it is now. 6003 unknown id, 6013 without a
     * {@code write:pages} or {@code manage:pages} rule.
     */
    public PageConflictLatest conflictLatest(Actor actor, int id) {
        requireScope(actor, WRITE, MANAGE, SYSTEM);
        return read(session -> {
            StoredPage page = editable(session, actor, id, WikiError.PAGE_VIEW_FORBIDDEN);
            return new PageConflictLatest(page.id(), page.authorId(),
                    names(session, Set.of(page.authorId())).getOrDefault(page.authorId(), ""), page.content(),
                    page.createdAt(), page.description(), page.isPublished(), page.localeCode(), page.path(),
                    tagNames(session, page.id()), page.title(), page.updatedAt());
        });
    }

    // ---------------------------------------------------------------------------------------------- internals

    /** The fields an update or restore sets; null ones stay as they are. */
    private record Edit(@Nullable String content, @Nullable String title, @Nullable String description,
                        @Nullable Boolean isPublished, @Nullable String publishStartDate,
                        @Nullable String publishEndDate, @Nullable String scriptCss, @Nullable String scriptJs,
                        @Nullable List<String> tags, @Nullable Source source, @Nullable Boolean isPrivate) {
    }

    /** An editor and its content type, set back by a restore. */
    private record Source(String editorKey, String contentType) {
    }

    private StoredPage apply(StorageSession session, Actor actor, StoredPage page, List<String> tags, Edit edit,
                             String action, PageKey destination) {
        String start = edit.publishStartDate() == null ? page.publishStartDate()
                : Dates.publishDate("publishStartDate", edit.publishStartDate());
        String end = edit.publishEndDate() == null ? page.publishEndDate()
                : Dates.publishDate("publishEndDate", edit.publishEndDate());
        boolean moving = !destination.equals(page.key());
        if (moving) {
            checkMove(session, actor, page, tags, destination);
        }
        Instant now = context.now();
        session.pageHistory().insert(StoredVersion.of(page, action, now));
        PageTarget target = target(page, edit.tags() == null ? tags : edit.tags());
        String css = edit.scriptCss() != null && permissions.check(actor, Scope.WRITE_STYLES, target)
                ? Css.minify(edit.scriptCss()) : page.scriptCss();
        String js = edit.scriptJs() != null && permissions.check(actor, Scope.WRITE_SCRIPTS, target)
                ? edit.scriptJs() : page.scriptJs();
        String content = edit.content() == null ? page.content() : edit.content();
        String editorKey = edit.source() == null ? page.editorKey() : edit.source().editorKey();
        String contentType = edit.source() == null ? page.contentType() : edit.source().contentType();
        boolean isPrivate = edit.isPrivate() == null ? page.isPrivate() : edit.isPrivate();
        String hash = isPrivate == page.isPrivate() ? page.hash()
                : PagePath.hash(page.localeCode(), page.path(), isPrivate ? PagePath.PRIVATE_NAMESPACE : "");
        RenderResult rendered = rendering.render(session, content, contentType, page.key());
        StoredPage updated = new StoredPage(page.id(), page.path(), hash,
                edit.title() == null ? page.title() : edit.title(),
                edit.description() == null ? page.description() : edit.description(), isPrivate,
                edit.isPublished() == null ? page.isPublished() : edit.isPublished(), page.privateNS(), start, end,
                content, rendered.html(), rendered.toc(), contentType, editorKey, page.localeCode(), css, js,
                actor.authorId(), page.creatorId(), page.createdAt(), now);
        session.pages().update(updated);
        if (edit.tags() != null) {
            session.tags().setPageTags(page.id(), edit.tags(), now);
        }
        session.pageLinks().setLinks(page.id(), Rendering.targets(rendered));
        if (isPrivate != page.isPrivate() || !updated.title().equals(page.title())) {
            new TreeKeeper(session.pageTree()).retitle(updated);
        }
        search.pageChanged(new SearchUpdate(updated, page.key(), session));
        return moving ? relocate(session, updated, destination) : updated;
    }

    /** The checks of steps 3 to 5, in order. */
    private void checkMove(StorageSession session, Actor actor, StoredPage page, List<String> tags,
                           PageKey destination) {
        if (!permissions.check(actor, Scope.MANAGE_PAGES, target(page, tags))) {
            throw WikiException.of(WikiError.PAGE_MOVE_FORBIDDEN);
        }
        if (!permissions.check(actor, Scope.WRITE_PAGES,
                PageTarget.page(destination.path(), destination.locale(), tags))) {
            throw WikiException.of(WikiError.PAGE_MOVE_FORBIDDEN);
        }
        if (!destination.equals(page.key()) && session.pages().byKey(destination).isPresent()) {
            throw WikiException.of(WikiError.PAGE_PATH_COLLISION);
        }
    }

    /** steps 6 to 10, with the fix of decision 10: every page linking to either place is re-rendered. */
    private StoredPage relocate(StorageSession session, StoredPage page, PageKey destination) {
        Instant now = context.now();
        session.pageHistory().insert(StoredVersion.of(page, "moved", now));
        String oldLast = page.path().substring(page.path().lastIndexOf('/') + 1);
        String newLast = destination.path().substring(destination.path().lastIndexOf('/') + 1);
        String title = page.title().equals(oldLast) ? newLast : page.title();
        RenderResult rendered = rendering.render(session, page.content(), page.contentType(), destination);
        StoredPage moved = new StoredPage(page.id(), destination.path(),
                PagePath.hash(destination.locale(), destination.path(), ""), title, page.description(),
                page.isPrivate(), page.isPublished(), page.privateNS(), page.publishStartDate(),
                page.publishEndDate(), page.content(), rendered.html(), rendered.toc(), page.contentType(),
                page.editorKey(), destination.locale(), page.scriptCss(), page.scriptJs(), page.authorId(),
                page.creatorId(), page.createdAt(), now);
        session.pages().update(moved);
        session.pageLinks().setLinks(moved.id(), Rendering.targets(rendered));
        TreeKeeper tree = new TreeKeeper(session.pageTree());
        tree.remove(page.key());
        tree.add(moved);
        search.pageChanged(new SearchUpdate(moved, page.key(), session));
        rendering.rerenderLinking(session, List.of(page.key(), destination), moved.id());
        return moved;
    }

    /**
     * Reads a page the cache did not hold, complete, and keeps it in the generation taken before the read
     * began (see {@link PageCache}); 6003 when there is none.
     */
    private PageCache.Entry readIntoCache(StorageWork<Optional<StoredPage>> lookup) {
        PageCache.Generation generation = cache.generation();
        return read(session -> lookup.execute(session).map(page -> cache.put(generation, toPage(session, page))))
                .orElseThrow(() -> WikiException.of(WikiError.PAGE_NOT_FOUND));
    }

    private Page viewable(Actor actor, PageCache.Entry found) {
        if (!permissions.check(actor, VIEW_SCOPES, found.target())) {
            throw WikiException.of(WikiError.PAGE_VIEW_FORBIDDEN);
        }
        return found.page();
    }

    private StoredPage editable(StorageSession session, Actor actor, int id, WikiError forbidden) {
        StoredPage page = load(session, id);
        if (!permissions.check(actor, List.of(WRITE, MANAGE), target(page, tagNames(session, id)))) {
            throw WikiException.of(forbidden);
        }
        return page;
    }

    private List<PageTag> readableTags(StorageSession session, Actor actor, List<PageTag> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<Integer, List<Integer>> pagesByTag = session.tags().pageIdsOf(
                candidates.stream().map(PageTag::id).toList());
        Set<Integer> pageIds = new LinkedHashSet<>();
        pagesByTag.values().forEach(pageIds::addAll);
        Map<Integer, PageSummary> pages = session.pages().summariesByIds(pageIds);
        Map<Integer, List<String>> tags = tagNames(session, pages.keySet());
        Set<Integer> readable = new HashSet<>();
        permissions.filter(actor, READ, List.copyOf(pages.values()),
                p -> PageTarget.page(p.path(), p.localeCode(), tags.get(p.id()))).forEach(p -> readable.add(p.id()));
        return candidates.stream()
                .filter(t -> pagesByTag.getOrDefault(t.id(), List.of()).stream().anyMatch(readable::contains))
                .toList();
    }

    private Page toPage(StorageSession session, StoredPage page) {
        List<PageTag> tags = session.tags().tagsOf(page.id());
        Map<Integer, User> users = session.users().byIds(new HashSet<>(List.of(page.authorId(), page.creatorId())));
        User author = users.get(page.authorId());
        User creator = users.get(page.creatorId());
        return new Page(page.id(), page.path(), page.hash(), page.title(), page.description(), page.isPrivate(),
                page.isPublished(), page.privateNS(), page.publishStartDate(), page.publishEndDate(), page.content(),
                page.render(), page.toc(), page.contentType(), page.editorKey(), page.localeCode(), page.scriptCss(),
                page.scriptJs(), page.authorId(), author == null ? "" : author.name(),
                author == null ? "" : author.email(), page.creatorId(), creator == null ? "" : creator.name(),
                creator == null ? "" : creator.email(), page.createdAt(), page.updatedAt(), tags);
    }

    private static StoredPage load(StorageSession session, int id) {
        return session.pages().byId(id).orElseThrow(() -> WikiException.of(WikiError.PAGE_NOT_FOUND));
    }

    private static PageTarget target(StoredPage page, List<String> tags) {
        return PageTarget.page(page.path(), page.localeCode(), tags);
    }

    private static List<String> tagNames(StorageSession session, int pageId) {
        return session.tags().tagsOf(pageId).stream().map(PageTag::tag).toList();
    }

    private static Map<Integer, List<String>> tagNames(StorageSession session, Collection<Integer> pageIds) {
        Map<Integer, List<String>> result = new HashMap<>();
        if (pageIds.isEmpty()) {
            return result;
        }
        session.tags().tagsOf(pageIds).forEach((id, tags) -> result.put(id, tags.stream().map(PageTag::tag).toList()));
        return result;
    }

    private static Map<Integer, String> names(StorageSession session, Set<Integer> userIds) {
        Map<Integer, String> names = new HashMap<>();
        session.users().byIds(userIds).forEach((id, user) -> names.put(id, user.name()));
        return names;
    }

    /**
     * trimmed, lower-cased, duplicates dropped, first occurrence first; 1012 for a tag longer than
     * the store holds or with an unpaired surrogate, before anything is written.
     */
    private static List<String> normaliseTags(List<String> tags) {
        Set<String> result = new LinkedHashSet<>();
        for (String tag : tags) {
            result.add(Inputs.require("Tag", Objects.requireNonNull(tag, "tag").strip().toLowerCase(Locale.ROOT),
                    Inputs.SHORT));
        }
        return List.copyOf(result);
    }

    /** The filters of {@code pages.list} name tags but write none: any text may be looked for. */
    private static List<String> normaliseFilterTags(List<String> tags) {
        Set<String> result = new LinkedHashSet<>();
        for (String tag : tags) {
            result.add(Objects.requireNonNull(tag, "tag").strip().toLowerCase(Locale.ROOT));
        }
        return List.copyOf(result);
    }

    private static String stripSlashes(String path) {
        int start = 0;
        while (start < path.length() && path.charAt(start) == '/') {
            start++;
        }
        return path.substring(start);
    }

    private static Optional<Instant> cutoff(String duration, Instant now) {
        if (duration.isEmpty() || duration.contains("-")) {
            return Optional.empty();
        }
        try {
            return Optional.of(now.atZone(ZoneOffset.UTC).minus(Period.parse(duration)).toInstant());
        } catch (DateTimeParseException notAPeriod) {
            try {
                return Optional.of(now.minus(Duration.parse(duration)));
            } catch (DateTimeParseException notADuration) {
                return Optional.empty();
            }
        }
    }

    private void requireScope(Actor actor, String... scopes) {
        Objects.requireNonNull(actor, "actor");
        if (!permissions.hasAny(actor, List.of(scopes))) {
            throw WikiException.plain(FORBIDDEN_MESSAGE);
        }
    }

    private <T> T read(StorageWork<T> work) {
        try {
            return context.storage().inTransaction(work);
        } catch (WikiException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.error("Page query failed", e);
            throw WikiException.wrap(WikiError.PAGE_GENERIC_ERROR, e);
        }
    }

    /**
     * Runs a mutation in one transaction. A lost race on a page path becomes {@code duplicate}; a lost race
     * on creating a tag is retried once, since the tag now exists; anything unexpected becomes 6001 and is
     * logged (decision 31).
     */
    private <T> T write(WikiError duplicate, StorageWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                T result = context.storage().inTransaction(work);
                context.changed(Topic.PAGES);
                return result;
            } catch (WikiException e) {
                throw e;
            } catch (DuplicateKeyException e) {
                if (e.key() == UniqueKey.PAGE_PATH) {
                    throw WikiException.of(duplicate);
                }
                if (e.key() != UniqueKey.TAG || attempt > 1) {
                    LOG.error("Page write failed on a uniqueness rule", e);
                    throw WikiException.wrap(WikiError.PAGE_GENERIC_ERROR, e);
                }
            } catch (StorageException e) {
                LOG.error("Page write failed in storage", e);
                throw WikiException.wrap(WikiError.PAGE_GENERIC_ERROR, e);
            } catch (RuntimeException e) {
                LOG.error("Page write failed", e);
                throw WikiException.wrap(WikiError.PAGE_GENERIC_ERROR, e);
            }
        }
    }
}
