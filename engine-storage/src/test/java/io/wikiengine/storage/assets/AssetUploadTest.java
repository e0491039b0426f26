package io.wikiengine.storage.assets;

import static io.wikiengine.storage.assets.AssetFixture.PNG;
import static io.wikiengine.storage.assets.AssetFixture.admin;
import static io.wikiengine.storage.assets.AssetFixture.allow;
import static io.wikiengine.storage.assets.AssetFixture.bytes;
import static io.wikiengine.storage.assets.AssetFixture.deny;
import static io.wikiengine.storage.assets.AssetFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.WikiConfig;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.RuleMatch;
import io.wikiengine.core.asset.Asset;
import io.wikiengine.core.asset.AssetDownload;
import io.wikiengine.core.asset.AssetFolder;
import io.wikiengine.core.asset.AssetKind;
import io.wikiengine.core.asset.AssetPath;
import io.wikiengine.core.asset.AssetService;
import io.wikiengine.core.error.WikiException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AssetUploadTest {

    private static final int CHUNK = 256 * 1024;

    private final AssetFixture fixture = new AssetFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    private static String plainFailure(Runnable call) {
        WikiException failure = assertThrows(WikiException.class, call::run);
        return failure.getMessage();
    }

    private static byte[] readAll(AssetDownload download) throws IOException {
        try (download) {
            return download.content().readAllBytes();
        }
    }

    @Test
    void r_9_9_withoutTheGlobalWriteAssetsTheUploadIsRefused() {
        Actor reader = fixture.member("r@example.com", List.of("read:assets"),
                List.of(allow(RuleMatch.START, "", List.of("read:assets", "write:assets"))));
        AssetService assets = fixture.open().assets();
        assertEquals(AssetService.UPLOAD_FORBIDDEN,
                plainFailure(() -> assets.upload(reader, 0, "a.txt", text("x"), null)));
    }

    @Test
    void r_9_9_anUnknownFolderIsRefused() {
        AssetService assets = fixture.open().assets();
        assertEquals(AssetService.UPLOAD_FOLDER_MISSING,
                plainFailure(() -> assets.upload(admin(), 5, "a.txt", text("x"), null)));
    }

    @Test
    void r_9_9_withoutTheWriteRuleOnTheAssetPathTheUploadIsRefused() {
        Actor writer = fixture.member("w@example.com", List.of("read:assets", "write:assets"), List.of(
                allow(RuleMatch.START, "", List.of("write:assets")),
                deny(RuleMatch.START, "private", List.of("write:assets"))));
        AssetService assets = fixture.open().assets();
        AssetFolder closed = assets.createFolder(admin(), 0, "private", null);
        assertEquals(AssetService.UPLOAD_FOLDER_FORBIDDEN,
                plainFailure(() -> assets.upload(writer, closed.id(), "a.txt", text("x"), null)));
        assertEquals("a.txt", assets.upload(writer, 0, "a.txt", text("x"), null).filename());
    }

    @Test
    void r_9_9_theFilenameIsLowerCasedWithSeparatorsAsUnderscoresAndSanitised() {
        Asset asset = fixture.open().assets().upload(admin(), 0, "My  File,v1;#2:?.TXT", text("x"), null);
        assertEquals("my_file_v1_2.txt", asset.filename());
    }

    @Test
    void r_9_9_aNameThatSanitisesToNothingIsMissingMetadata() {
        assertEquals(AssetService.UPLOAD_METADATA_MISSING,
                plainFailure(() -> fixture.open().assets().upload(admin(), 0, "..", text("x"), null)));
    }

    @Test
    void r_9_9_anUploadOverAnExistingAssetReplacesDataTypeAndAuthor() throws IOException {
        Actor editor = fixture.editor("e@example.com");
        AssetService assets = fixture.open().assets();
        Asset first = assets.upload(admin(), 0, "pic.png", text("not yet a picture"), "image/png");
        String oldKey = fixture.stored(first.id()).blobKey();
        Asset second = assets.upload(editor, 0, "PIC.png", bytes(PNG), "image/png");
        assertEquals(first.id(), second.id());
        assertEquals(AssetKind.IMAGE, second.kind());
        assertEquals("image/png", second.mime());
        assertEquals(editor.id(), second.authorId());
        assertEquals(PNG.length, second.fileSize());
        assertEquals(List.of(), fixture.storage().inTransaction(s -> s.assets().chunkSizes(oldKey)));
        assertTrue(Arrays.equals(PNG, readAll(assets.open(admin(), "pic.png"))));
        assertEquals(1, assets.list(admin(), 0, AssetKind.ALL).size());
    }

    @Test
    void r_9_2_theHashIsTheSha1OfTheFolderSlugsAndFilename() {
        AssetService assets = fixture.open().assets();
        AssetFolder a = assets.createFolder(admin(), 0, "a", null);
        AssetFolder b = assets.createFolder(admin(), a.id(), "b", null);
        Asset nested = assets.upload(admin(), b.id(), "x.txt", text("x"), null);
        Asset top = assets.upload(admin(), 0, "x.txt", text("x"), null);
        assertEquals("a/b/x.txt", AssetPath.of(List.of(a, b), "x.txt"));
        assertEquals(AssetPath.hash("a/b/x.txt"), nested.hash());
        assertEquals(AssetPath.hash("x.txt"), top.hash());
        assertEquals("5c3a3cd9e2c4a7fa5bbc38c12e2437e3bbb4a7b7".length(), top.hash().length());
        assertEquals(top.hash().toLowerCase(java.util.Locale.ROOT), top.hash());
    }

    @Test
    void r_9_4_extKeepsItsDotAndFileSizeIsInBytes() {
        Asset asset = fixture.open().assets().upload(admin(), 0, "report.final.PDF",
                bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.UTF_8)), "application/pdf");
        assertEquals(".pdf", asset.ext());
        assertEquals("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.UTF_8).length, asset.fileSize());
    }

    @Test
    void r_9_4_listFiltersByKindAndByTheReadRule() {
        Actor reader = fixture.member("r@example.com", List.of("read:assets"), List.of(
                allow(RuleMatch.START, "", List.of("read:assets")),
                deny(RuleMatch.EXACT, "hidden.png", List.of("read:assets"))));
        AssetService assets = fixture.open().assets();
        assets.upload(admin(), 0, "a.png", bytes(PNG), null);
        assets.upload(admin(), 0, "hidden.png", bytes(PNG), null);
        assets.upload(admin(), 0, "b.txt", text("b"), null);
        assertEquals(List.of("a.png"), assets.list(reader, 0, AssetKind.IMAGE).stream().map(Asset::filename).toList());
        assertEquals(List.of("b.txt"), assets.list(reader, 0, AssetKind.BINARY).stream().map(Asset::filename).toList());
        assertEquals(List.of("a.png", "b.txt"),
                assets.list(reader, 0, AssetKind.ALL).stream().map(Asset::filename).toList());
    }

    @Test
    void decision05_assetChecksCarryNoLocale() {
        Actor reader = fixture.member("r@example.com", List.of("read:assets"), List.of(
                allow(RuleMatch.START, "", List.of("read:assets")).withLocales(List.of("en"))));
        AssetService assets = fixture.open().assets();
        assets.upload(admin(), 0, "a.png", bytes(PNG), null);
        assertEquals(List.of(), assets.list(reader, 0, AssetKind.ALL));
    }

    @Test
    void decision26_listFillsFolderAndAuthor() {
        AssetService assets = fixture.open().assets();
        AssetFolder img = assets.createFolder(admin(), 0, "img", "Images");
        assets.upload(admin(), img.id(), "a.png", bytes(PNG), null);
        Asset listed = assets.list(admin(), img.id(), AssetKind.ALL).get(0);
        assertEquals(img, listed.folder());
        assertNotNull(listed.author());
        assertEquals("admin@example.com", listed.author().email());
    }

    static Stream<Arguments> signatures() {
        return Stream.of(
                Arguments.of("a.png", PNG, "image/png", AssetKind.IMAGE),
                Arguments.of("a.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F',
                    'I', 'F'}, "image/jpeg", AssetKind.IMAGE),
                Arguments.of("a.gif", "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1),
                        "image/gif", AssetKind.IMAGE),
                Arguments.of("a.webp", "RIFF\u0010\u0000\u0000\u0000WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1),
                        "image/webp", AssetKind.IMAGE),
                Arguments.of("a.bmp", bmp(), "image/bmp", AssetKind.IMAGE),
                Arguments.of("a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\"/></svg>"
                        .getBytes(StandardCharsets.UTF_8), "image/svg+xml", AssetKind.IMAGE),
                Arguments.of("a.pdf", "%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1), "application/pdf",
                        AssetKind.BINARY),
                Arguments.of("a.mp4", "\u0000\u0000\u0000\u0018ftypisom\u0000\u0000\u0002\u0000"
                        .getBytes(StandardCharsets.ISO_8859_1), "video/mp4", AssetKind.BINARY),
                Arguments.of("a.webm", "\u001A\u0045\u00DF\u00A3\u0093\u0042\u0082\u0088webm"
                        .getBytes(StandardCharsets.ISO_8859_1), "video/webm", AssetKind.BINARY),
                Arguments.of("a.mp3", "ID3\u0003\u0000\u0000\u0000\u0000\u0000\u0000"
                        .getBytes(StandardCharsets.ISO_8859_1), "audio/mpeg", AssetKind.BINARY),
                Arguments.of("a.ogg", "OggS\u0000\u0002\u0000\u0000OpusHead".getBytes(StandardCharsets.ISO_8859_1),
                        "audio/ogg", AssetKind.BINARY),
                Arguments.of("a.wav", "RIFF\u0024\u0000\u0000\u0000WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1),
                        "audio/wav", AssetKind.BINARY),
                Arguments.of("a.zip", "PK\u0003\u0004\u0014\u0000\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1),
                        "application/zip", AssetKind.BINARY),
                Arguments.of("a.txt", "just some words, ünïcödé too\n".getBytes(StandardCharsets.UTF_8), "text/plain",
                        AssetKind.BINARY),
                Arguments.of("a.bin", new byte[] {0, 1, 2, 3, 4, (byte) 0xFE}, "application/octet-stream",
                        AssetKind.BINARY));
    }

    private static byte[] bmp() {
        byte[] header = new byte[54];
        header[0] = 'B';
        header[1] = 'M';
        header[2] = 54;
        header[10] = 54;
        header[14] = 40;
        return header;
    }

    @ParameterizedTest(name = "{0} is {2}")
    @MethodSource("signatures")
    void decision26_theMimeTypeComesFromTheContentsSignature(String name, byte[] content, String mime, AssetKind kind) {
        Asset asset = fixture.open().assets().upload(admin(), 0, name, bytes(content), "application/x-claimed");
        assertEquals(mime, asset.mime());
        assertEquals(kind, asset.kind());
    }

    @Test
    void decision26_anHtmlFileDeclaredAsPngIsStoredAsHtmlAndNeverAsAnImage() throws IOException {
        AssetService assets = fixture.open().assets();
        Asset asset = assets.upload(admin(), 0, "evil.png",
                text("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"), "image/png");
        assertEquals("text/html", asset.mime());
        assertEquals(AssetKind.BINARY, asset.kind());
        AssetDownload download = assets.open(admin(), "evil.png");
        assertTrue(download.attachment());
        assertEquals("text/html; charset=utf-8", download.contentType());
        download.close();
    }

    @Test
    void decision26_aPlainTextClaimMayNameTheTextSubtypeButNeverMarkup() {
        AssetService assets = fixture.open().assets();
        assertEquals("text/csv", assets.upload(admin(), 0, "a.csv", text("a,b\n1,2\n"), "text/csv").mime());
        assertEquals("text/plain", assets.upload(admin(), 0, "b.html", text("plain words"), "text/html").mime());
    }

    @Test
    void decision26_anSvgWithAScriptIsStoredClean() throws IOException {
        AssetService assets = fixture.open().assets();
        String svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" onload=\"alert(1)\">"
                + "<script>alert(2)</script><rect width=\"10\" height=\"10\" onclick=\"alert(3)\"/>"
                + "<image xlink:href=\"https://evil.example/track.png\"/>"
                + "<a href=\"javascript:alert(4)\"><circle r=\"4\"/></a></svg>";
        Asset asset = assets.upload(admin(), 0, "logo.svg", text(svg), "image/svg+xml");
        assertEquals("image/svg+xml", asset.mime());
        assertEquals(AssetKind.IMAGE, asset.kind());
        AssetDownload download = assets.open(admin(), "logo.svg");
        String stored = new String(readAll(download), StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT);
        assertFalse(stored.contains("<script"), stored);
        assertFalse(stored.contains("alert"), stored);
        assertFalse(stored.contains("onload"), stored);
        assertFalse(stored.contains("onclick"), stored);
        assertFalse(stored.contains("evil.example"), stored);
        assertFalse(stored.contains("javascript:"), stored);
        assertTrue(stored.contains("<rect"), stored);
        assertEquals(stored.getBytes(StandardCharsets.UTF_8).length, asset.fileSize());
        assertFalse(download.attachment());
    }

    @Test
    void decision26_anythingButImageVideoAudioOrPdfIsServedAsAnAttachment() throws IOException {
        AssetService assets = fixture.open().assets();
        assets.upload(admin(), 0, "a.png", bytes(PNG), null);
        assets.upload(admin(), 0, "a.pdf", text("%PDF-1.4\n"), null);
        assets.upload(admin(), 0, "a.zip", bytes("PK\u0003\u0004xx".getBytes(StandardCharsets.ISO_8859_1)), null);
        assets.upload(admin(), 0, "a.txt", text("words"), null);
        try (AssetDownload png = assets.open(admin(), "a.png"); AssetDownload pdf = assets.open(admin(), "a.pdf");
             AssetDownload zip = assets.open(admin(), "a.zip"); AssetDownload txt = assets.open(admin(), "a.txt")) {
            assertFalse(png.attachment());
            assertFalse(pdf.attachment());
            assertTrue(zip.attachment());
            assertTrue(txt.attachment());
        }
    }

    @Test
    void uploadLimit_anUploadLargerThanTheLimitStoresNothing() {
        AssetService assets = fixture.config(WikiConfig.DEFAULTS.withPasswordCost(4).withMaxUploadBytes(600_000))
                .open().assets();
        WikiException failure = assertThrows(WikiException.class,
                () -> assets.upload(admin(), 0, "big.bin", new Generated(600_001), null));
        assertEquals(2001, failure.code());
        assertEquals("The file is larger than the upload limit of 600000 bytes.", failure.getMessage());
        assertEquals(List.of(), assets.list(admin(), 0, AssetKind.ALL));
        assertEquals(0, (int) fixture.storage().inTransaction(s -> s.assets().inFolders(List.of(0)).size()));
        assertEquals(1, assets.upload(admin(), 0, "fits.bin", new Generated(600_000), null).id());
    }

    @Test
    void uploadLimit_theDefaultLimitIsFiveMebibytes() {
        assertEquals(5L * 1024 * 1024, WikiConfig.DEFAULTS.maxUploadBytes());
        AssetService assets = fixture.open().assets();
        assertThrows(WikiException.class, () -> assets.upload(admin(), 0, "big.bin", new Generated(5 * 1024 * 1024 + 1),
                null));
        assertEquals(List.of(), assets.list(admin(), 0, AssetKind.ALL));
    }

    @Test
    void streaming_aThirtyMebibyteUploadIsStoredInChunksAndRoundTripsByDigest() throws Exception {
        long size = 30L * 1024 * 1024;
        AssetService assets = fixture.config(WikiConfig.DEFAULTS.withPasswordCost(4).withMaxUploadBytes(64L << 20))
                .open().assets();
        Generated source = new Generated(size);
        Asset asset = assets.upload(admin(), 0, "big.bin", source, null);
        assertEquals(size, asset.fileSize());
        assertTrue(source.largestRead <= CHUNK, "the service asked for at most a chunk at a time");
        List<Integer> chunks = fixture.chunkSizes(asset.id());
        assertEquals(120, chunks.size());
        assertTrue(chunks.stream().allMatch(c -> c == CHUNK));
        MessageDigest digest = sha256();
        try (AssetDownload download = assets.open(admin(), "big.bin")) {
            byte[] buffer = new byte[8192];
            for (int n = download.content().read(buffer); n > 0; n = download.content().read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        assertTrue(Arrays.equals(new Generated(size).digest(), digest.digest()));
    }

    @Test
    void streaming_aStreamOpenedBeforeAnOverwriteFailsRatherThanMixingVersions() throws IOException {
        AssetService assets = fixture.config(WikiConfig.DEFAULTS.withPasswordCost(4).withMaxUploadBytes(8L << 20))
                .open().assets();
        assets.upload(admin(), 0, "a.bin", new Generated(3 * CHUNK), null);
        AssetDownload download = assets.open(admin(), "a.bin");
        assertEquals(CHUNK, download.content().readNBytes(CHUNK).length);
        assets.upload(admin(), 0, "a.bin", new Generated(3 * CHUNK), null);
        assertThrows(IOException.class, () -> download.content().readAllBytes());
    }

    @Test
    void decision39_aRefusedUploadConsumesNoId() {
        Actor writer = fixture.member("w@example.com", List.of("write:assets"),
                List.of(allow(RuleMatch.START, "ok", List.of("write:assets"))));
        AssetService assets = fixture.open().assets();
        assertThrows(WikiException.class, () -> assets.upload(writer, 0, "no.txt", text("x"), null));
        assertEquals(1, assets.upload(writer, 0, "ok.txt", text("x"), null).id());
    }

    @Test
    void decision31_anUploadThatCannotBeReadIs2001AndStoresNothing() {
        AssetService assets = fixture.config(WikiConfig.DEFAULTS.withPasswordCost(4).withMaxUploadBytes(8L << 20))
                .open().assets();
        InputStream broken = new java.io.SequenceInputStream(new Generated(CHUNK + 10), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        });
        WikiException failure = assertThrows(WikiException.class, () -> assets.upload(admin(), 0, "a.bin", broken, null));
        assertEquals(2001, failure.code());
        assertEquals("An unexpected error occured during asset operation.", failure.getMessage());
        assertEquals(List.of(), assets.list(admin(), 0, AssetKind.ALL));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A deterministic pseudo-random stream of any length that never holds more than the caller's buffer. */
    private static final class Generated extends InputStream {

        private final long size;
        private long position;
        private int largestRead;

        Generated(long size) {
            this.size = size;
        }

        private static byte at(long i) {
            long x = i * 0x9E3779B97F4A7C15L;
            return (byte) (x >>> 56 ^ x >>> 13);
        }

        @Override
        public int read() {
            return position < size ? at(position++) & 0xFF : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            largestRead = Math.max(largestRead, length);
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = at(position++);
            }
            return count;
        }

        byte[] digest() throws IOException {
            MessageDigest digest = sha256();
            byte[] buffer = new byte[65536];
            for (int n = read(buffer, 0, buffer.length); n > 0; n = read(buffer, 0, buffer.length)) {
                digest.update(buffer, 0, n);
            }
            return digest.digest();
        }
    }
}
