package io.wikiengine.core.render.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jspecify.annotations.Nullable;

/**
 * The markdown core: CommonMark plus the Wiki.js plug-ins, rendered to HTML. Immutable and safe to share
 * between threads; each call parses its own document.
 *
 * <p>Two profiles: {@link #page()} is Wiki.js's page renderer (raw HTML on, line breaks, linkify,
 * attributes, footnotes, abbreviations, emoji, sub/superscript, image sizes, task lists, tables);
 * {@link #comment()} is its comment renderer (raw HTML shown as text, line breaks, linkify, emoji,
 * tables, strikethrough and code fences).
 */
public final class MarkdownCore {

    private static final Pattern ABBREVIATION = Pattern.compile("^ {0,3}\\*\\[([^\\]]+)\\]:[ \\t]*(.*)$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final boolean full;

    private MarkdownCore(boolean full) {
        this.full = full;
        List<Extension> extensions = List.of(TablesExtension.create(),
                StrikethroughExtension.builder().requireTwoTildes(true).build(), AutolinkExtension.create());
        Parser.Builder pb = Parser.builder();
        if (full) {
            pb.customBlockParserFactory(new FootnoteBlockParser.Factory())
                    .linkProcessor(new FootnoteLinkProcessor())
                    .linkProcessor(new ImageSizeLinkProcessor())
                    .customDelimiterProcessor(new SubSupDelimiterProcessor('~', "sub"))
                    .customDelimiterProcessor(new SubSupDelimiterProcessor('^', "sup"))
                    .postProcessor(new FootnotePostProcessor())
                    .postProcessor(new AttributePostProcessor())
                    .postProcessor(new TaskListPostProcessor());
        }
        this.parser = pb.extensions(extensions).build();
        this.renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .softbreak("<br>\n")
                .escapeHtml(!full)
                .percentEncodeUrls(true)
                .attributeProviderFactory(context -> (node, tag, attrs) -> {
                    if (node instanceof TableCell && attrs.containsKey("align")) {
                        attrs.put("style", "text-align:" + attrs.remove("align"));
                    }
                    if (full) {
                        new WikiAttributeProvider().setAttributes(node, tag, attrs);
                    }
                })
                .nodeRendererFactory(context -> new WikiNodeRenderer(context, full))
                .build();
    }

    /** The page profile (Wiki.js markdown core with its default plug-ins). */
    public static MarkdownCore page() {
        return new MarkdownCore(true);
    }

    /** The comment profile (HTML off). */
    public static MarkdownCore comment() {
        return new MarkdownCore(false);
    }

    /** Renders markdown to (unsanitised) HTML. */
    public String render(String markdown) {
        String source = expandLeadingTabs(markdown);
        Map<String, String> abbreviations = new LinkedHashMap<>();
        if (full) {
            source = extractAbbreviations(source, abbreviations);
        }
        Node document = parser.parse(source);
        new TextPostProcessor(true, abbreviations).process(document);
        return renderer.render(document);
    }

    /** Leading tabs become spaces up to the next multiple of 4, as the expand-tabs plug-in does. */
    static String expandLeadingTabs(String text) {
        if (text.indexOf('\t') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean leading = true;
        int column = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                leading = true;
                column = 0;
                out.append(c);
            } else if (leading && c == '\t') {
                int spaces = 4 - (column % 4);
                out.append(" ".repeat(spaces));
                column += spaces;
            } else {
                if (c != ' ') {
                    leading = false;
                }
                column++;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Removes {@code *[X]: text} lines outside fenced code and returns the rest. */
    private static String extractAbbreviations(String source, Map<String, String> into) {
        if (source.indexOf("*[") < 0) {
            return source;
        }
        String[] lines = source.split("\n", -1);
        StringBuilder out = new StringBuilder(source.length());
        @Nullable String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher fm = FENCE.matcher(line);
            if (fm.find()) {
                String marker = fm.group(1);
                if (fence == null) {
                    fence = marker;
                } else if (marker.charAt(0) == fence.charAt(0) && marker.length() >= fence.length()
                        && line.trim().equals(marker)) {
                    fence = null;
                }
            } else if (fence == null) {
                Matcher am = ABBREVIATION.matcher(line);
                if (am.matches() && !am.group(2).isBlank()) {
                    into.putIfAbsent(am.group(1), am.group(2).trim());
                    line = "";
                }
            }
            out.append(line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
