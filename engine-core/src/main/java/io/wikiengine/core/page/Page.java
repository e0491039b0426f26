package io.wikiengine.core.page;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A page as the API returns it (R-6.1.1 plus ): every stored column, the scripts of {@code extra},
 * the current tags and the author and creator names. Create and update return the same complete record
 * (decision 30).
 *
 * @param id               the page id
 * @param path             the normalised path, without locale
 * @param hash             SHA-1 of {@code <locale>|<path>|<privateNS>}
 * @param title            as given, may be empty
 * @param description      as given, may be empty
 * @param isPrivate        carries no access semantics
 * @param isPublished      whether the page is published
 * @param privateNS        never written by the API: null
 * @param publishStartDate ISO-8601 instant with milliseconds, or {@code ""} when unset
 * @param publishEndDate   ISO-8601 instant with milliseconds, or {@code ""} when unset
 * @param content          the source
 * @param render           the stored HTML
 * @param toc              the table of contents as a JSON string
 * @param contentType      {@code markdown}, {@code html} or {@code asciidoc}
 * @param editor           the editor key
 * @param locale           the locale code
 * @param scriptCss        the page's minified CSS, {@code ""} when none
 * @param scriptJs         the page's script, {@code ""} when none
 * @param authorId         the last editor
 * @param authorName       the last editor's name ({@code ""} if the user is gone)
 * @param authorEmail      the last editor's email ({@code ""} if the user is gone)
 * @param creatorId        who created the page
 * @param creatorName      the creator's name
 * @param creatorEmail     the creator's email
 * @param createdAt        when the page was created
 * @param updatedAt        when the page was last changed
 * @param tags             the page's tags, sorted by tag
 */
public record Page(int id, String path, String hash, String title, String description, boolean isPrivate,
                   boolean isPublished, @Nullable String privateNS, String publishStartDate, String publishEndDate,
                   String content, String render, String toc, String contentType, String editor, String locale,
                   String scriptCss, String scriptJs, int authorId, String authorName, String authorEmail,
                   int creatorId, String creatorName, String creatorEmail, Instant createdAt, Instant updatedAt,
                   List<PageTag> tags) {

    public Page {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(publishStartDate, "publishStartDate");
        Objects.requireNonNull(publishEndDate, "publishEndDate");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(render, "render");
        Objects.requireNonNull(toc, "toc");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(editor, "editor");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(scriptCss, "scriptCss");
        Objects.requireNonNull(scriptJs, "scriptJs");
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(authorEmail, "authorEmail");
        Objects.requireNonNull(creatorName, "creatorName");
        Objects.requireNonNull(creatorEmail, "creatorEmail");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        tags = List.copyOf(tags);
    }

    /** The tag strings of the page, sorted. */
    public List<String> tagNames() {
        return tags.stream().map(PageTag::tag).toList();
    }
}
