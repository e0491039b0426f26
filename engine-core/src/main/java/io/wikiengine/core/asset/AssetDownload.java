package io.wikiengine.core.asset;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * An asset opened for reading: what to send and how (decision 26).
 *
 * <p>The stream reads the data lazily, one stored chunk at a time, each in its own short storage
 * transaction, so it holds no connection between reads and may be read long after {@link AssetService#open}
 * returned. Should the asset be deleted or uploaded over while the stream is being read, the next chunk is
 * gone and {@code read} fails with an {@link IOException} rather than mixing two versions.
 *
 * @param asset       the asset's metadata
 * @param contentType the {@code Content-Type} to send: the stored MIME type, with {@code charset=utf-8} for text
 * @param attachment  whether to send it as a download ({@code Content-Disposition: attachment}): everything
 *                    but images, video, audio and PDF; SVGs are served as images because they were sanitised
 *                    on upload. Hosts should always send {@code X-Content-Type-Options: nosniff}
 * @param content     the data, exactly {@code asset.fileSize()} bytes; the caller closes it
 */
public record AssetDownload(Asset asset, String contentType, boolean attachment, InputStream content)
        implements AutoCloseable {

    public AssetDownload {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }

    /** Closes the stream. */
    @Override
    public void close() throws IOException {
        content.close();
    }
}
