package io.wikiengine.core.page;

import java.util.List;
import java.util.Objects;

/**
 * What {@code pages.create} takes. The path and locale are raw: the service normalises them with
 * {@link PagePath}. Publish dates are ISO-8601 date-times or {@code ""} for unset (decision 24).
 *
 * <pre>{@code
 * PageCreate input = PageCreate.of("en", "docs/intro", "Intro", "# Hello").withTags(List.of("guide"));
 * }</pre>
 *
 * @param locale           the locale code
 * @param path             the raw path
 * @param title            the title, may be empty
 * @param description      the description, may be empty
 * @param content          the source; blank is refused with 6004
 * @param editor           the editor key (see {@link PageEditor})
 * @param isPublished      whether published
 * @param isPrivate        whether private (changes only the hash, R-6.1.4)
 * @param publishStartDate ISO-8601 date-time or {@code ""}
 * @param publishEndDate   ISO-8601 date-time or {@code ""}
 * @param scriptCss        CSS kept only with {@code write:styles}
 * @param scriptJs         script kept only with {@code write:scripts}
 * @param tags             tags, trimmed and lower-cased on save
 */
public record PageCreate(String locale, String path, String title, String description, String content, String editor,
                         boolean isPublished, boolean isPrivate, String publishStartDate, String publishEndDate,
                         String scriptCss, String scriptJs, List<String> tags) {

    public PageCreate {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(editor, "editor");
        Objects.requireNonNull(publishStartDate, "publishStartDate");
        Objects.requireNonNull(publishEndDate, "publishEndDate");
        Objects.requireNonNull(scriptCss, "scriptCss");
        Objects.requireNonNull(scriptJs, "scriptJs");
        tags = List.copyOf(tags);
    }

    /** A published, public markdown page with no description, dates, scripts or tags. */
    public static PageCreate of(String locale, String path, String title, String content) {
        return new PageCreate(locale, path, title, "", content, PageEditor.MARKDOWN.key(), true, false, "", "", "", "",
                List.of());
    }

    /** A copy with these tags. */
    public PageCreate withTags(List<String> newTags) {
        return new PageCreate(locale, path, title, description, content, editor, isPublished, isPrivate,
                publishStartDate, publishEndDate, scriptCss, scriptJs, newTags);
    }

    /** A copy with this description. */
    public PageCreate withDescription(String newDescription) {
        return new PageCreate(locale, path, title, newDescription, content, editor, isPublished, isPrivate,
                publishStartDate, publishEndDate, scriptCss, scriptJs, tags);
    }

    /** A copy with this editor key. */
    public PageCreate withEditor(String newEditor) {
        return new PageCreate(locale, path, title, description, content, newEditor, isPublished, isPrivate,
                publishStartDate, publishEndDate, scriptCss, scriptJs, tags);
    }

    /** A copy with these flags. */
    public PageCreate withFlags(boolean published, boolean priv) {
        return new PageCreate(locale, path, title, description, content, editor, published, priv, publishStartDate,
                publishEndDate, scriptCss, scriptJs, tags);
    }

    /** A copy with these publish dates. */
    public PageCreate withPublishDates(String start, String end) {
        return new PageCreate(locale, path, title, description, content, editor, isPublished, isPrivate, start, end,
                scriptCss, scriptJs, tags);
    }

    /** A copy with these scripts. */
    public PageCreate withScripts(String css, String js) {
        return new PageCreate(locale, path, title, description, content, editor, isPublished, isPrivate,
                publishStartDate, publishEndDate, css, js, tags);
    }
}
