package io.wikiengine.storage.assets;

import static io.wikiengine.storage.assets.AssetFixture.ALL_ASSETS;
import static io.wikiengine.storage.assets.AssetFixture.admin;
import static io.wikiengine.storage.assets.AssetFixture.allow;
import static io.wikiengine.storage.assets.AssetFixture.deny;
import static io.wikiengine.storage.assets.AssetFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.RuleMatch;
import io.wikiengine.core.asset.Asset;
import io.wikiengine.core.asset.AssetFolder;
import io.wikiengine.core.asset.AssetPath;
import io.wikiengine.core.asset.AssetService;
import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.error.WikiException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AssetFolderTest {

    private final AssetFixture fixture = new AssetFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    private static void assertCode(WikiError error, Runnable call) {
        WikiException failure = assertThrows(WikiException.class, call::run);
        assertEquals(error.code(), failure.code(), failure.getMessage());
    }

    @Test
    void r_9_3_foldersListsTheDirectChildrenOfTheRoot() {
        AssetService assets = fixture.open().assets();
        AssetFolder img = assets.createFolder(admin(), 0, "img", null);
        assets.createFolder(admin(), img.id(), "inner", null);
        assertEquals(List.of(img), assets.folders(admin(), 0));
        assertEquals(List.of("inner"), assets.folders(admin(), img.id()).stream().map(AssetFolder::slug).toList());
    }

    @Test
    void r_9_3_foldersAreFilteredByTheReadRuleOnTheirPath() {
        Actor reader = fixture.member("r@example.com", List.of("read:assets"), List.of(
                allow(RuleMatch.START, "", List.of("read:assets")),
                deny(RuleMatch.START, "img/secret", List.of("read:assets"))));
        AssetService assets = fixture.open().assets();
        AssetFolder img = assets.createFolder(admin(), 0, "img", null);
        assets.createFolder(admin(), img.id(), "secret", null);
        assets.createFolder(admin(), img.id(), "public", null);
        assertEquals(List.of("public"), assets.folders(reader, img.id()).stream().map(AssetFolder::slug).toList());
    }

    @Test
    void r_9_3_anUnknownParentHasNoChildren() {
        assertEquals(List.of(), fixture.open().assets().folders(admin(), 42));
    }

    @Test
    void r_4_2_foldersWithoutReadAssetsAreForbidden() {
        Actor nobody = fixture.member("n@example.com", List.of("read:pages"), List.of());
        WikiException failure = assertThrows(WikiException.class, () -> fixture.open().assets().folders(nobody, 0));
        assertEquals(AssetService.FORBIDDEN, failure.getMessage());
    }

    @Test
    void r_9_5_theSlugIsSanitisedAndLowerCased() {
        AssetFolder folder = fixture.open().assets().createFolder(admin(), 0, "My/Fo:ld*er?. ", null);
        assertEquals("myfolder", folder.slug());
    }

    @Test
    void r_9_5_aDuplicateSlugUnderTheSameParentIs2002() {
        AssetService assets = fixture.open().assets();
        assets.createFolder(admin(), 0, "img", null);
        assertCode(WikiError.ASSET_FOLDER_EXISTS, () -> assets.createFolder(admin(), 0, "IMG", "Other"));
    }

    @Test
    void r_9_5_theSameSlugUnderAnotherParentIsFine() {
        AssetService assets = fixture.open().assets();
        AssetFolder a = assets.createFolder(admin(), 0, "a", null);
        assets.createFolder(admin(), 0, "img", null);
        assertEquals("img", assets.createFolder(admin(), a.id(), "img", null).slug());
    }

    @Test
    void r_9_5_createFolderNeedsTheGlobalWriteAssets() {
        Actor reader = fixture.member("r@example.com", List.of("read:assets"),
                List.of(allow(RuleMatch.START, "", List.of("read:assets"))));
        WikiException failure = assertThrows(WikiException.class,
                () -> fixture.open().assets().createFolder(reader, 0, "x", null));
        assertEquals(AssetService.FORBIDDEN, failure.getMessage());
    }

    @Test
    void decision26_createFolderKeepsTheNameAsGiven() {
        AssetFolder folder = fixture.open().assets().createFolder(admin(), 0, "Photos 2026", "Photos of 2026");
        assertEquals("photos 2026", folder.slug());
        assertEquals("Photos of 2026", folder.name());
    }

    @Test
    void decision39_aRefusedCreateFolderConsumesNoId() {
        AssetService assets = fixture.open().assets();
        assertEquals(1, assets.createFolder(admin(), 0, "a", null).id());
        assertCode(WikiError.ASSET_FOLDER_EXISTS, () -> assets.createFolder(admin(), 0, "a", null));
        assertCode(WikiError.ASSET_GENERIC_ERROR, () -> assets.createFolder(admin(), 77, "b", null));
        assertEquals(2, assets.createFolder(admin(), 0, "b", null).id());
    }

    @Test
    void renameFolder_changesTheSlugAndEveryPathBelowIt() {
        Wiki wiki = fixture.open();
        AssetService assets = wiki.assets();
        AssetFolder a = assets.createFolder(admin(), 0, "a", null);
        AssetFolder b = assets.createFolder(admin(), a.id(), "b", null);
        Asset file = assets.upload(admin(), b.id(), "x.txt", text("hello"), "text/plain");
        AssetFolder renamed = assets.renameFolder(admin(), a.id(), "Z", "Zed");
        assertEquals("z", renamed.slug());
        assertEquals("Zed", renamed.name());
        assertEquals(AssetPath.hash("z/b/x.txt"), fixture.stored(file.id()).hash());
        assertEquals(file.id(), assets.open(admin(), "z/b/x.txt").asset().id());
    }

    @Test
    void renameFolder_toATakenSlugIs2002() {
        AssetService assets = fixture.open().assets();
        AssetFolder a = assets.createFolder(admin(), 0, "a", null);
        assets.createFolder(admin(), 0, "b", null);
        assertCode(WikiError.ASSET_FOLDER_EXISTS, () -> assets.renameFolder(admin(), a.id(), "b", null));
    }

    @Test
    void renameFolder_withoutManageRuleOnItsPathIs2006() {
        Actor limited = fixture.member("l@example.com", ALL_ASSETS, List.of(
                allow(RuleMatch.START, "", ALL_ASSETS), deny(RuleMatch.START, "locked", List.of("manage:assets"))));
        AssetService assets = fixture.open().assets();
        AssetFolder locked = assets.createFolder(admin(), 0, "locked", null);
        assertCode(WikiError.ASSET_RENAME_FORBIDDEN, () -> assets.renameFolder(limited, locked.id(), "open", null));
        assertCode(WikiError.ASSET_RENAME_TARGET_FORBIDDEN, () -> assets.renameFolder(limited,
                assets.createFolder(admin(), 0, "free", null).id(), "locked2", null));
    }

    @Test
    void moveFolder_movesEverythingInsideAndRehashes() {
        AssetService assets = fixture.open().assets();
        AssetFolder a = assets.createFolder(admin(), 0, "a", null);
        AssetFolder b = assets.createFolder(admin(), 0, "b", null);
        Asset file = assets.upload(admin(), a.id(), "x.txt", text("hello"), null);
        AssetFolder moved = assets.moveFolder(admin(), a.id(), b.id());
        assertEquals(b.id(), moved.parentId());
        assertEquals(AssetPath.hash("b/a/x.txt"), fixture.stored(file.id()).hash());
        assertEquals(List.of(moved), assets.folders(admin(), b.id()));
    }

    @Test
    void moveFolder_underItselfOrItsSubfolderIsRefused() {
        AssetService assets = fixture.open().assets();
        AssetFolder a = assets.createFolder(admin(), 0, "a", null);
        AssetFolder b = assets.createFolder(admin(), a.id(), "b", null);
        assertCode(WikiError.ASSET_GENERIC_ERROR, () -> assets.moveFolder(admin(), a.id(), a.id()));
        WikiException failure = assertThrows(WikiException.class, () -> assets.moveFolder(admin(), a.id(), b.id()));
        assertEquals("A folder cannot be moved into itself or one of its subfolders.", failure.getMessage());
    }

    @Test
    void moveFolder_toAParentWithThatSlugIs2002() {
        AssetService assets = fixture.open().assets();
        AssetFolder a = assets.createFolder(admin(), 0, "a", null);
        AssetFolder b = assets.createFolder(admin(), 0, "b", null);
        assets.createFolder(admin(), b.id(), "a", null);
        assertCode(WikiError.ASSET_FOLDER_EXISTS, () -> assets.moveFolder(admin(), a.id(), b.id()));
    }

    @Test
    void deleteFolder_thatIsNotEmptyIs2001WithAClearMessage() {
        AssetService assets = fixture.open().assets();
        AssetFolder a = assets.createFolder(admin(), 0, "a", null);
        AssetFolder b = assets.createFolder(admin(), 0, "b", null);
        assets.createFolder(admin(), a.id(), "inner", null);
        assets.upload(admin(), b.id(), "x.txt", text("hello"), null);
        WikiException withFolder = assertThrows(WikiException.class, () -> assets.deleteFolder(admin(), a.id()));
        assertEquals(2001, withFolder.code());
        assertEquals("The asset folder is not empty: delete or move its folders and assets first.",
                withFolder.getMessage());
        assertCode(WikiError.ASSET_GENERIC_ERROR, () -> assets.deleteFolder(admin(), b.id()));
    }

    @Test
    void deleteFolder_withoutManageRuleIs2003() {
        Actor limited = fixture.member("l@example.com", ALL_ASSETS, List.of(
                allow(RuleMatch.START, "", ALL_ASSETS), deny(RuleMatch.START, "locked", List.of("manage:assets"))));
        AssetService assets = fixture.open().assets();
        AssetFolder locked = assets.createFolder(admin(), 0, "locked", null);
        assertCode(WikiError.ASSET_DELETE_FORBIDDEN, () -> assets.deleteFolder(limited, locked.id()));
    }

    @Test
    void deleteFolder_removesAnEmptyFolder() {
        AssetService assets = fixture.open().assets();
        AssetFolder a = assets.createFolder(admin(), 0, "a", null);
        assets.deleteFolder(admin(), a.id());
        assertEquals(List.of(), assets.folders(admin(), 0));
        assertCode(WikiError.ASSET_GENERIC_ERROR, () -> assets.deleteFolder(admin(), a.id()));
    }
}
