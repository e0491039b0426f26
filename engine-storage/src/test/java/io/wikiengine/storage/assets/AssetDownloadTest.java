package io.wikiengine.storage.assets;

import static io.wikiengine.storage.assets.AssetFixture.PNG;
import static io.wikiengine.storage.assets.AssetFixture.admin;
import static io.wikiengine.storage.assets.AssetFixture.allow;
import static io.wikiengine.storage.assets.AssetFixture.bytes;
import static io.wikiengine.storage.assets.AssetFixture.deny;
import static io.wikiengine.storage.assets.AssetFixture.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.RuleMatch;
import io.wikiengine.core.asset.Asset;
import io.wikiengine.core.asset.AssetDownload;
import io.wikiengine.core.asset.AssetFolder;
import io.wikiengine.core.asset.AssetService;
import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.error.WikiException;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AssetDownloadTest {

    private final AssetFixture fixture = new AssetFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void r_9_10_openServesTheDataWithItsType() throws IOException {
        AssetService assets = fixture.open().assets();
        AssetFolder img = assets.createFolder(admin(), 0, "img", null);
        Asset asset = assets.upload(admin(), img.id(), "a.png", bytes(PNG), null);
        try (AssetDownload download = assets.open(admin(), "/img/a.png")) {
            assertEquals(asset, download.asset());
            assertEquals("image/png", download.contentType());
            assertArrayEquals(PNG, download.content().readAllBytes());
        }
    }

    @Test
    void r_9_10_openNeedsTheReadRuleOnThePath() {
        Actor reader = fixture.member("r@example.com", List.of("read:assets"), List.of(
                allow(RuleMatch.START, "", List.of("read:assets")),
                deny(RuleMatch.START, "secret", List.of("read:assets"))));
        AssetService assets = fixture.open().assets();
        AssetFolder secret = assets.createFolder(admin(), 0, "secret", null);
        assets.upload(admin(), secret.id(), "a.txt", text("x"), null);
        WikiException failure = assertThrows(WikiException.class, () -> assets.open(reader, "secret/a.txt"));
        assertEquals(AssetService.FORBIDDEN, failure.getMessage());
    }

    @Test
    void r_9_10_anUnknownPathIs2004() {
        WikiException failure = assertThrows(WikiException.class,
                () -> fixture.open().assets().open(admin(), "nothing/here.png"));
        assertEquals(WikiError.ASSET_INVALID.code(), failure.code());
    }

    @Test
    void r_9_10_aLocalePrefixIsStrippedAndPassedToTheCheck() throws IOException {
        Actor french = fixture.member("f@example.com", List.of("read:assets"), List.of(
                allow(RuleMatch.START, "", List.of("read:assets")).withLocales(List.of("fr"))));
        AssetService assets = fixture.open().assets();
        AssetFolder img = assets.createFolder(admin(), 0, "img", null);
        assets.upload(admin(), img.id(), "a.png", bytes(PNG), null);
        try (AssetDownload download = assets.open(french, "/fr/img/a.png")) {
            assertArrayEquals(PNG, download.content().readAllBytes());
        }
        assertThrows(WikiException.class, () -> assets.open(french, "img/a.png"));
    }

    @Test
    void r_9_10_assetsInLocaleLikeOrOneCharacterFoldersAreServedAtTheirOwnPath() throws IOException {
        AssetService assets = fixture.open().assets();
        AssetFolder en = assets.createFolder(admin(), 0, "en", null);
        AssetFolder x = assets.createFolder(admin(), 0, "x", null);
        assets.upload(admin(), en.id(), "a.txt", text("english"), null);
        assets.upload(admin(), x.id(), "b.txt", text("x folder"), null);
        try (AssetDownload inEn = assets.open(admin(), "en/a.txt"); AssetDownload inX = assets.open(admin(), "x/b.txt")) {
            assertEquals("english", new String(inEn.content().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            assertEquals("x folder", new String(inX.content().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void r_9_10_theGuestReadsAssetsThroughTheDefaultGuestRule() throws IOException {
        AssetService assets = fixture.open().assets();
        assets.upload(admin(), 0, "a.png", bytes(PNG), null);
        Actor guest = Actor.guest(java.util.Set.of("read:pages", "read:assets", "read:comments", "write:comments"),
                List.of(2));
        try (AssetDownload download = assets.open(guest, "a.png")) {
            assertArrayEquals(PNG, download.content().readAllBytes());
        }
    }
}
