package io.wikiengine.core.asset.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The filename rules of spec, written after the behaviour of the {@code sanitize-filename}
 * package that Wiki.js uses (every match is removed, not replaced).
 */
public final class FileNames {

    private static final Pattern ILLEGAL = Pattern.compile("[/?<>\\\\:*|\"]");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1f\\x80-\\x9f]");
    private static final Pattern RESERVED = Pattern.compile("^\\.+$");
    private static final Pattern WINDOWS_RESERVED =
            Pattern.compile("^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WINDOWS_TRAILING = Pattern.compile("[. ]+$");
    private static final Pattern UPLOAD_SEPARATORS = Pattern.compile("[\\s,;#]+");
    private static final int MAX_BYTES = 255;

    private FileNames() {
    }

    /** Filename-sanitising as describes it (not lower-cased). */
    public static String sanitize(String name) {
        String result = ILLEGAL.matcher(name).replaceAll("");
        result = CONTROL.matcher(result).replaceAll("");
        result = RESERVED.matcher(result).replaceAll("");
        result = WINDOWS_RESERVED.matcher(result).replaceAll("");
        result = WINDOWS_TRAILING.matcher(result).replaceAll("");
        return truncate(result);
    }

    /** A folder slug or a renamed asset's filename: sanitised, then lower-cased. */
    public static String slug(String name) {
        return sanitize(name).toLowerCase(Locale.ROOT);
    }

    /** An uploaded file's name: lower-cased, runs of whitespace {@code , ; #} to {@code _}, sanitised. */
    public static String upload(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return sanitize(UPLOAD_SEPARATORS.matcher(lower).replaceAll("_"));
    }

    /**
     * The extension with its dot, as Node's {@code path.extname}: from the last dot on, {@code ""} when there is
     * none or the only dot starts the name ({@code .htaccess}).
     */
    public static String extension(String filename) {
        int dot = filename.lastIndexOf('.');
        if (dot <= 0) {
            return "";
        }
        int firstNonDot = 0;
        while (firstNonDot < filename.length() && filename.charAt(firstNonDot) == '.') {
            firstNonDot++;
        }
        return dot < firstNonDot ? "" : filename.substring(dot);
    }

    private static String truncate(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_BYTES) {
            return value;
        }
        // Cut at a character boundary: never leave half a UTF-8 sequence or half a surrogate pair.
        int bytesSoFar = 0;
        int end = 0;
        while (end < value.length()) {
            int cp = value.codePointAt(end);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytesSoFar + size > MAX_BYTES) {
                break;
            }
            bytesSoFar += size;
            end += Character.charCount(cp);
        }
        return value.substring(0, end);
    }
}
