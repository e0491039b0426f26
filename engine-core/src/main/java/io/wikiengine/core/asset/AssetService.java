package io.wikiengine.core.asset;

import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.PageTarget;
import io.wikiengine.core.access.PermissionEngine;
import io.wikiengine.core.access.Scope;
import io.wikiengine.core.asset.internal.BlobWriter;
import io.wikiengine.core.asset.internal.ChunkedInputStream;
import io.wikiengine.core.asset.internal.ContentType;
import io.wikiengine.core.asset.internal.FileNames;
import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.error.WikiException;
import io.wikiengine.core.internal.WikiContext;
import io.wikiengine.core.render.HtmlSanitizer;
import io.wikiengine.core.spi.DuplicateKeyException;
import io.wikiengine.core.spi.StorageException;
import io.wikiengine.core.spi.StorageSession;
import io.wikiengine.core.spi.StorageWork;
import io.wikiengine.core.spi.StoredAsset;
import io.wikiengine.core.user.User;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The asset manager of spec §9: folders, assets, uploads and downloads, exposed as {@code wiki.assets()}.
 *
 * <p>Every page-rule check uses the asset path of {@link AssetPath} without locale (decision 5), except
 * {@link #open}, which like the Wiki.js download route passes the URL's locale. Every method runs in one storage
 * transaction, so a refused or failed call changes nothing, and checks every condition before it inserts
 * (decision 39). Where the GraphQL operation has an {@code @auth} list, the method checks it too, so that the
 * Java API is as safe as the GraphQL one: an actor with none of its scopes gets a plain {@code Forbidden}.
 *
 * <p>Data is stored in chunks of {@value BlobWriter#CHUNK_SIZE} bytes while the upload is read, and read back
 * one chunk at a time; see {@link #upload} and {@link AssetDownload}.
 */
public final class AssetService {

    /** the actor lacks the global {@code write:assets}. */
    public static final String UPLOAD_FORBIDDEN = "You are not authorized to upload files.";
    /** no {@code write:assets} rule on the new asset's path. */
    public static final String UPLOAD_FOLDER_FORBIDDEN = "You are not authorized to upload files to this folder.";
    /** the target folder does not exist. */
    public static final String UPLOAD_FOLDER_MISSING = "Failed to fetch folder hierarchy.";
    /** the file has no usable name. */
    public static final String UPLOAD_METADATA_MISSING = "Missing upload file metadata.";
    /** The plain message of a refused {@code @auth} scope check and of a refused download, as GraphQL sends it. */
    public static final String FORBIDDEN = "Forbidden";

    private static final Logger LOG = LoggerFactory.getLogger(AssetService.class);
    private static final Pattern LOCALE = Pattern.compile("^[A-Za-z]{2}(-[A-Za-z]{2})?$");
    private static final String READ = Scope.READ_ASSETS.wire();
    private static final String WRITE = Scope.WRITE_ASSETS.wire();
    private static final String MANAGE = Scope.MANAGE_ASSETS.wire();

    private final WikiContext context;
    private final PermissionEngine permissions;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final SecureRandom random = new SecureRandom();

    /** The service of one wiki; {@link io.wikiengine.core.Wiki} makes it. */
    public AssetService(WikiContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.permissions = context.permissions();
    }

    /**
     * {@code assets.folders}: the direct children of a folder (0 = root) whose path the actor may read
     * ({@code read:assets} rule on {@code <parent path>/<slug>}); empty for an unknown folder.
     */
    public List<AssetFolder> folders(Actor actor, int parentFolderId) {
        requireScope(actor, READ);
        return read(session -> {
            List<AssetFolder> chain = chain(session, parentFolderId);
            if (chain == null) {
                return List.of();
            }
            return permissions.filter(actor, READ, session.assetFolders().children(parentFolderId),
                    folder -> PageTarget.asset(AssetPath.of(chain, folder.slug())));
        });
    }

    /**
     * {@code assets.createFolder}: the slug is filename-sanitised and lower-cased; the name is kept as
     * given, the slug when null (decision 26). As in Wiki.js there is no path-level check.
     *
     * @throws WikiException 2002 when the parent has a folder with that slug; 2001 when the parent does not exist
     */
    public AssetFolder createFolder(Actor actor, int parentFolderId, String slug, @Nullable String name) {
        requireScope(actor, WRITE);
        Objects.requireNonNull(slug, "slug");
        String clean = FileNames.slug(slug);
        String display = name == null ? clean : name;
        return write(session -> {
            if (chain(session, parentFolderId) == null) {
                throw WikiException.of(WikiError.ASSET_GENERIC_ERROR, "The parent folder does not exist.");
            }
            if (session.assetFolders().bySlug(parentFolderId, clean).isPresent()) {
                throw WikiException.of(WikiError.ASSET_FOLDER_EXISTS);
            }
            return session.assetFolders().insert(new AssetFolder(0, clean, display, parentFolderId));
        }, duplicate -> WikiException.of(WikiError.ASSET_FOLDER_EXISTS));
    }

    /**
     * Beyond Wiki.js: gives a folder a new slug (sanitised and lower-cased) and, when not null, a new name. The
     * paths of everything inside change with it, and so do their hashes.
     *
     * @throws WikiException 2001 for an unknown folder; 2006 without a {@code manage:assets} rule on its path;
     *                       2009 without one on the new path; 2002 when the parent has that slug already
     */
    public AssetFolder renameFolder(Actor actor, int folderId, String slug, @Nullable String name) {
        requireScope(actor, MANAGE);
        Objects.requireNonNull(slug, "slug");
        String clean = FileNames.slug(slug);
        return write(session -> {
            List<AssetFolder> chain = existingFolder(session, folderId);
            AssetFolder folder = chain.get(chain.size() - 1);
            List<AssetFolder> parentChain = chain.subList(0, chain.size() - 1);
            requireRule(actor, MANAGE, AssetPath.ofFolder(chain), WikiError.ASSET_RENAME_FORBIDDEN);
            requireRule(actor, MANAGE, AssetPath.of(parentChain, clean), WikiError.ASSET_RENAME_TARGET_FORBIDDEN);
            if (!clean.equals(folder.slug()) && session.assetFolders().bySlug(folder.parentId(), clean).isPresent()) {
                throw WikiException.of(WikiError.ASSET_FOLDER_EXISTS);
            }
            AssetFolder renamed = new AssetFolder(folderId, clean, name == null ? folder.name() : name,
                    folder.parentId());
            session.assetFolders().update(renamed);
            if (!clean.equals(folder.slug())) {
                rehash(session, parentChain, renamed);
            }
            return renamed;
        }, duplicate -> WikiException.of(WikiError.ASSET_FOLDER_EXISTS));
    }

    /**
     * Beyond Wiki.js: moves a folder, with everything inside, under another folder (0 = root).
     *
     * @throws WikiException 2001 for an unknown folder or target, or a target inside the folder itself; 2006
     *                       without a {@code manage:assets} rule on its path; 2009 without one on the new path;
     *                       2002 when the target has a folder with its slug
     */
    public AssetFolder moveFolder(Actor actor, int folderId, int newParentFolderId) {
        requireScope(actor, MANAGE);
        return write(session -> {
            List<AssetFolder> chain = existingFolder(session, folderId);
            AssetFolder folder = chain.get(chain.size() - 1);
            List<AssetFolder> target = chain(session, newParentFolderId);
            if (target == null) {
                throw WikiException.of(WikiError.ASSET_GENERIC_ERROR, "The target folder does not exist.");
            }
            if (target.stream().anyMatch(f -> f.id() == folderId)) {
                throw WikiException.of(WikiError.ASSET_GENERIC_ERROR,
                        "A folder cannot be moved into itself or one of its subfolders.");
            }
            requireRule(actor, MANAGE, AssetPath.ofFolder(chain), WikiError.ASSET_RENAME_FORBIDDEN);
            requireRule(actor, MANAGE, AssetPath.of(target, folder.slug()), WikiError.ASSET_RENAME_TARGET_FORBIDDEN);
            if (newParentFolderId == folder.parentId()) {
                return folder;
            }
            if (session.assetFolders().bySlug(newParentFolderId, folder.slug()).isPresent()) {
                throw WikiException.of(WikiError.ASSET_FOLDER_EXISTS);
            }
            AssetFolder moved = new AssetFolder(folderId, folder.slug(), folder.name(), newParentFolderId);
            session.assetFolders().update(moved);
            rehash(session, target, moved);
            return moved;
        }, duplicate -> WikiException.of(WikiError.ASSET_FOLDER_EXISTS));
    }

    /**
     * Beyond Wiki.js: deletes an empty folder.
     *
     * @throws WikiException 2001 for an unknown folder or one that still holds folders or assets; 2003 without
     *                       a {@code manage:assets} rule on its path
     */
    public void deleteFolder(Actor actor, int folderId) {
        requireScope(actor, MANAGE);
        write(session -> {
            List<AssetFolder> chain = existingFolder(session, folderId);
            requireRule(actor, MANAGE, AssetPath.ofFolder(chain), WikiError.ASSET_DELETE_FORBIDDEN);
            if (!session.assetFolders().children(folderId).isEmpty()
                    || session.assets().countInFolder(folderId) > 0) {
                throw WikiException.of(WikiError.ASSET_GENERIC_ERROR,
                        "The asset folder is not empty: delete or move its folders and assets first.");
            }
            session.assetFolders().delete(folderId);
            return null;
        }, duplicate -> WikiException.of(WikiError.ASSET_GENERIC_ERROR));
    }

    /**
     * {@code assets.list}: the assets directly in a folder (0 = root) of a kind ({@link AssetKind#ALL} =
     * both) whose path the actor may read, with folder and author filled (decision 26); empty for an unknown
     * folder.
     */
    public List<Asset> list(Actor actor, int folderId, AssetKind kind) {
        requireScope(actor, READ);
        Objects.requireNonNull(kind, "kind");
        return read(session -> {
            List<AssetFolder> chain = chain(session, folderId);
            if (chain == null) {
                return List.of();
            }
            List<StoredAsset> visible = permissions.filter(actor, READ, session.assets().inFolder(folderId, kind),
                    row -> PageTarget.asset(AssetPath.of(chain, row.filename())));
            Map<Integer, User> authors = session.users().byIds(visible.stream().map(StoredAsset::authorId).toList());
            AssetFolder folder = chain.isEmpty() ? null : chain.get(chain.size() - 1);
            return visible.stream().map(row -> asset(row, folder, authors.get(row.authorId()))).toList();
        });
    }

    /**
     * {@code assets.renameAsset}, checked in the spec's order; renaming to the current name succeeds and
     * changes nothing (decision 26).
     *
     * @throws WikiException 2004 unknown asset; 2008 the name drops the extension; 2007 the name is empty or only
     *                       the extension; 2005 another asset of the folder has that name; 2006 no
     *                       {@code manage:assets} rule on the current path; 2009 no {@code write:assets} rule on
     *                       the new path
     */
    public Asset renameAsset(Actor actor, int id, String filename) {
        requireScope(actor, MANAGE);
        Objects.requireNonNull(filename, "filename");
        String clean = FileNames.slug(filename);
        return write(session -> {
            StoredAsset row = session.assets().byId(id).orElseThrow(() -> WikiException.of(WikiError.ASSET_INVALID));
            if (!clean.endsWith(row.ext())) {
                throw WikiException.of(WikiError.ASSET_RENAME_INVALID_EXT);
            }
            if (clean.isEmpty() || (!row.ext().isEmpty() && clean.equals(row.ext()))) {
                throw WikiException.of(WikiError.ASSET_RENAME_INVALID);
            }
            boolean same = clean.equals(row.filename());
            if (!same && session.assets().byFilename(row.folderId(), clean).isPresent()) {
                throw WikiException.of(WikiError.ASSET_RENAME_COLLISION);
            }
            List<AssetFolder> chain = folderChain(session, row.folderId());
            requireRule(actor, MANAGE, AssetPath.of(chain, row.filename()), WikiError.ASSET_RENAME_FORBIDDEN);
            String newPath = AssetPath.of(chain, clean);
            requireRule(actor, WRITE, newPath, WikiError.ASSET_RENAME_TARGET_FORBIDDEN);
            StoredAsset result = row;
            if (!same) {
                result = row.renamed(clean, AssetPath.hash(newPath), context.now());
                session.assets().update(result);
            }
            return asset(session, chain, result);
        }, duplicate -> WikiException.of(WikiError.ASSET_RENAME_COLLISION));
    }

    /**
     * {@code assets.deleteAsset}: deletes the asset and its data.
     *
     * @throws WikiException 2004 unknown asset; 2003 no {@code manage:assets} rule on its path
     */
    public void deleteAsset(Actor actor, int id) {
        requireScope(actor, MANAGE);
        write(session -> {
            StoredAsset row = session.assets().byId(id).orElseThrow(() -> WikiException.of(WikiError.ASSET_INVALID));
            List<AssetFolder> chain = folderChain(session, row.folderId());
            requireRule(actor, MANAGE, AssetPath.of(chain, row.filename()), WikiError.ASSET_DELETE_FORBIDDEN);
            session.assets().delete(id);
            return null;
        }, duplicate -> WikiException.of(WikiError.ASSET_GENERIC_ERROR));
    }

    /**
     * upload: stores a file in a folder (0 = root), over an asset of the same name there if one exists
     * (its data, type, size and author replaced; its id and creation date kept).
     *
     * <p>The filename is lower-cased, runs of whitespace {@code , ; #} become {@code _}, and it is sanitised.
     * The type is recognised from the content's signature, never from {@code declaredMime} (decision 26), which
     * only names a subtype within the family the content proved (such as {@code text/csv} for plain text): an
     * HTML file declared as {@code image/png} is stored as {@code text/html}, kind {@code BINARY}. SVGs are
     * sanitised (no scripts, no event handlers, no external references) and stored clean.
     *
     * <p>The content is read to its end while it is stored, one {@value BlobWriter#CHUNK_SIZE}-byte chunk at a
     * time, inside the upload's transaction (which therefore lasts as long as the upload; an SVG alone is held
     * whole, to be sanitised). Past {@link io.wikiengine.core.WikiConfig#maxUploadBytes()} the upload stops at
     * once and nothing is stored. The caller closes the stream.
     *
     * @throws WikiException plain {@link #UPLOAD_FORBIDDEN} without a global {@code write:assets};
     *                       {@link #UPLOAD_METADATA_MISSING} when the name sanitises to nothing;
     *                       {@link #UPLOAD_FOLDER_MISSING} for an unknown folder; {@link #UPLOAD_FOLDER_FORBIDDEN}
     *                       without a {@code write:assets} rule on the asset path; 2001 with a message naming the
     *                       limit for a file that is too large, and 2001 when the content cannot be read
     */
    public Asset upload(Actor actor, int folderId, String filename, InputStream content, @Nullable String declaredMime) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(content, "content");
        if (!permissions.hasAny(actor, List.of(WRITE))) {
            throw WikiException.plain(UPLOAD_FORBIDDEN);
        }
        String clean = FileNames.upload(filename);
        if (clean.isEmpty()) {
            throw WikiException.plain(UPLOAD_METADATA_MISSING);
        }
        return write(session -> {
            List<AssetFolder> chain = chain(session, folderId);
            if (chain == null) {
                throw WikiException.plain(UPLOAD_FOLDER_MISSING);
            }
            String path = AssetPath.of(chain, clean);
            if (!permissions.check(actor, List.of(WRITE), PageTarget.asset(path))) {
                throw WikiException.plain(UPLOAD_FOLDER_FORBIDDEN);
            }
            String blobKey = newBlobKey();
            BlobWriter.Blob blob = store(new BlobWriter(session.assets(), context.config().maxUploadBytes(),
                    sanitizer::sanitizeSvg), blobKey, content, declaredMime);
            AssetKind kind = blob.mime().startsWith("image/") ? AssetKind.IMAGE : AssetKind.BINARY;
            Instant now = context.now();
            StoredAsset existing = session.assets().byFilename(folderId, clean).orElse(null);
            StoredAsset row;
            if (existing == null) {
                row = session.assets().insert(new StoredAsset(0, clean, AssetPath.hash(path),
                        FileNames.extension(clean), kind, blob.mime(), blob.size(), null, folderId, actor.authorId(),
                        now, now, blobKey));
            } else {
                row = new StoredAsset(existing.id(), clean, AssetPath.hash(path), FileNames.extension(clean), kind,
                        blob.mime(), blob.size(), existing.metadata(), folderId, actor.authorId(),
                        existing.createdAt(), now, blobKey);
                session.assets().update(row);
                session.assets().deleteBlob(existing.blobKey());
            }
            return asset(session, chain, row);
        }, duplicate -> WikiException.of(WikiError.ASSET_GENERIC_ERROR));
    }

    /**
     * download: opens the asset at a path for reading, after a {@code read:assets} rule check.
     *
     * <p>The path is the asset path of {@link AssetPath} (a leading {@code /} is ignored), tried as it is first,
     * with the site locale for the check, as Wiki.js parses an unprefixed URL. Only when no asset has that path
     * and its first segment looks like a locale ({@code en}, {@code fr-ca}) is that segment taken as the locale
     * and the rest as the path: so {@code /en/img/a.png} serves {@code img/a.png}, while an asset whose first
     * folder is {@code en} or a single character is still served at its own path (in Wiki.js it cannot be,
     * ODDITY of ). Content type and attachment follow decision 26; see {@link AssetDownload} for how the
     * stream reads.
     *
     * @throws WikiException 2004 when no asset has the path; plain {@link #FORBIDDEN} without the rule
     */
    public AssetDownload open(Actor actor, String assetPath) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(assetPath, "assetPath");
        String path = assetPath.startsWith("/") ? assetPath.substring(1) : assetPath;
        Opened opened = read(session -> {
            String locale = context.config().siteLocale();
            StoredAsset row = session.assets().byHash(AssetPath.hash(path)).orElse(null);
            String found = path;
            int slash = path.indexOf('/');
            if (row == null && slash > 0 && LOCALE.matcher(path.substring(0, slash)).matches()) {
                locale = path.substring(0, slash);
                found = path.substring(slash + 1);
                row = session.assets().byHash(AssetPath.hash(found)).orElse(null);
            }
            if (row == null) {
                throw WikiException.of(WikiError.ASSET_INVALID);
            }
            List<AssetFolder> chain = folderChain(session, row.folderId());
            if (!AssetPath.of(chain, row.filename()).equals(found)) {
                throw WikiException.of(WikiError.ASSET_INVALID);
            }
            if (!permissions.check(actor, List.of(READ), new PageTarget(found, locale, List.of()))) {
                throw WikiException.plain(FORBIDDEN);
            }
            return new Opened(asset(session, chain, row), row.blobKey());
        });
        Asset asset = opened.asset();
        String contentType = asset.mime().startsWith("text/") ? asset.mime() + "; charset=utf-8" : asset.mime();
        return new AssetDownload(asset, contentType, !ContentType.inline(asset.mime()),
                new ChunkedInputStream(context.storage(), opened.blobKey(), asset.fileSize()));
    }

    /** An asset found for download, with the key its data is read by. */
    private record Opened(Asset asset, String blobKey) {
    }

    private BlobWriter.Blob store(BlobWriter writer, String blobKey, InputStream content,
                                  @Nullable String declaredMime) {
        try {
            return writer.write(blobKey, content, declaredMime);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Recomputes the hash of every asset in a folder that was renamed or moved, and in all folders below it. */
    private static void rehash(StorageSession session, List<AssetFolder> parentChain, AssetFolder folder) {
        Map<Integer, AssetFolder> byId = new HashMap<>();
        byId.put(folder.id(), folder);
        for (AssetFolder below : session.assetFolders().descendants(folder.id())) {
            byId.put(below.id(), below);
        }
        Map<Integer, String> paths = new HashMap<>();
        paths.put(folder.id(), AssetPath.of(parentChain, folder.slug()));
        Map<Integer, String> hashes = new HashMap<>();
        for (StoredAsset row : session.assets().inFolders(byId.keySet())) {
            hashes.put(row.id(), AssetPath.hash(folderPath(row.folderId(), byId, paths) + "/" + row.filename()));
        }
        session.assets().updateHashes(hashes);
    }

    private static String folderPath(int id, Map<Integer, AssetFolder> byId, Map<Integer, String> paths) {
        String known = paths.get(id);
        if (known != null) {
            return known;
        }
        AssetFolder folder = byId.get(id);
        String path = folderPath(folder.parentId(), byId, paths) + "/" + folder.slug();
        paths.put(id, path);
        return path;
    }

    private Asset asset(StorageSession session, List<AssetFolder> chain, StoredAsset row) {
        AssetFolder folder = chain.isEmpty() ? null : chain.get(chain.size() - 1);
        return asset(row, folder, session.users().byId(row.authorId()).orElse(null));
    }

    private static Asset asset(StoredAsset row, @Nullable AssetFolder folder, @Nullable User author) {
        return new Asset(row.id(), row.filename(), row.hash(), row.ext(), row.kind(), row.mime(), row.fileSize(),
                row.metadata(), row.folderId(), row.authorId(), row.createdAt(), row.updatedAt(), folder, author);
    }

    /**
     * The chain of an existing folder, root first; null for an unknown folder, a negative id being one like
     * any other no folder has; empty for the root.
     */
    private static @Nullable List<AssetFolder> chain(StorageSession session, int folderId) {
        if (folderId == AssetFolder.ROOT) {
            return List.of();
        }
        if (folderId < 0) {
            return null;
        }
        List<AssetFolder> chain = session.assetFolders().chain(folderId);
        return chain.isEmpty() ? null : chain;
    }

    /** The chain of a stored asset's folder, which exists (the store refuses to delete a folder in use). */
    private static List<AssetFolder> folderChain(StorageSession session, int folderId) {
        List<AssetFolder> chain = chain(session, folderId);
        if (chain == null) {
            throw new StorageException("Asset folder " + folderId + " is missing");
        }
        return chain;
    }

    private static List<AssetFolder> existingFolder(StorageSession session, int folderId) {
        List<AssetFolder> chain = folderId == AssetFolder.ROOT ? null : chain(session, folderId);
        if (chain == null) {
            throw WikiException.of(WikiError.ASSET_GENERIC_ERROR, "This asset folder does not exist.");
        }
        return new ArrayList<>(chain);
    }

    private void requireScope(Actor actor, String scope) {
        Objects.requireNonNull(actor, "actor");
        if (!permissions.hasAny(actor, List.of(scope))) {
            throw WikiException.plain(FORBIDDEN);
        }
    }

    private void requireRule(Actor actor, String scope, String path, WikiError refusal) {
        if (!permissions.check(actor, List.of(scope), PageTarget.asset(path))) {
            throw WikiException.of(refusal);
        }
    }

    private String newBlobKey() {
        byte[] key = new byte[16];
        random.nextBytes(key);
        return HexFormat.of().formatHex(key);
    }

    private <T> T read(StorageWork<T> work) {
        return write(work, duplicate -> WikiException.wrap(WikiError.ASSET_GENERIC_ERROR, duplicate));
    }

    private <T> T write(StorageWork<T> work, Function<DuplicateKeyException, WikiException> onDuplicate) {
        try {
            return context.storage().inTransaction(work);
        } catch (DuplicateKeyException e) {
            // A concurrent writer won the race between our check and our write.
            LOG.debug("Asset write lost a race: {}", e.key());
            throw onDuplicate.apply(e);
        } catch (StorageException | UncheckedIOException e) {
            LOG.error("Asset operation failed", e);
            throw WikiException.wrap(WikiError.ASSET_GENERIC_ERROR, e);
        }
    }
}
