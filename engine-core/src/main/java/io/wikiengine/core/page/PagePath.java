package io.wikiengine.core.page;

import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.error.WikiException;
import io.wikiengine.core.internal.Inputs;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A page path in its one normal form (decisions 11 and 35), and the locale-code check of decision 36.
 *
 * <p>Every entry point that takes a path (create, update, move, singleByPath, tree) goes through
 * {@link #of(String)}: every leading and trailing {@code /} is stripped, then the path is refused with
 * 6005 when it contains {@code .}, whitespace, {@code \} or {@code //}, when nothing is left, or
 * when its first segment is reserved (R-6.2.2: at most one character, locale-like, or one of
 * {@code login logout register verify favicons fonts img js svg}). The home page is {@code home}.
 *
 * <p>Beyond Wiki.js, a path is also refused with 6005 when it is longer than {@value #MAX_LENGTH} characters
 * (what the store holds), or when it holds a character that cannot be seen or kept: a control character
 * (C0, DEL, C1), a space of any kind (such as the no-break space), an unpaired surrogate, the zero-width
 * space, the word joiner, the byte order mark, or a bidirectional control. Such a path would otherwise
 * name a page next to one that looks the same (U+FEFF then {@code home}, beside {@code home}).
 *
 * @param value the normalised path: no leading or trailing slash, never empty
 */
public record PagePath(String value) {

    /** The path of the home page. */
    public static final String HOME = "home";

    /** The longest path accepted, in UTF-16 code units: the size of the store's path column. */
    public static final int MAX_LENGTH = Inputs.PATH;

    /**
     * The private namespace Wiki.js hashes a page created with {@code isPrivate: true} under: the
     * literal word it left as a placeholder in its own code, kept so that hashes match Wiki.js's.
     */
    public static final String PRIVATE_NAMESPACE = "TODO";

    private static final Set<String> RESERVED = Set.of(
            "login", "logout", "register", "verify", "favicons", "fonts", "img", "js", "svg");
    private static final Pattern LOCALE_LIKE = Pattern.compile("^[A-Za-z]{2}(-[A-Za-z]{2})?$");
    private static final Pattern LOCALE_CODE = Pattern.compile("^[a-z]{2,3}(-[a-z0-9]{2,8}){0,3}$");

    public PagePath {
        Objects.requireNonNull(value, "value");
        if (problem(value).isPresent()) {
            throw new IllegalArgumentException("Not a normalised page path: " + value);
        }
    }

    /**
     * Normalises a path as given by a caller.
     *
     * @throws WikiException 6005 when the path is illegal, empty or reserved after normalisation
     */
    public static PagePath of(String raw) {
        Objects.requireNonNull(raw, "path");
        String stripped = strip(raw);
        Optional<String> problem = problem(stripped);
        if (problem.isPresent()) {
            throw WikiException.of(WikiError.PAGE_ILLEGAL_PATH);
        }
        return new PagePath(stripped);
    }

    /** The normalised path, or empty when {@link #of(String)} would refuse it. */
    public static Optional<PagePath> tryOf(String raw) {
        Objects.requireNonNull(raw, "path");
        String stripped = strip(raw);
        return problem(stripped).isPresent() ? Optional.empty() : Optional.of(new PagePath(stripped));
    }

    /**
     * Checks a locale code (decision 36): any well-formed code such as {@code en}, {@code fr},
     * {@code pt-br}, {@code es-419}, {@code fil} or {@code zh-hans}, case-insensitively.
     *
     * @return the code in lower case, the form Wiki.js stores locale codes in
     * @throws WikiException 1012 naming the code when it is malformed
     */
    public static String locale(String code) {
        Objects.requireNonNull(code, "locale");
        String lower = code.strip().toLowerCase(Locale.ROOT);
        if (lower.length() > 35 || !LOCALE_CODE.matcher(lower).matches()) {
            throw WikiException.of(WikiError.INPUT_INVALID,
                    "Invalid locale code \"" + code + "\": expected a language code such as en, pt-br or zh-hans.");
        }
        return lower;
    }

    /**
     * The page hash of: lower-case hex SHA-1 of {@code <locale>|<path>|<privateNS>}.
     *
     * @param locale    the page's locale code
     * @param path      the page's path
     * @param privateNS {@code ""} for a public page
     */
    public static String hash(String locale, String path, String privateNS) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest((locale + "|" + path + "|" + privateNS).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }

    /** The last segment of the path. */
    public String lastSegment() {
        return value.substring(value.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String strip(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && raw.charAt(start) == '/') {
            start++;
        }
        while (end > start && raw.charAt(end - 1) == '/') {
            end--;
        }
        return raw.substring(start, end);
    }

    /** Characters that show as nothing or reorder what is around them. */
    private static boolean invisible(char c) {
        return Character.isISOControl(c) || Character.isSpaceChar(c)
                || c == '\u200B' || c == '\u2060' || c == '\uFEFF'
                || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static Optional<String> problem(String path) {
        if (path.isEmpty()) {
            return Optional.of("empty");
        }
        if (path.startsWith("/") || path.endsWith("/") || path.contains("//")) {
            return Optional.of("slashes");
        }
        if (path.length() > MAX_LENGTH) {
            return Optional.of("too long");
        }
        if (Inputs.hasLoneSurrogate(path)) {
            return Optional.of("unpaired surrogate");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.' || c == '\\' || Character.isWhitespace(c) || invisible(c)) {
                return Optional.of("illegal character");
            }
        }
        int slash = path.indexOf('/');
        String first = slash < 0 ? path : path.substring(0, slash);
        if (first.length() <= 1 || LOCALE_LIKE.matcher(first).matches()
                || RESERVED.contains(first.toLowerCase(Locale.ROOT))) {
            return Optional.of("reserved");
        }
        return Optional.empty();
    }
}
