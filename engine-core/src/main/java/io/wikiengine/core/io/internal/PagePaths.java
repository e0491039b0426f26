package io.wikiengine.core.io.internal;

import io.wikiengine.core.page.PagePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The page path of a file, made acceptable to {@link PagePath} in a fixed, reported way. Page paths may not
 * hold dots, whitespace or backslashes, nor start with a reserved segment (decisions 11 and 35); a file path
 * can. Each such character becomes {@code -} (runs of whitespace become one), and a reserved first segment
 * ({@code AI}, {@code x}, {@code login}) gets a {@code _} appended. Case, {@code &}, parentheses and the rest
 * are kept: Wiki.js paths are case-sensitive and take them.
 */
public final class PagePaths {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LOCALE_LIKE = Pattern.compile("^[A-Za-z]{2}(-[A-Za-z]{2})?$");
    private static final Set<String> RESERVED = Set.of(
            "login", "logout", "register", "verify", "favicons", "fonts", "img", "js", "svg");

    private PagePaths() {
    }

    /**
     * The normalised page path.
     *
     * @param segments the folders under the locale folder, then the file name without its extension
     * @return the path and what was changed, or empty when no path can be made (the note says why)
     */
    public static Result of(List<String> segments) {
        List<String> notes = new ArrayList<>();
        List<String> out = new ArrayList<>();
        boolean changed = false;
        for (String segment : segments) {
            String clean = WHITESPACE.matcher(segment.strip()).replaceAll("-").replace('.', '-').replace('\\', '-');
            changed |= !clean.equals(segment);
            if (!clean.isEmpty()) {
                out.add(clean);
            }
        }
        String original = String.join("/", segments);
        if (changed) {
            notes.add("path normalised: '" + original + "' → '" + String.join("/", out)
                    + "' (page paths take no dots or spaces)");
        }
        if (out.isEmpty()) {
            notes.add("no page path can be made from '" + original + "'");
            return new Result(Optional.empty(), notes);
        }
        String first = out.get(0);
        if (first.length() <= 1 || LOCALE_LIKE.matcher(first).matches()
                || RESERVED.contains(first.toLowerCase(Locale.ROOT))) {
            out.set(0, first + "_");
            notes.add("path normalised: first segment '" + first + "' is reserved (one character, locale-like or a"
                    + " route of the wiki): '" + first + "' → '" + first + "_'");
        }
        Optional<PagePath> path = PagePath.tryOf(String.join("/", out));
        if (path.isEmpty()) {
            notes.add("'" + String.join("/", out) + "' is not a valid page path");
        }
        return new Result(path, notes);
    }

    /**
     * A normalised path.
     *
     * @param path  the path, empty when none could be made
     * @param notes what was changed, for the import report
     */
    public record Result(Optional<PagePath> path, List<String> notes) {

        public Result {
            notes = List.copyOf(notes);
        }
    }
}
