package io.wikiengine.core.page;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@code pages.update} takes. A null field was omitted and leaves the stored value unchanged
 * (decision 8); an explicitly blank {@code content} is still refused with 6004.
 *
 * <p>A different {@code locale} or {@code path} moves the page (R-6.4 step 9). {@code editor} and
 * {@code isPrivate} are accepted but ignored, as in Wiki.js (an unknown editor key is still 1012).
 *
 * <p>{@code expectedUpdatedAt} goes beyond Wiki.js: when given, the update is refused with
 * {@link PageService#CONFLICT_MESSAGE} if the page changed since (optimistic concurrency).
 *
 * <pre>{@code
 * PageUpdate change = PageUpdate.of(page.id()).withContent("# New").withExpectedUpdatedAt(page.updatedAt());
 * }</pre>
 *
 * @param id                the page id
 * @param content           the new source
 * @param title             the new title
 * @param description       the new description
 * @param editor            ignored but checked
 * @param isPrivate         ignored
 * @param isPublished       the new flag
 * @param publishStartDate  ISO-8601 date-time, or {@code ""} to clear
 * @param publishEndDate    ISO-8601 date-time, or {@code ""} to clear
 * @param scriptCss         kept only with {@code write:styles}
 * @param scriptJs          kept only with {@code write:scripts}
 * @param tags              the page's tags from now on
 * @param locale            a new locale (moves the page)
 * @param path              a new raw path (moves the page)
 * @param expectedUpdatedAt the {@code updatedAt} the caller read
 */
public record PageUpdate(int id, @Nullable String content, @Nullable String title, @Nullable String description,
                         @Nullable String editor, @Nullable Boolean isPrivate, @Nullable Boolean isPublished,
                         @Nullable String publishStartDate, @Nullable String publishEndDate,
                         @Nullable String scriptCss, @Nullable String scriptJs, @Nullable List<String> tags,
                         @Nullable String locale, @Nullable String path, @Nullable Instant expectedUpdatedAt) {

    public PageUpdate {
        tags = tags == null ? null : List.copyOf(tags);
    }

    /** An update of this page that changes nothing yet. */
    public static PageUpdate of(int id) {
        return new PageUpdate(id, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** A copy with this content. */
    public PageUpdate withContent(String value) {
        return new PageUpdate(id, value, title, description, editor, isPrivate, isPublished, publishStartDate,
                publishEndDate, scriptCss, scriptJs, tags, locale, path, expectedUpdatedAt);
    }

    /** A copy with this title. */
    public PageUpdate withTitle(String value) {
        return new PageUpdate(id, content, value, description, editor, isPrivate, isPublished, publishStartDate,
                publishEndDate, scriptCss, scriptJs, tags, locale, path, expectedUpdatedAt);
    }

    /** A copy with this description. */
    public PageUpdate withDescription(String value) {
        return new PageUpdate(id, content, title, value, editor, isPrivate, isPublished, publishStartDate,
                publishEndDate, scriptCss, scriptJs, tags, locale, path, expectedUpdatedAt);
    }

    /** A copy with this editor key (checked, then ignored: use convert). */
    public PageUpdate withEditor(String value) {
        return new PageUpdate(id, content, title, description, value, isPrivate, isPublished, publishStartDate,
                publishEndDate, scriptCss, scriptJs, tags, locale, path, expectedUpdatedAt);
    }

    /** A copy with this published flag. */
    public PageUpdate withPublished(boolean value) {
        return new PageUpdate(id, content, title, description, editor, isPrivate, value, publishStartDate,
                publishEndDate, scriptCss, scriptJs, tags, locale, path, expectedUpdatedAt);
    }

    /** A copy with these publish dates ({@code ""} clears one). */
    public PageUpdate withPublishDates(String start, String end) {
        return new PageUpdate(id, content, title, description, editor, isPrivate, isPublished, start, end, scriptCss,
                scriptJs, tags, locale, path, expectedUpdatedAt);
    }

    /** A copy with these scripts. */
    public PageUpdate withScripts(String css, String js) {
        return new PageUpdate(id, content, title, description, editor, isPrivate, isPublished, publishStartDate,
                publishEndDate, css, js, tags, locale, path, expectedUpdatedAt);
    }

    /** A copy with these tags. */
    public PageUpdate withTags(List<String> value) {
        return new PageUpdate(id, content, title, description, editor, isPrivate, isPublished, publishStartDate,
                publishEndDate, scriptCss, scriptJs, value, locale, path, expectedUpdatedAt);
    }

    /** A copy that moves the page to this locale and raw path. */
    public PageUpdate withLocation(String newLocale, String newPath) {
        return new PageUpdate(id, content, title, description, editor, isPrivate, isPublished, publishStartDate,
                publishEndDate, scriptCss, scriptJs, tags, newLocale, newPath, expectedUpdatedAt);
    }

    /** A copy that refuses to apply if the page's {@code updatedAt} is no longer this. */
    public PageUpdate withExpectedUpdatedAt(Instant value) {
        return new PageUpdate(id, content, title, description, editor, isPrivate, isPublished, publishStartDate,
                publishEndDate, scriptCss, scriptJs, tags, locale, path, value);
    }
}
