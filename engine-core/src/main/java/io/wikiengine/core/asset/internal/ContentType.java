package io.wikiengine.core.asset.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Recognises what a file is from its first bytes (decision 26: the stored MIME type comes from the content's
 * signature, never from the client's claim). The client's declared type is consulted only to name a subtype
 * within the family the content proved, such as {@code text/csv} for plain text or an office format for a ZIP.
 */
public final class ContentType {

    /** The type of content with no recognised signature. */
    public static final String OCTET_STREAM = "application/octet-stream";
    /** The type of an SVG image. */
    public static final String SVG = "image/svg+xml";

    private static final String TEXT = "text/plain";
    private static final String ZIP = "application/zip";
    private static final Set<String> ZIP_FAMILY = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation", "application/java-archive", "application/epub+zip");
    private static final int MARKUP_SCAN = 4096;

    private ContentType() {
    }

    /**
     * The MIME type of content starting with these bytes.
     *
     * @param head     the first bytes of the file (all of it when shorter than a chunk)
     * @param length   how many bytes of {@code head} are valid
     * @param complete whether {@code head} holds the whole file
     * @param declared the type the client claimed, or null
     */
    public static String detect(byte[] head, int length, boolean complete, @Nullable String declared) {
        String binary = binary(head, length);
        if (binary != null) {
            return binary.equals(ZIP) ? refineZip(declared) : binary;
        }
        if (length == 0 || !isText(head, length, complete)) {
            return OCTET_STREAM;
        }
        String markup = markup(head, length);
        if (markup != null) {
            return markup;
        }
        return refineText(declared);
    }

    /** Whether a file of this type may be shown in the browser rather than sent as a download (decision 26). */
    public static boolean inline(String mime) {
        return mime.startsWith("image/") || mime.startsWith("video/") || mime.startsWith("audio/")
                || mime.equals("application/pdf");
    }

    private static @Nullable String binary(byte[] b, int n) {
        if (starts(b, n, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(b, n, 0, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (ascii(b, n, 0, "GIF87a") || ascii(b, n, 0, "GIF89a")) {
            return "image/gif";
        }
        if (ascii(b, n, 0, "RIFF") && n >= 12) {
            if (ascii(b, n, 8, "WEBP")) {
                return "image/webp";
            }
            if (ascii(b, n, 8, "WAVE")) {
                return "audio/wav";
            }
            if (ascii(b, n, 8, "AVI ")) {
                return "video/x-msvideo";
            }
        }
        if (ascii(b, n, 0, "BM") && n >= 26 && b[6] == 0 && b[7] == 0 && b[8] == 0 && b[9] == 0) {
            return "image/bmp";
        }
        if (starts(b, n, 0, 0x00, 0x00, 0x01, 0x00) && n >= 6 && b[4] != 0) {
            return "image/x-icon";
        }
        if (starts(b, n, 0, 'I', 'I', 0x2A, 0x00) || starts(b, n, 0, 'M', 'M', 0x00, 0x2A)) {
            return "image/tiff";
        }
        if (ascii(b, n, 4, "ftyp")) {
            return isoMedia(b, n);
        }
        if (starts(b, n, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
            return contains(b, Math.min(n, MARKUP_SCAN), "webm") ? "video/webm" : "video/x-matroska";
        }
        if (ascii(b, n, 0, "OggS")) {
            return contains(b, Math.min(n, MARKUP_SCAN), "theora") ? "video/ogg" : "audio/ogg";
        }
        if (ascii(b, n, 0, "fLaC")) {
            return "audio/flac";
        }
        if (ascii(b, n, 0, "ID3") || (n >= 2 && (b[0] & 0xFF) == 0xFF && ((b[1] & 0xFF) & 0xE6) == 0xE2)) {
            return "audio/mpeg";
        }
        if (ascii(b, n, 0, "%PDF-")) {
            return "application/pdf";
        }
        if (starts(b, n, 0, 'P', 'K', 0x03, 0x04) || starts(b, n, 0, 'P', 'K', 0x05, 0x06)) {
            return ZIP;
        }
        if (starts(b, n, 0, 0x1F, 0x8B)) {
            return "application/gzip";
        }
        if (starts(b, n, 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return "application/x-7z-compressed";
        }
        if (ascii(b, n, 0, "Rar!")) {
            return "application/vnd.rar";
        }
        return null;
    }

    private static String isoMedia(byte[] b, int n) {
        String brand = n >= 12 ? new String(b, 8, 4, StandardCharsets.ISO_8859_1) : "";
        return switch (brand) {
            case "avif", "avis" -> "image/avif";
            case "heic", "heix", "mif1", "msf1" -> "image/heic";
            case "qt  " -> "video/quicktime";
            case "M4A ", "M4B " -> "audio/mp4";
            default -> "video/mp4";
        };
    }

    /** Text that a browser would treat as markup: SVG, other XML, or HTML. */
    private static @Nullable String markup(byte[] b, int n) {
        String start = new String(b, 0, Math.min(n, MARKUP_SCAN), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
        if (!start.startsWith("<")) {
            return null;
        }
        if (start.startsWith("<svg") || (start.startsWith("<?xml") || start.startsWith("<!--")
                || start.startsWith("<!doctype svg")) && start.contains("<svg")) {
            return SVG;
        }
        if (start.startsWith("<?xml") && !start.contains("<html")) {
            return "application/xml";
        }
        // Anything else that opens with a tag is what a browser would run as HTML, whatever its name says.
        return "text/html";
    }

    private static String refineText(@Nullable String declared) {
        String claim = normalise(declared);
        if (claim == null || !claim.startsWith("text/") || claim.contains("html") || claim.contains("xml")) {
            return TEXT;
        }
        return claim;
    }

    private static String refineZip(@Nullable String declared) {
        String claim = normalise(declared);
        return claim != null && ZIP_FAMILY.contains(claim) ? claim : ZIP;
    }

    private static @Nullable String normalise(@Nullable String declared) {
        if (declared == null) {
            return null;
        }
        int semicolon = declared.indexOf(';');
        String bare = (semicolon < 0 ? declared : declared.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        return bare.matches("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*") ? bare : null;
    }

    /** UTF-8 without NUL bytes; a sequence cut at the end of an incomplete head is forgiven. */
    private static boolean isText(byte[] b, int n, boolean complete) {
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                return false;
            }
        }
        int end = n;
        if (!complete) {
            // Step back over a multi-byte sequence the head may have cut in two.
            int back = 0;
            while (back < 3 && end - back - 1 >= 0 && (b[end - back - 1] & 0xC0) == 0x80) {
                back++;
            }
            if (end - back - 1 >= 0 && (b[end - back - 1] & 0xC0) == 0xC0) {
                end = end - back - 1;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(b, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean starts(byte[] b, int n, int offset, int... signature) {
        if (n < offset + signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((b[offset + i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] b, int n, int offset, String text) {
        if (n < offset + text.length()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (b[offset + i] != (byte) text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] b, int n, String text) {
        for (int i = 0; i + text.length() <= n; i++) {
            if (ascii(b, n, i, text)) {
                return true;
            }
        }
        return false;
    }
}
