package io.wikiengine.storage.assets;

import static io.wikiengine.storage.assets.AssetFixture.admin;
import static io.wikiengine.storage.assets.AssetFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.asset.AssetKind;
import io.wikiengine.core.asset.AssetService;
import io.wikiengine.core.error.WikiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A negative folder id is answered exactly as an unknown one (99999) is, never as an internal failure. */
class AssetNegativeIdTest {

    private final AssetFixture fixture = new AssetFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    private static WikiException failure(Executable call) {
        return assertThrows(WikiException.class, call);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, Integer.MIN_VALUE, 99_999})
    void r_9_3_foldersOfANegativeOrUnknownParentAreEmpty(int id) {
        assertTrue(fixture.open().assets().folders(admin(), id).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, Integer.MIN_VALUE, 99_999})
    void r_9_4_listOfANegativeOrUnknownFolderIsEmpty(int id) {
        assertTrue(fixture.open().assets().list(admin(), id, AssetKind.ALL).isEmpty());
    }

    @Test
    void r_9_5_createFolderUnderANegativeParentAnswersAsAnUnknownOne() {
        AssetService assets = fixture.open().assets();
        WikiException unknown = failure(() -> assets.createFolder(admin(), 99_999, "img", null));
        WikiException negative = failure(() -> assets.createFolder(admin(), -1, "img", null));
        assertEquals(2001, negative.code());
        assertEquals(unknown.code(), negative.code());
        assertEquals(unknown.getMessage(), negative.getMessage());
        assertEquals(1, assets.createFolder(admin(), 0, "img", null).id());
    }

    @Test
    void r_9_9_uploadToANegativeFolderIsTheMissingFolderRefusal() {
        AssetService assets = fixture.open().assets();
        WikiException e = failure(() -> assets.upload(admin(), -1, "a.txt", text("x"), null));
        assertEquals(1, e.code());
        assertEquals(AssetService.UPLOAD_FOLDER_MISSING, e.getMessage());
        assertEquals(1, assets.upload(admin(), 0, "a.txt", text("x"), null).id());
    }

    @Test
    void moveFolderUnderANegativeParentAnswersAsAnUnknownOne() {
        AssetService assets = fixture.open().assets();
        int img = assets.createFolder(admin(), 0, "img", null).id();
        WikiException unknown = failure(() -> assets.moveFolder(admin(), img, 99_999));
        WikiException negative = failure(() -> assets.moveFolder(admin(), img, -1));
        assertEquals(unknown.code(), negative.code());
        assertEquals(unknown.getMessage(), negative.getMessage());
    }
}
