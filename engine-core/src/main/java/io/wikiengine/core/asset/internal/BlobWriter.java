package io.wikiengine.core.asset.internal;

import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.error.WikiException;
import io.wikiengine.core.spi.AssetRepository;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Streams an upload into chunks while reading it, with one chunk buffer of heap, and recognises its type from
 * the first chunk. The one exception is an SVG: it must be sanitised as a whole document, so it is held in
 * memory (never more than the upload limit) and its cleaned text is what gets stored.
 *
 * <p>Runs inside the upload's transaction: when the limit is passed it throws before writing the chunk that
 * passed it, and the rollback takes the chunks already written with it, so a refused upload leaves nothing.
 */
public final class BlobWriter {

    /** The size of a stored chunk: 256 KiB. */
    public static final int CHUNK_SIZE = 256 * 1024;

    /**
     * What was stored.
     *
     * @param size   the bytes stored
     * @param mime   the type recognised from the content
     * @param chunks how many chunks hold them
     */
    public record Blob(long size, String mime, int chunks) {
    }

    private final AssetRepository assets;
    private final long limit;
    private final UnaryOperator<String> svgSanitizer;

    /**
     * @param assets       where the chunks go
     * @param limit        the most bytes an upload may have
     * @param svgSanitizer turns an SVG document into one that can run and load nothing
     */
    public BlobWriter(AssetRepository assets, long limit, UnaryOperator<String> svgSanitizer) {
        this.assets = assets;
        this.limit = limit;
        this.svgSanitizer = svgSanitizer;
    }

    /**
     * Reads the upload to its end and stores it under the key.
     *
     * @throws WikiException 2001 with a message naming the limit when the upload is larger
     * @throws IOException   when the upload cannot be read
     */
    public Blob write(String blobKey, InputStream in, @Nullable String declaredMime) throws IOException {
        byte[] buffer = new byte[CHUNK_SIZE];
        int n = in.readNBytes(buffer, 0, CHUNK_SIZE);
        long total = checked(n);
        String mime = ContentType.detect(buffer, n, n < CHUNK_SIZE, declaredMime);
        if (mime.equals(ContentType.SVG)) {
            return writeSvg(blobKey, in, buffer, n, total);
        }
        int seq = 0;
        while (n > 0) {
            assets.writeChunk(blobKey, seq++, buffer, n);
            n = in.readNBytes(buffer, 0, CHUNK_SIZE);
            total = checked(total + n);
        }
        return new Blob(total, mime, seq);
    }

    private Blob writeSvg(String blobKey, InputStream in, byte[] buffer, int first, long total) throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream(Math.max(first, 1024));
        whole.write(buffer, 0, first);
        int n = in.readNBytes(buffer, 0, CHUNK_SIZE);
        long size = total;
        while (n > 0) {
            size = checked(size + n);
            whole.write(buffer, 0, n);
            n = in.readNBytes(buffer, 0, CHUNK_SIZE);
        }
        byte[] clean = svgSanitizer.apply(whole.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        int seq = 0;
        for (int offset = 0; offset < clean.length; offset += CHUNK_SIZE) {
            byte[] chunk = Arrays.copyOfRange(clean, offset, Math.min(clean.length, offset + CHUNK_SIZE));
            assets.writeChunk(blobKey, seq++, chunk, chunk.length);
        }
        return new Blob(clean.length, ContentType.SVG, seq);
    }

    private long checked(long total) {
        if (total > limit) {
            throw WikiException.of(WikiError.ASSET_GENERIC_ERROR,
                    "The file is larger than the upload limit of " + limit + " bytes.");
        }
        return total;
    }
}
