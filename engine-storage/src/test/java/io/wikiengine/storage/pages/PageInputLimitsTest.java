package io.wikiengine.storage.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wikiengine.core.error.WikiException;
import io.wikiengine.core.page.Page;
import io.wikiengine.core.page.PageCreate;
import io.wikiengine.core.page.PageUpdate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Input the store cannot hold is refused as bad input before anything is written (decision 39). */
class PageInputLimitsTest extends PageFixture {

    private static final String LONG_PATH = "docs/" + "a".repeat(10_000);
    private static final String LONG_TAG = "t".repeat(256);

    @Test
    void decision39_overLongPathOnCreateIs6005AndConsumesNoId() {
        assertCode(6005, () -> create(LONG_PATH, "# x"));
        assertEquals(1, create("docs/a", "# a").id());
    }

    @Test
    void decision39_pathOfExactlyTheColumnSizeIsAccepted() {
        String path = "docs/" + "a".repeat(2048 - 5);
        assertEquals(path, create(path, "# a").path());
        assertCode(6005, () -> create(path + "b", "# b"));
    }

    @Test
    void decision39_overLongPathOnUpdateIs6005AndWritesNoHistory() {
        Page page = create("docs/a", "# a");
        assertCode(6005, () -> pages.update(admin, PageUpdate.of(page.id()).withLocation("en", LONG_PATH)));
        assertEquals(0, pages.history(admin, page.id(), 0, 0).total());
        assertEquals("docs/a", pages.single(admin, page.id()).path());
    }

    @Test
    void decision39_overLongPathOnMoveIs6005() {
        Page page = create("docs/a", "# a");
        assertCode(6005, () -> pages.move(admin, page.id(), LONG_PATH, "en"));
        assertEquals("docs/a", pages.single(admin, page.id()).path());
    }

    @Test
    void decision39_overLongTagOnCreateIs1012AndConsumesNoId() {
        WikiException e = assertThrows(WikiException.class,
                () -> pages.create(admin, PageCreate.of("en", "docs/a", "a", "# a").withTags(List.of(LONG_TAG))));
        assertEquals(1012, e.code());
        assertEquals("Tag is too long (maximum is 255 characters)", e.getMessage());
        Page page = pages.create(admin, PageCreate.of("en", "docs/b", "b", "# b").withTags(List.of("ok")));
        assertEquals(1, page.id());
        assertEquals(1, page.tags().get(0).id());
    }

    @Test
    void decision39_tagOfExactlyTheColumnSizeIsAccepted() {
        String tag = "t".repeat(255);
        Page page = pages.create(admin, PageCreate.of("en", "docs/a", "a", "# a").withTags(List.of(tag)));
        assertEquals(tag, page.tags().get(0).tag());
    }

    @Test
    void decision39_overLongTagOnUpdateIs1012AndWritesNoHistory() {
        Page page = create("docs/a", "# a");
        assertCode(1012, () -> pages.update(admin, PageUpdate.of(page.id()).withTags(List.of(LONG_TAG))));
        assertEquals(0, pages.history(admin, page.id(), 0, 0).total());
        pages.update(admin, PageUpdate.of(page.id()).withContent("# b"));
        assertEquals(1, pages.history(admin, page.id(), 0, 0).trail().get(0).versionId());
    }

    @Test
    void r_6_7_5_overLongTagOrTitleOnUpdateTagIs1012() {
        Page page = pages.create(admin, PageCreate.of("en", "docs/a", "a", "# a").withTags(List.of("ok")));
        int tag = page.tags().get(0).id();
        assertCode(1012, () -> pages.updateTag(admin, tag, LONG_TAG, "t"));
        assertCode(1012, () -> pages.updateTag(admin, tag, "ok", LONG_TAG));
        assertEquals("ok", pages.tags(admin).get(0).tag());
    }

    @Test
    void loneSurrogateInTagIs1012() {
        assertCode(1012, () -> pages.create(admin,
                PageCreate.of("en", "docs/a", "a", "# a").withTags(List.of("x\ud800y"))));
    }

    @Test
    void loneSurrogateInTitleIs1012OnCreateAndUpdate() {
        assertCode(1012, () -> pages.create(admin, PageCreate.of("en", "docs/a", "x\udc00y", "# a")));
        Page page = create("docs/b", "# b");
        assertCode(1012, () -> pages.update(admin, PageUpdate.of(page.id()).withTitle("x\ud800")));
        assertEquals("b", pages.single(admin, page.id()).title());
    }

    @Test
    void emojiInTitleAndPathAreKept() {
        Page page = pages.create(admin, PageCreate.of("en", "docs/\ud83d\ude00", "\ud83d\ude00", "# a"));
        assertEquals("docs/\ud83d\ude00", page.path());
        assertEquals("\ud83d\ude00", page.title());
    }

    @Test
    void linkToAPathLongerThanAnyPageStillSaves() {
        Page page = create("docs/a", "[far](/" + "z".repeat(3000) + ")");
        assertEquals(1, page.id());
        assertEquals(1, pages.links(admin, "en").size());
    }
}
