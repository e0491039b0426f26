package io.wikiengine.core.page.internal;

import io.wikiengine.core.page.PagePath;
import io.wikiengine.core.render.PageLinkTarget;
import io.wikiengine.core.render.PageRenderer;
import io.wikiengine.core.render.RenderRequest;
import io.wikiengine.core.render.RenderResult;
import io.wikiengine.core.spi.PageKey;
import io.wikiengine.core.spi.StorageSession;
import io.wikiengine.core.spi.StoredPage;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Renders pages on save inside the write's transaction, so link states see the write itself, and
 * keeps the pages that link to a changed place in step (R-6.10.6, decision 10) by re-rendering them.
 */
public final class Rendering {

    private final PageRenderer renderer;

    public Rendering(PageRenderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /**
     * Renders content that lives (or is about to live) at {@code self}; a link to {@code self} counts as
     * valid even before the page is stored.
     */
    public RenderResult render(StorageSession session, String content, String contentType, PageKey self) {
        return render(session, content, contentType, self, List.of());
    }

    /**
     * Renders content at {@code self} as {@link #render(StorageSession, String, String, PageKey)} does, with
     * links to {@code existing} counted as valid too: the places a batch of one transaction fills, so that a
     * page linking to a later page of its batch needs no second render.
     */
    public RenderResult render(StorageSession session, String content, String contentType, PageKey self,
                               Collection<PageKey> existing) {
        Map<PageKey, Boolean> known = new HashMap<>();
        existing.forEach(key -> known.put(key, true));
        known.put(self, true);
        return renderer.render(RenderRequest.of(content, contentType, self.locale(), self.path(),
                (locale, path) -> known.computeIfAbsent(new PageKey(locale, path),
                        key -> !session.pages().existing(List.of(key)).isEmpty())));
    }

    /** Renders a stored page where it is and stores the render, TOC and links. */
    public void rerender(StorageSession session, StoredPage page) {
        RenderResult result = render(session, page.content(), page.contentType(), page.key());
        session.pages().updateRender(page.id(), result.html(), result.toc());
        session.pageLinks().setLinks(page.id(), targets(result));
    }

    /** Re-renders every page (other than {@code exceptId}) that links to one of these places. */
    public void rerenderLinking(StorageSession session, Collection<PageKey> places, int exceptId) {
        List<Integer> sources = session.pageLinks().sourcesLinkingTo(places);
        Set<Integer> ids = new LinkedHashSet<>(sources);
        ids.remove(exceptId);
        if (ids.isEmpty()) {
            return;
        }
        for (StoredPage page : session.pages().byIds(ids).values()) {
            rerender(session, page);
        }
    }

    /**
     * The link targets of a render as storage keys. A target whose path is longer than any page path can be,
     * names no page that could ever exist and is left out, so that content linking there still saves.
     */
    public static List<PageKey> targets(RenderResult result) {
        return result.links().stream()
                .filter(link -> link.path().length() <= PagePath.MAX_LENGTH)
                .map(Rendering::key)
                .toList();
    }

    private static PageKey key(PageLinkTarget target) {
        return new PageKey(target.locale(), target.path());
    }
}
