package io.wikiengine.core.io;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.asset.Asset;
import io.wikiengine.core.asset.AssetDownload;
import io.wikiengine.core.asset.AssetFolder;
import io.wikiengine.core.asset.AssetKind;
import io.wikiengine.core.asset.internal.FileNames;
import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.error.WikiException;
import io.wikiengine.core.io.ImportNote.Kind;
import io.wikiengine.core.io.internal.LocaleFolders;
import io.wikiengine.core.io.internal.PageFile;
import io.wikiengine.core.io.internal.PageFileReader;
import io.wikiengine.core.io.internal.PageFormat;
import io.wikiengine.core.io.internal.PagePaths;
import io.wikiengine.core.page.PageCreate;
import io.wikiengine.core.page.PageImport;
import io.wikiengine.core.page.PageImportResult;
import io.wikiengine.core.page.PageLinkItem;
import io.wikiengine.core.page.PageListItem;
import io.wikiengine.core.page.PageListQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a Wiki.js Git-storage (or Local File System storage) folder into a wiki: {@code <locale>/<path>.md}
 * (markdown), {@code .html} (the visual and code editors) and {@code .adoc} (AsciiDoc) files become pages,
 * every other file an asset in asset folders named after its folders.
 *
 * <pre>{@code
 * ImportReport report = new WikiImporter(wiki).importFolder(Path.of("docs"), ImportOptions.DEFAULTS);
 * report.lines().forEach(System.out::println);
 * }</pre>
 *
 * <p>Pages are written by {@link io.wikiengine.core.page.PageService#importPages} as {@link Actor#system()}:
 * the same validation, rendering, tags, tree, search and link upkeep as any page, many pages per transaction,
 * keeping the files' {@code dateCreated} and {@code date}. A link to a page imported in a later batch ends up
 * valid, since creating a page re-renders the pages already linking to it. Files are taken in path order, so
 * the same folder always gives the same ids.
 *
 * <p>Front matter is read strictly as YAML first, line by line second, and a file without any is a page with
 * its file name as title; the block never ends up in the content. Every decision on a messy file is an
 * {@link ImportNote}: a value not understood, a path normalised, a file ignored or skipped, a link left
 * dangling, a page or asset of the wiki the folder no longer holds.
 *
 * <p>Importing the same folder again updates the pages and assets that changed and leaves the rest; what the
 * folder no longer holds is reported and kept, or deleted when {@link ImportOptions#mirror()} asks for it.
 */
public final class WikiImporter {

    private static final Logger LOG = LoggerFactory.getLogger(WikiImporter.class);

    private final Wiki wiki;
    private final Actor system = Actor.system();

    /** An importer into this wiki. */
    public WikiImporter(Wiki wiki) {
        this.wiki = Objects.requireNonNull(wiki, "wiki");
    }

    /**
     * Imports a folder.
     *
     * @throws WikiException 1012 when {@code folder} is not a readable folder
     * @throws UncheckedIOException when reading the folder fails midway
     */
    public ImportReport importFolder(Path folder, ImportOptions options) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(options, "options");
        if (!Files.isDirectory(folder)) {
            throw WikiException.of(WikiError.INPUT_INVALID, "Not a folder: " + folder);
        }
        long start = System.nanoTime();
        Run run = new Run(folder, options);
        run.scan();
        run.importPages();
        run.importAssets();
        run.reconcile();
        run.links();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        ImportReport report = run.report(elapsed);
        LOG.info("Imported {}: {}", folder, report.summary());
        return report;
    }

    /** A page file read and ready for the page service. */
    private record PendingPage(String file, PageImport page) {
    }

    /** One import: its state lives only as long as the call. */
    private final class Run {
        private final Path root;
        private final ImportOptions options;
        private final List<PathMatcher> ignore = new ArrayList<>();
        private final List<ImportNote> notes = new ArrayList<>();
        private final List<String> files = new ArrayList<>();
        private final Map<String, String> localeFolders = new HashMap<>();
        private final List<PendingPage> pending = new ArrayList<>();
        private final Map<String, String> pageFiles = new LinkedHashMap<>();
        private final Set<String> assetPaths = new HashSet<>();
        private final List<String> assetFiles = new ArrayList<>();
        private final Map<String, Integer> folderIds = new HashMap<>();
        private final Map<Integer, Map<String, Asset>> folderAssets = new HashMap<>();
        private final Set<Integer> importedPages = new HashSet<>();
        private int created;
        private int updated;
        private int unchanged;
        private int skipped;
        private int assetsCreated;
        private int assetsUpdated;
        private int assetsUnchanged;
        private int assetsSkipped;
        private int ignored;
        private int missing;
        private int deleted;

        Run(Path root, ImportOptions options) {
            this.root = root;
            this.options = options;
            for (String pattern : options.ignore()) {
                ignore.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
            }
        }

        // ------------------------------------------------------------------------------------- scanning

        void scan() {
            try {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (dir.equals(root)) {
                            return FileVisitResult.CONTINUE;
                        }
                        String rel = relative(dir);
                        Optional<String> matched = ignored(rel);
                        if (matched.isPresent()) {
                            note(rel + "/", Kind.IGNORED, "folder ignored (matches '" + matched.get() + "')");
                            ignored++;
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        String rel = relative(file);
                        Optional<String> matched = ignored(rel);
                        if (matched.isPresent()) {
                            note(rel, Kind.IGNORED, "file ignored (matches '" + matched.get() + "')");
                            ignored++;
                        } else if (attrs.isRegularFile()) {
                            files.add(rel);
                        } else {
                            note(rel, Kind.SKIPPED, "not a regular file: skipped");
                            skipped++;
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the folder " + root, e);
            }
            files.sort(null);
            locales();
            for (String file : files) {
                String name = file.substring(file.lastIndexOf('/') + 1);
                Optional<PageFormat> format = PageFormat.ofFile(name);
                if (format.isPresent()) {
                    readPage(file, format.get());
                } else {
                    assetFiles.add(file);
                }
            }
        }

        private Optional<String> ignored(String rel) {
            Path path = Path.of(rel);
            for (int i = 0; i < ignore.size(); i++) {
                if (ignore.get(i).matches(path)) {
                    return Optional.of(options.ignore().get(i));
                }
            }
            return Optional.empty();
        }

        /** Decides which top-level folders holding pages are locale folders, with a note for the others. */
        private void locales() {
            Set<String> folders = new LinkedHashSet<>();
            for (String file : files) {
                int slash = file.indexOf('/');
                if (slash > 0 && PageFormat.ofFile(file).isPresent()) {
                    folders.add(file.substring(0, slash));
                }
            }
            if (options.locales() != null && options.locales().isEmpty()) {
                return;
            }
            Map<String, String> why = new LinkedHashMap<>();
            for (String folder : folders) {
                if (options.locales() != null) {
                    String lower = folder.toLowerCase(java.util.Locale.ROOT);
                    if (options.locales().contains(lower)) {
                        localeFolders.put(folder, lower);
                    } else {
                        why.put(folder, "not one of the locales given");
                    }
                    continue;
                }
                Optional<String> code = LocaleFolders.detect(folder);
                if (code.isEmpty()) {
                    why.put(folder, "not a locale code in lower case of a known language");
                } else if (!options.allowedLocale().test(code.get())) {
                    why.put(folder, "the locale '" + code.get() + "' is not allowed by the host");
                } else {
                    localeFolders.put(folder, code.get());
                }
            }
            if (localeFolders.isEmpty()) {
                return;
            }
            String site = wiki.config().siteLocale();
            why.forEach((folder, reason) -> note(folder + "/", Kind.LOCALE, "not a locale folder (" + reason
                    + "): its pages go to the site locale '" + site + "' with paths starting '" + folder + "/'"));
        }

        private void readPage(String file, PageFormat format) {
            List<String> segments = new ArrayList<>(Arrays.asList(file.split("/")));
            String locale = wiki.config().siteLocale();
            if (segments.size() > 1 && localeFolders.containsKey(segments.get(0))) {
                locale = localeFolders.get(segments.remove(0));
            } else if (!localeFolders.isEmpty() && segments.size() == 1) {
                note(file, Kind.LOCALE, "not in a locale folder: imported into the site locale '" + locale + "'");
            }
            String last = segments.get(segments.size() - 1);
            String stem = last.substring(0, last.lastIndexOf('.'));
            segments.set(segments.size() - 1, stem);
            PagePaths.Result path = PagePaths.of(segments);
            path.notes().forEach(n -> note(file, Kind.PATH, n));
            if (path.path().isEmpty()) {
                skip(file, "no page path can be made: skipped");
                return;
            }
            String key = locale + "/" + path.path().get().value();
            String earlier = pageFiles.putIfAbsent(key, file);
            if (earlier != null) {
                skip(file, "the same page (" + key + ") as " + earlier + ": skipped");
                return;
            }
            Path source = root.resolve(file);
            PageFile page = PageFileReader.read(text(file, source), format, stem, modified(source));
            page.notes().forEach(n -> note(file, Kind.VALUE, n));
            if (page.content().isBlank()) {
                skip(file, "no content: not imported (a page needs content, 6004)");
                return;
            }
            PageCreate input = new PageCreate(locale, path.path().get().value(), page.title(), page.description(),
                    page.content(), page.editor(), page.published(), false, "", "", "", "", page.tags());
            pending.add(new PendingPage(file, new PageImport(input, page.createdAt(), page.updatedAt())));
        }

        private String text(String file, Path source) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(source);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + source, e);
            }
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                note(file, Kind.VALUE, "not valid UTF-8: undecodable bytes replaced with U+FFFD");
                return new String(bytes, StandardCharsets.UTF_8);
            }
        }

        private Instant modified(Path source) {
            try {
                return Files.getLastModifiedTime(source).toInstant();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + source, e);
            }
        }

        // ---------------------------------------------------------------------------------------- pages

        void importPages() {
            for (int from = 0; from < pending.size(); from += options.batchSize()) {
                List<PendingPage> batch = pending.subList(from, Math.min(pending.size(), from + options.batchSize()));
                try {
                    count(wiki.pages().importPages(system, batch.stream().map(PendingPage::page).toList()));
                } catch (WikiException refused) {
                    // One page of the batch was refused: import them one by one to name it and keep the rest.
                    for (PendingPage page : batch) {
                        try {
                            count(wiki.pages().importPages(system, List.of(page.page())));
                        } catch (WikiException e) {
                            skip(page.file(), "refused by the page engine (" + e.code() + " " + e.getMessage()
                                    + "): skipped");
                        }
                    }
                }
            }
        }

        private void count(List<PageImportResult> results) {
            for (PageImportResult result : results) {
                importedPages.add(result.id());
                switch (result.outcome()) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            }
        }

        // --------------------------------------------------------------------------------------- assets

        void importAssets() {
            long limit = wiki.config().maxUploadBytes();
            for (String file : assetFiles) {
                Path source = root.resolve(file);
                String[] parts = file.split("/");
                List<String> slugs = new ArrayList<>();
                boolean usable = true;
                for (int i = 0; i < parts.length - 1; i++) {
                    String slug = FileNames.slug(parts[i]);
                    usable &= !slug.isEmpty();
                    slugs.add(slug);
                }
                String filename = FileNames.upload(parts[parts.length - 1]);
                if (!usable || filename.isEmpty()) {
                    assetSkip(file, "no asset name can be made from this path: skipped");
                    continue;
                }
                String assetPath = slugs.isEmpty() ? filename : String.join("/", slugs) + "/" + filename;
                if (!assetPaths.add(assetPath)) {
                    assetSkip(file, "the same asset (" + assetPath + ") as an earlier file: skipped");
                    continue;
                }
                if (!assetPath.equals(file)) {
                    note(file, Kind.PATH, "asset stored as '" + assetPath
                            + "' (asset names are lower case, spaces and , ; # become _)");
                }
                long size = size(source);
                if (size > limit) {
                    assetSkip(file, "larger (" + size + " bytes) than the wiki's upload limit (" + limit
                            + " bytes, WikiConfig.maxUploadBytes): skipped");
                    continue;
                }
                importAsset(file, source, assetPath, slugs, parts, size);
            }
        }

        private void importAsset(String file, Path source, String assetPath, List<String> slugs, String[] parts,
                                 long size) {
            String filename = assetPath.substring(assetPath.lastIndexOf('/') + 1);
            try {
                int folderId = folder(slugs, parts);
                Asset existing = assetsIn(folderId).get(filename);
                if (existing != null && existing.fileSize() == size && sameData(assetPath, source)) {
                    assetsUnchanged++;
                    return;
                }
                try (InputStream in = Files.newInputStream(source)) {
                    wiki.assets().upload(system, folderId, filename, in, null);
                }
                if (existing == null) {
                    assetsCreated++;
                } else {
                    assetsUpdated++;
                }
            } catch (WikiException e) {
                assetSkip(file, "refused by the asset manager (" + e.code() + " " + e.getMessage() + "): skipped");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + source, e);
            }
        }

        /** The id of the asset folder for these slugs, creating the missing ones (named as the file's folders). */
        private int folder(List<String> slugs, String[] parts) {
            int parent = AssetFolder.ROOT;
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < slugs.size(); i++) {
                path.append(i == 0 ? "" : "/").append(slugs.get(i));
                Integer known = folderIds.get(path.toString());
                if (known == null) {
                    int parentId = parent;
                    String slug = slugs.get(i);
                    String name = parts[i];
                    known = wiki.assets().folders(system, parentId).stream()
                            .filter(f -> f.slug().equals(slug)).map(AssetFolder::id).findFirst()
                            .orElseGet(() -> wiki.assets().createFolder(system, parentId, slug, name).id());
                    folderIds.put(path.toString(), known);
                }
                parent = known;
            }
            return parent;
        }

        private Map<String, Asset> assetsIn(int folderId) {
            return folderAssets.computeIfAbsent(folderId, id -> {
                Map<String, Asset> byName = new HashMap<>();
                wiki.assets().list(system, id, AssetKind.ALL).forEach(a -> byName.put(a.filename(), a));
                return byName;
            });
        }

        private boolean sameData(String assetPath, Path source) throws IOException {
            try (AssetDownload stored = wiki.assets().open(system, assetPath);
                 InputStream file = Files.newInputStream(source)) {
                byte[] a = new byte[8192];
                byte[] b = new byte[8192];
                while (true) {
                    int n = stored.content().readNBytes(a, 0, a.length);
                    int m = file.readNBytes(b, 0, b.length);
                    if (n != m || !Arrays.equals(a, 0, n, b, 0, m)) {
                        return false;
                    }
                    if (n == 0) {
                        return true;
                    }
                }
            }
        }

        private long size(Path source) {
            try {
                return Files.size(source);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + source, e);
            }
        }

        // ----------------------------------------------------------------------- what the folder lacks

        void reconcile() {
            Set<String> seen = pageFiles.keySet();
            for (PageListItem page : wiki.pages().list(system, PageListQuery.ALL)) {
                String key = page.locale() + "/" + page.path();
                if (seen.contains(key)) {
                    continue;
                }
                if (options.mirror()) {
                    wiki.pages().delete(system, page.id());
                    note(key, Kind.DELETED, "page not in the folder: deleted (mirror import)");
                    deleted++;
                } else {
                    note(key, Kind.MISSING, "page not in the folder: kept");
                    missing++;
                }
            }
            reconcileAssets(AssetFolder.ROOT, "");
        }

        private void reconcileAssets(int folderId, String prefix) {
            for (Asset asset : wiki.assets().list(system, folderId, AssetKind.ALL)) {
                String path = prefix + asset.filename();
                if (assetPaths.contains(path)) {
                    continue;
                }
                if (options.mirror()) {
                    wiki.assets().deleteAsset(system, asset.id());
                    note(path, Kind.DELETED, "asset not in the folder: deleted (mirror import)");
                    deleted++;
                } else {
                    note(path, Kind.MISSING, "asset not in the folder: kept");
                    missing++;
                }
            }
            for (AssetFolder child : wiki.assets().folders(system, folderId)) {
                reconcileAssets(child.id(), prefix + child.slug() + "/");
            }
        }

        // ---------------------------------------------------------------------------------------- links

        void links() {
            Set<String> existing = new HashSet<>();
            Set<String> locales = new LinkedHashSet<>();
            for (PageListItem page : wiki.pages().list(system, PageListQuery.ALL)) {
                existing.add(page.locale() + "/" + page.path());
                if (importedPages.contains(page.id())) {
                    locales.add(page.locale());
                }
            }
            for (String locale : locales) {
                for (PageLinkItem item : wiki.pages().links(system, locale)) {
                    String file = pageFiles.get(item.path());
                    if (file == null || !importedPages.contains(item.id())) {
                        continue;
                    }
                    for (String target : item.links()) {
                        if (!existing.contains(target)) {
                            note(file, Kind.LINK, "link to /" + target + " leads to no page");
                        }
                    }
                }
            }
        }

        // --------------------------------------------------------------------------------------- report

        private void note(String file, Kind kind, String message) {
            notes.add(new ImportNote(file, kind, message));
        }

        private void skip(String file, String message) {
            note(file, Kind.SKIPPED, message);
            skipped++;
        }

        private void assetSkip(String file, String message) {
            note(file, Kind.SKIPPED, message);
            assetsSkipped++;
        }

        private String relative(Path path) {
            return root.relativize(path).toString().replace('\\', '/');
        }

        ImportReport report(Duration elapsed) {
            return new ImportReport(created, updated, unchanged, skipped, assetsCreated, assetsUpdated,
                    assetsUnchanged, assetsSkipped, ignored, missing, deleted, notes, elapsed);
        }
    }

}
