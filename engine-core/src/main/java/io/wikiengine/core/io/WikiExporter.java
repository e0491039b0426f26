package io.wikiengine.core.io;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.asset.Asset;
import io.wikiengine.core.asset.AssetDownload;
import io.wikiengine.core.asset.AssetFolder;
import io.wikiengine.core.asset.AssetKind;
import io.wikiengine.core.io.internal.PageFileWriter;
import io.wikiengine.core.io.internal.PageFormat;
import io.wikiengine.core.page.Page;
import io.wikiengine.core.page.PageListItem;
import io.wikiengine.core.page.PageListQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes every page and asset of a wiki to a folder in the format of Wiki.js Git storage, which
 * {@link WikiImporter} (and Wiki.js) read back.
 *
 * <pre>{@code
 * new WikiExporter(wiki).exportTo(Path.of("backup"), true);
 * }</pre>
 *
 * <p>A page is {@code <locale>/<path>.md} (markdown), {@code .html} (the visual and code editors) or
 * {@code .adoc} (AsciiDoc), without the locale folder when the wiki is not namespaced. The file starts with
 * {@code ---}, then seven unquoted {@code key: value} lines in the order title, description, published, date,
 * tags, editor, dateCreated, then {@code ---}, a blank line and the content; HTML pages carry the same lines
 * inside {@code <!--} and {@code -->}. Tags are joined with {@code ", "}, {@code published} is {@code true} or
 * {@code false}, dates are ISO-8601 UTC with milliseconds, and an empty value leaves nothing after its colon
 * (as in real Wiki.js repositories). Assets are written at their asset path. Files already in the folder are
 * overwritten; others are left alone.
 */
public final class WikiExporter {

    private final Wiki wiki;
    private final Actor system = Actor.system();

    /** An exporter of this wiki. */
    public WikiExporter(Wiki wiki) {
        this.wiki = Objects.requireNonNull(wiki, "wiki");
    }

    /**
     * Exports the wiki.
     *
     * @param folder     where to write; created when missing
     * @param namespaced whether pages go into locale folders; without them only the pages of the site locale
     *                   can be written (the others are listed in {@link ExportReport#skipped()})
     * @throws UncheckedIOException when writing fails
     */
    public ExportReport exportTo(Path folder, boolean namespaced) {
        Objects.requireNonNull(folder, "folder");
        List<String> skipped = new ArrayList<>();
        Set<String> written = new HashSet<>();
        int pages = 0;
        String site = wiki.config().siteLocale();
        for (PageListItem item : wiki.pages().list(system, PageListQuery.ALL)) {
            if (!namespaced && !item.locale().equals(site)) {
                skipped.add(item.locale() + "/" + item.path() + ": not in the site locale '" + site
                        + "', and the export has no locale folders");
                continue;
            }
            Page page = wiki.pages().single(system, item.id());
            String name = PageFileWriter.fileName(page, namespaced);
            write(folder.resolve(name), PageFileWriter.write(page).getBytes(StandardCharsets.UTF_8));
            written.add(name);
            pages++;
        }
        int assets = assets(folder, AssetFolder.ROOT, "", written, skipped);
        return new ExportReport(pages, assets, skipped);
    }

    private int assets(Path folder, int folderId, String prefix, Set<String> written, List<String> skipped) {
        int count = 0;
        for (Asset asset : wiki.assets().list(system, folderId, AssetKind.ALL)) {
            String path = prefix + asset.filename();
            if (written.contains(path) || PageFormat.ofFile(asset.filename()).isPresent()) {
                skipped.add(path + ": an asset whose name is that of a page file would be read back as a page");
                continue;
            }
            try (AssetDownload download = wiki.assets().open(system, path)) {
                copy(folder.resolve(path), download.content());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the asset " + path, e);
            }
            count++;
        }
        for (AssetFolder child : wiki.assets().folders(system, folderId)) {
            count += assets(folder, child.id(), prefix + child.slug() + "/", written, skipped);
        }
        return count;
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static void copy(Path file, InputStream content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
