package io.wikiengine.core.io;

import io.wikiengine.core.page.PagePath;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * How {@link WikiImporter} reads a folder.
 *
 * <pre>{@code
 * ImportOptions.DEFAULTS                                   // detect locale folders, default ignore list
 * ImportOptions.DEFAULTS.withLocales(List.of("en", "de"))  // exactly these folders are locales
 * ImportOptions.DEFAULTS.withLocales(List.of())            // not namespaced: every page in the site locale
 * ImportOptions.DEFAULTS.withDetectedLocales(code -> !code.equals("fr")).withMirror(true)
 * }</pre>
 *
 * @param locales       the top-level folders that are locale folders, or null to detect them: a folder is a
 *                      locale when its name is a well-formed locale code in lower case (decision 36) of a
 *                      language the JDK knows ({@code en}, {@code es-419}, {@code fil}, {@code pt-br},
 *                      {@code zh-hans}; not {@code AI} or {@code docs}) and {@code allowedLocale} accepts it.
 *                      An empty set means the folder is not namespaced
 * @param allowedLocale which detected codes the host accepts as locales
 * @param ignore        glob patterns ({@link java.nio.file.FileSystem#getPathMatcher} syntax) matched against
 *                      each file's and folder's path relative to the folder, with {@code /}; a matching folder
 *                      is skipped whole. Every ignored file or folder is named in the report
 * @param mirror        whether pages and assets of the wiki that the folder no longer holds are deleted
 *                      (otherwise they are kept and reported)
 * @param batchSize     how many pages go into one transaction
 */
public record ImportOptions(@Nullable Set<String> locales, Predicate<String> allowedLocale, List<String> ignore,
                            boolean mirror, int batchSize) {

    /**
     * What a Git repository holds beside the wiki: Git's own files, hidden files, CI folders, and the
     * repository's licence, notice, readme, contributing guide and translation-tool configuration.
     */
    public static final List<String> DEFAULT_IGNORE = List.of(".*", "**/.*", "LICENSE", "LICENSE.*", "LICENCE",
            "LICENCE.*", "COPYING", "NOTICE", "NOTICE.*", "README", "README.*", "CONTRIBUTING.*", "CHANGELOG.*",
            "CODE_OF_CONDUCT.*", "SECURITY.md", "CODEOWNERS", "crowdin.yml", "crowdin.yaml", "package.json",
            "package-lock.json", "renovate.json", "node_modules");

    /** Detected locales, the default ignore list, no mirroring, 500 pages per transaction. */
    public static final ImportOptions DEFAULTS = new ImportOptions(null, code -> true, DEFAULT_IGNORE, false, 500);

    public ImportOptions {
        Objects.requireNonNull(allowedLocale, "allowedLocale");
        if (locales != null) {
            Set<String> codes = new LinkedHashSet<>();
            for (String code : locales) {
                codes.add(PagePath.locale(code));
            }
            locales = Set.copyOf(codes);
        }
        ignore = List.copyOf(ignore);
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
    }

    /**
     * A copy where exactly these top-level folders are locales (compared in lower case); an empty list reads
     * the folder as not namespaced.
     *
     * @throws io.wikiengine.core.error.WikiException 1012 for a malformed code
     */
    public ImportOptions withLocales(Collection<String> codes) {
        return new ImportOptions(Set.copyOf(codes), allowedLocale, ignore, mirror, batchSize);
    }

    /** A copy that detects locale folders, keeping those whose code the host accepts. */
    public ImportOptions withDetectedLocales(Predicate<String> allowed) {
        return new ImportOptions(null, allowed, ignore, mirror, batchSize);
    }

    /** A copy with this ignore list (replacing the default one). */
    public ImportOptions withIgnore(List<String> patterns) {
        return new ImportOptions(locales, allowedLocale, patterns, mirror, batchSize);
    }

    /** A copy that does or does not delete what the folder no longer holds. */
    public ImportOptions withMirror(boolean value) {
        return new ImportOptions(locales, allowedLocale, ignore, value, batchSize);
    }

    /** A copy with this many pages per transaction. */
    public ImportOptions withBatchSize(int value) {
        return new ImportOptions(locales, allowedLocale, ignore, mirror, value);
    }
}
