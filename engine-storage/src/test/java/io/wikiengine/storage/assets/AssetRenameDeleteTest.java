package io.wikiengine.storage.assets;

import static io.wikiengine.storage.assets.AssetFixture.ALL_ASSETS;
import static io.wikiengine.storage.assets.AssetFixture.admin;
import static io.wikiengine.storage.assets.AssetFixture.allow;
import static io.wikiengine.storage.assets.AssetFixture.deny;
import static io.wikiengine.storage.assets.AssetFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.RuleMatch;
import io.wikiengine.core.asset.Asset;
import io.wikiengine.core.asset.AssetFolder;
import io.wikiengine.core.asset.AssetKind;
import io.wikiengine.core.asset.AssetPath;
import io.wikiengine.core.asset.AssetService;
import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.error.WikiException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AssetRenameDeleteTest {

    private final AssetFixture fixture = new AssetFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    private static void assertCode(WikiError error, Runnable call) {
        WikiException failure = assertThrows(WikiException.class, call::run);
        assertEquals(error.code(), failure.code(), failure.getMessage());
        assertEquals(error.message(), failure.getMessage());
    }

    private static Asset upload(AssetService assets, int folderId, String name) {
        return assets.upload(admin(), folderId, name, text("content of " + name), "text/plain");
    }

    @Test
    void r_9_6_anUnknownAssetIs2004() {
        assertCode(WikiError.ASSET_INVALID, () -> fixture.open().assets().renameAsset(admin(), 9, "x.txt"));
    }

    @Test
    void r_9_6_changingTheExtensionIs2008() {
        AssetService assets = fixture.open().assets();
        Asset file = upload(assets, 0, "a.txt");
        assertCode(WikiError.ASSET_RENAME_INVALID_EXT, () -> assets.renameAsset(admin(), file.id(), "a.exe"));
    }

    @Test
    void r_9_6_onlyTheExtensionIs2007() {
        AssetService assets = fixture.open().assets();
        Asset file = upload(assets, 0, "a.txt");
        assertCode(WikiError.ASSET_RENAME_INVALID, () -> assets.renameAsset(admin(), file.id(), ".TXT"));
    }

    @Test
    void r_9_6_aNameTakenInTheFolderIs2005() {
        AssetService assets = fixture.open().assets();
        Asset file = upload(assets, 0, "a.txt");
        upload(assets, 0, "b.txt");
        assertCode(WikiError.ASSET_RENAME_COLLISION, () -> assets.renameAsset(admin(), file.id(), "B.txt"));
    }

    @Test
    void r_9_6_theCollisionIsCheckedBeforePermissions() {
        Actor noManage = fixture.member("n@example.com", ALL_ASSETS, List.of(
                allow(RuleMatch.START, "", List.of("read:assets", "write:assets"))));
        AssetService assets = fixture.open().assets();
        Asset file = upload(assets, 0, "a.txt");
        upload(assets, 0, "b.txt");
        assertCode(WikiError.ASSET_RENAME_COLLISION, () -> assets.renameAsset(noManage, file.id(), "b.txt"));
        assertCode(WikiError.ASSET_RENAME_FORBIDDEN, () -> assets.renameAsset(noManage, file.id(), "c.txt"));
    }

    @Test
    void r_9_6_withoutManageRuleOnTheCurrentPathIs2006() {
        Actor limited = fixture.member("l@example.com", ALL_ASSETS, List.of(
                allow(RuleMatch.START, "", ALL_ASSETS), deny(RuleMatch.EXACT, "a.txt", List.of("manage:assets"))));
        AssetService assets = fixture.open().assets();
        Asset file = upload(assets, 0, "a.txt");
        assertCode(WikiError.ASSET_RENAME_FORBIDDEN, () -> assets.renameAsset(limited, file.id(), "c.txt"));
    }

    @Test
    void r_9_6_withoutWriteRuleOnTheNewPathIs2009() {
        Actor limited = fixture.member("l@example.com", ALL_ASSETS, List.of(
                allow(RuleMatch.START, "", ALL_ASSETS), deny(RuleMatch.EXACT, "c.txt", List.of("write:assets"))));
        AssetService assets = fixture.open().assets();
        Asset file = upload(assets, 0, "a.txt");
        assertCode(WikiError.ASSET_RENAME_TARGET_FORBIDDEN, () -> assets.renameAsset(limited, file.id(), "c.txt"));
    }

    @Test
    void r_9_6_renamingSanitisesLowerCasesAndRehashes() {
        AssetService assets = fixture.open().assets();
        AssetFolder docs = assets.createFolder(admin(), 0, "docs", null);
        Asset file = upload(assets, docs.id(), "a.txt");
        Asset renamed = assets.renameAsset(admin(), file.id(), "New:Name?.TXT");
        assertEquals("newname.txt", renamed.filename());
        assertEquals(AssetPath.hash("docs/newname.txt"), renamed.hash());
        assertEquals(List.of("newname.txt"),
                assets.list(admin(), docs.id(), AssetKind.ALL).stream().map(Asset::filename).toList());
    }

    @Test
    void decision26_renamingToTheCurrentNameSucceedsAndChangesNothing() {
        AssetService assets = fixture.open().assets();
        Asset file = upload(assets, 0, "a.txt");
        Asset same = assets.renameAsset(admin(), file.id(), "A.txt");
        assertEquals(file, same);
    }

    @Test
    void r_9_6_renameNeedsTheGlobalManageAssets() {
        Actor writer = fixture.member("w@example.com", List.of("read:assets", "write:assets"),
                List.of(allow(RuleMatch.START, "", ALL_ASSETS)));
        AssetService assets = fixture.open().assets();
        Asset file = upload(assets, 0, "a.txt");
        WikiException failure = assertThrows(WikiException.class, () -> assets.renameAsset(writer, file.id(), "b.txt"));
        assertEquals(AssetService.FORBIDDEN, failure.getMessage());
    }

    @Test
    void r_9_7_deletingAnUnknownAssetIs2004() {
        assertCode(WikiError.ASSET_INVALID, () -> fixture.open().assets().deleteAsset(admin(), 3));
    }

    @Test
    void r_9_7_withoutManageRuleOnItsPathIs2003() {
        Actor limited = fixture.member("l@example.com", ALL_ASSETS, List.of(
                allow(RuleMatch.START, "", ALL_ASSETS), deny(RuleMatch.END, ".txt", List.of("manage:assets"))));
        AssetService assets = fixture.open().assets();
        Asset file = upload(assets, 0, "a.txt");
        assertCode(WikiError.ASSET_DELETE_FORBIDDEN, () -> assets.deleteAsset(limited, file.id()));
    }

    @Test
    void r_9_7_deletingRemovesTheRowAndItsData() {
        AssetService assets = fixture.open().assets();
        Asset file = upload(assets, 0, "a.txt");
        String blobKey = fixture.stored(file.id()).blobKey();
        assets.deleteAsset(admin(), file.id());
        assertEquals(List.of(), assets.list(admin(), 0, AssetKind.ALL));
        assertEquals(List.of(), fixture.storage().inTransaction(s -> s.assets().chunkSizes(blobKey)));
        assertCode(WikiError.ASSET_INVALID, () -> assets.open(admin(), "a.txt"));
    }
}
