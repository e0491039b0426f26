package io.wikiengine.core.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.asset.AssetFolder;
import io.wikiengine.core.asset.AssetKind;
import io.wikiengine.core.spi.DuplicateKeyException;
import io.wikiengine.core.spi.ReferenceException;
import io.wikiengine.core.spi.Storage;
import io.wikiengine.core.spi.StoredAsset;
import io.wikiengine.core.spi.UniqueKey;
import io.wikiengine.core.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The storage SPI test-kit for assets, asset folders and chunked asset data. A backend's test class extends it
 * and says how to make an empty store.
 */
public abstract class AssetStorageContract {

    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");

    protected Storage storage;
    private int authorId;

    /** A new, empty store. */
    protected abstract Storage newStorage();

    @BeforeEach
    void openStore() {
        storage = newStorage();
        authorId = storage.inTransaction(s -> s.users()
                .insert(User.newLocal("a@example.com", "Author", "$2a$04$abcdefghijklmnopqrstuu", T0)).id());
    }

    @AfterEach
    void closeStore() {
        storage.close();
    }

    private StoredAsset asset(int folderId, String filename, String blobKey) {
        return new StoredAsset(0, filename, "h-" + filename, ".png", AssetKind.IMAGE, "image/png", 3, null, folderId,
                authorId, T0, T0, blobKey);
    }

    @Test
    void foldersAreUniqueByParentAndSlugAtTheRootToo() {
        storage.run(s -> s.assetFolders().insert(new AssetFolder(0, "img", "Images", 0)));
        DuplicateKeyException failure = assertThrows(DuplicateKeyException.class,
                () -> storage.run(s -> s.assetFolders().insert(new AssetFolder(0, "img", "Other", 0))));
        assertEquals(UniqueKey.ASSET_FOLDER_SLUG, failure.key());
    }

    @Test
    void theSameSlugIsFineUnderAnotherParent() {
        AssetFolder img = storage.inTransaction(s -> s.assetFolders().insert(new AssetFolder(0, "img", "Img", 0)));
        AssetFolder inner = storage.inTransaction(s -> s.assetFolders()
                .insert(new AssetFolder(0, "img", "Img", img.id())));
        assertEquals(img.id(), inner.parentId());
        assertEquals(List.of(inner), storage.inTransaction(s -> s.assetFolders().children(img.id())));
        assertEquals(List.of(img), storage.inTransaction(s -> s.assetFolders().children(0)));
    }

    @Test
    void chainRunsFromTheRootDownAndDescendantsCoverTheSubtree() {
        AssetFolder a = storage.inTransaction(s -> s.assetFolders().insert(new AssetFolder(0, "a", "a", 0)));
        AssetFolder b = storage.inTransaction(s -> s.assetFolders().insert(new AssetFolder(0, "b", "b", a.id())));
        AssetFolder c = storage.inTransaction(s -> s.assetFolders().insert(new AssetFolder(0, "c", "c", b.id())));
        assertEquals(List.of(a, b, c), storage.inTransaction(s -> s.assetFolders().chain(c.id())));
        assertEquals(List.of(), storage.inTransaction(s -> s.assetFolders().chain(99)));
        assertEquals(2, storage.inTransaction(s -> s.assetFolders().descendants(a.id())).size());
        assertEquals(Optional.of(b), storage.inTransaction(s -> s.assetFolders().bySlug(a.id(), "b")));
    }

    @Test
    void aFolderInUseCannotBeDeleted() {
        AssetFolder a = storage.inTransaction(s -> s.assetFolders().insert(new AssetFolder(0, "a", "a", 0)));
        storage.run(s -> s.assets().insert(asset(a.id(), "x.png", "k1")));
        assertThrows(ReferenceException.class, () -> storage.run(s -> s.assetFolders().delete(a.id())));
    }

    @Test
    void assetsAreUniqueByFolderAndFilenameAtTheRootToo() {
        storage.run(s -> s.assets().insert(asset(0, "x.png", "k1")));
        DuplicateKeyException failure = assertThrows(DuplicateKeyException.class,
                () -> storage.run(s -> s.assets().insert(asset(0, "x.png", "k2"))));
        assertEquals(UniqueKey.ASSET_FILENAME, failure.key());
    }

    @Test
    void anAssetRoundTripsEveryColumn() {
        AssetFolder a = storage.inTransaction(s -> s.assetFolders().insert(new AssetFolder(0, "a", "a", 0)));
        StoredAsset stored = storage.inTransaction(s -> s.assets().insert(
                new StoredAsset(0, "doc.pdf", "abc", ".pdf", AssetKind.BINARY, "application/pdf", 12345678901L,
                        "{\"x\":1}", a.id(), authorId, T0, T0.plusSeconds(1), "key")));
        assertEquals(Optional.of(stored), storage.inTransaction(s -> s.assets().byId(stored.id())));
        assertEquals(Optional.of(stored), storage.inTransaction(s -> s.assets().byHash("abc")));
        assertEquals(Optional.of(stored), storage.inTransaction(s -> s.assets().byFilename(a.id(), "doc.pdf")));
        assertEquals(List.of(stored), storage.inTransaction(s -> s.assets().inFolder(a.id(), AssetKind.BINARY)));
        assertEquals(List.of(), storage.inTransaction(s -> s.assets().inFolder(a.id(), AssetKind.IMAGE)));
        assertEquals(1, (int) storage.inTransaction(s -> s.assets().countInFolder(a.id())));
    }

    @Test
    void chunksComeBackInOrderAndGoWithTheAsset() {
        byte[] first = {1, 2, 3, 4};
        StoredAsset stored = storage.inTransaction(s -> {
            s.assets().writeChunk("key", 0, first, 4);
            s.assets().writeChunk("key", 1, new byte[] {5, 6, 7, 8}, 2);
            return s.assets().insert(asset(0, "x.png", "key"));
        });
        assertEquals(List.of(4, 2), storage.inTransaction(s -> s.assets().chunkSizes("key")));
        assertArrayEquals(new byte[] {5, 6}, storage.inTransaction(s -> s.assets().readChunk("key", 1)).orElseThrow());
        assertTrue((boolean) storage.inTransaction(s -> s.assets().delete(stored.id())));
        assertEquals(List.of(), storage.inTransaction(s -> s.assets().chunkSizes("key")));
        assertFalse(storage.inTransaction(s -> s.assets().readChunk("key", 0)).isPresent());
    }

    @Test
    void hashesAndAuthorsChangeInBatches() {
        StoredAsset x = storage.inTransaction(s -> s.assets().insert(asset(0, "x.png", "k1")));
        StoredAsset y = storage.inTransaction(s -> s.assets().insert(asset(0, "y.png", "k2")));
        storage.run(s -> s.assets().updateHashes(Map.of(x.id(), "hx", y.id(), "hy")));
        assertEquals("hy", storage.inTransaction(s -> s.assets().byId(y.id())).orElseThrow().hash());
        int other = storage.inTransaction(s -> s.users()
                .insert(User.newLocal("b@example.com", "B", "$2a$04$abcdefghijklmnopqrstuu", T0)).id());
        assertEquals(2, (int) storage.inTransaction(s -> s.assets().reassignAuthor(authorId, other)));
        assertEquals(other, storage.inTransaction(s -> s.assets().byId(x.id())).orElseThrow().authorId());
    }

    @Test
    void aRolledBackUploadLeavesNoChunk() {
        assertThrows(IllegalStateException.class, () -> storage.run(s -> {
            s.assets().writeChunk("gone", 0, new byte[] {1}, 1);
            throw new IllegalStateException("refused");
        }));
        assertEquals(List.of(), storage.inTransaction(s -> s.assets().chunkSizes("gone")));
    }
}
