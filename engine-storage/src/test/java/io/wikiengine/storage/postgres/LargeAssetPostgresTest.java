package io.wikiengine.storage.postgres;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.WikiConfig;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.asset.Asset;
import io.wikiengine.core.asset.AssetDownload;
import io.wikiengine.storage.JdbiStorage;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A large asset streams into PostgreSQL on one instance and out on another, a chunk at a time. */
class LargeAssetPostgresTest {

    private static final long SIZE = 40L * 1024 * 1024 + 12_345;

    private static PostgresDatabase database;

    @BeforeAll
    static void database() {
        database = PostgresDatabase.require();
    }

    /** Bytes from a seeded generator, made as they are read: the test holds no copy of the file either. */
    private static final class Generated extends InputStream {
        private final SplittableRandom random = new SplittableRandom(42);
        private final MessageDigest digest = sha256();
        private long left = SIZE;
        private int largestRead;

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) random.nextInt(256);
            }
            // A recognisable text signature would change the sniffed type; keep the first byte binary.
            if (left == SIZE) {
                buffer[offset] = 0;
            }
            digest.update(buffer, offset, n);
            left -= n;
            largestRead = Math.max(largestRead, length);
            return n;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFortyMegabyteAssetUploadedOnOneInstanceDownloadsWholeOnAnother() throws IOException {
        WikiConfig config = WikiConfig.DEFAULTS.withPasswordCost(4).withMaxUploadBytes(64L * 1024 * 1024);
        try (PostgresDatabase.Schema schema = database.newSchema();
             JdbiStorage storeA = schema.open();
             JdbiStorage storeB = schema.open();
             Wiki a = Wiki.builder().storage(storeA).config(config).admin("admin@example.com", "secret-123").build();
             Wiki b = Wiki.builder().storage(storeB).config(config).build()) {
            Generated source = new Generated();
            Asset asset = a.assets().upload(Actor.system(), 0, "big.bin", source, "application/octet-stream");
            assertEquals(SIZE, asset.fileSize());
            assertEquals(true, source.largestRead <= 256 * 1024, "read a chunk at a time, not the whole file");
            MessageDigest read = sha256();
            long total = 0;
            try (AssetDownload download = b.assets().open(Actor.system(), "big.bin");
                 InputStream in = download.content()) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    read.update(buffer, 0, n);
                    total += n;
                }
            }
            assertEquals(SIZE, total);
            assertArrayEquals(source.digest.digest(), read.digest());
        }
    }
}
