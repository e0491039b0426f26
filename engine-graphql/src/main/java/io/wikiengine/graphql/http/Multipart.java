package io.wikiengine.graphql.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A streaming reader of a {@code multipart/form-data} body: one part at a time, each body an input stream
 * that ends at the next boundary, so a file part is never held whole in memory.
 */
final class Multipart {

    /** One part: its headers (lower-case names) and its body, valid until the next call to {@link #next()}. */
    record Part(Map<String, String> headers, InputStream body) {

        /** The {@code name} of the form field. */
        @Nullable String name() {
            return parameter(headers.get("content-disposition"), "name");
        }

        /** The {@code filename} of a file part, or null for a plain field. */
        @Nullable String filename() {
            return parameter(headers.get("content-disposition"), "filename");
        }

        /** The part's declared content type, or null. */
        @Nullable String contentType() {
            return headers.get("content-type");
        }
    }

    private static final int MAX_HEADER_BYTES = 16 * 1024;

    private final InputStream in;
    private final byte[] delimiter;
    private boolean started;
    private boolean finished;
    private @Nullable PartStream current;

    Multipart(InputStream body, String boundary) {
        this.in = new BufferedInputStream(body, 64 * 1024);
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The boundary of a {@code multipart/form-data} content type, or null when it is not one. */
    static @Nullable String boundary(@Nullable String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        String boundary = parameter(contentType, "boundary");
        return boundary == null || boundary.isEmpty() || boundary.length() > 200 ? null : boundary;
    }

    /** The next part, or null after the last one. */
    @Nullable Part next() throws IOException {
        if (finished) {
            return null;
        }
        if (current != null) {
            current.transferTo(java.io.OutputStream.nullOutputStream());
        }
        if (!started) {
            started = true;
            // The first boundary has no leading CRLF: skip the preamble up to "--boundary".
            if (!skipTo(java.util.Arrays.copyOfRange(delimiter, 2, delimiter.length))) {
                finished = true;
                return null;
            }
        }
        // After a boundary: "--" closes the body, CRLF starts a part.
        int a = in.read();
        int b = in.read();
        if (a == '-' && b == '-') {
            finished = true;
            return null;
        }
        if (a != '\r' || b != '\n') {
            throw new IOException("Malformed multipart body");
        }
        Map<String, String> headers = headers();
        current = new PartStream();
        return new Part(headers, current);
    }

    private boolean skipTo(byte[] marker) throws IOException {
        int matched = 0;
        int total = 0;
        for (int c; (c = in.read()) >= 0; ) {
            if (++total > MAX_HEADER_BYTES) {
                return false;
            }
            if (c == (marker[matched] & 0xff)) {
                if (++matched == marker.length) {
                    return true;
                }
            } else {
                matched = c == (marker[0] & 0xff) ? 1 : 0;
            }
        }
        return false;
    }

    private Map<String, String> headers() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int total = 0;
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("Truncated multipart headers");
            }
            if (++total > MAX_HEADER_BYTES) {
                throw new IOException("Multipart headers too long");
            }
            if (c == '\n') {
                String text = line.toString(StandardCharsets.UTF_8).stripTrailing();
                line.reset();
                if (text.isEmpty()) {
                    return headers;
                }
                int colon = text.indexOf(':');
                if (colon > 0) {
                    headers.put(text.substring(0, colon).strip().toLowerCase(Locale.ROOT), text.substring(colon + 1).strip());
                }
            } else {
                line.write(c);
            }
        }
    }

    static @Nullable String parameter(@Nullable String header, String name) {
        if (header == null) {
            return null;
        }
        for (String piece : header.split(";")) {
            String p = piece.strip();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase(name)) {
                String value = p.substring(eq + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value;
            }
        }
        return null;
    }

    /** The body of the current part: ends where the delimiter starts, which it consumes. */
    private final class PartStream extends InputStream {

        private final byte[] window = new byte[delimiter.length];
        private int buffered;
        private boolean done;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (done) {
                return -1;
            }
            int written = 0;
            while (written < length) {
                // Keep exactly delimiter.length bytes in the window; emit the oldest when it cannot start a match.
                while (buffered < window.length) {
                    int c = in.read();
                    if (c < 0) {
                        throw new IOException("Multipart body ends inside a part");
                    }
                    window[buffered++] = (byte) c;
                }
                if (java.util.Arrays.equals(window, delimiter)) {
                    done = true;
                    buffered = 0;
                    return written == 0 ? -1 : written;
                }
                target[offset + written++] = window[0];
                System.arraycopy(window, 1, window, 0, window.length - 1);
                buffered--;
            }
            return written;
        }
    }
}
