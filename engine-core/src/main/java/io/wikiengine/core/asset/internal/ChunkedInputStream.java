package io.wikiengine.core.asset.internal;

import io.wikiengine.core.spi.Storage;
import io.wikiengine.core.spi.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a stored blob one chunk at a time, each chunk in its own short transaction, so that the stream holds
 * one chunk of heap and no connection between reads. A chunk missing before {@code size} bytes were read means
 * the asset was deleted or uploaded over meanwhile: that is an {@link IOException}, never a silent mix.
 */
public final class ChunkedInputStream extends InputStream {

    private final Storage storage;
    private final String blobKey;
    private final long size;
    private byte[] chunk = new byte[0];
    private int position;
    private int nextSeq;
    private long delivered;
    private boolean closed;

    public ChunkedInputStream(Storage storage, String blobKey, long size) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.blobKey = Objects.requireNonNull(blobKey, "blobKey");
        this.size = size;
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        delivered++;
        return chunk[position++] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int count = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, buffer, offset, count);
        position += count;
        delivered += count;
        return count;
    }

    @Override
    public int available() {
        return closed ? 0 : chunk.length - position;
    }

    @Override
    public void close() {
        closed = true;
        chunk = new byte[0];
        position = 0;
    }

    /** Makes sure unread bytes are at hand; false at the end of the data. */
    private boolean fill() throws IOException {
        if (closed) {
            throw new IOException("Stream closed");
        }
        if (position < chunk.length) {
            return true;
        }
        if (delivered >= size) {
            return false;
        }
        int seq = nextSeq;
        Optional<byte[]> next;
        try {
            next = storage.inTransaction(session -> session.assets().readChunk(blobKey, seq));
        } catch (StorageException e) {
            throw new IOException("Cannot read the asset's data", e);
        }
        if (next.isEmpty() || next.get().length == 0) {
            throw new IOException("The asset changed or was deleted while it was being read");
        }
        chunk = next.get();
        position = 0;
        nextSeq++;
        return true;
    }
}
