package io.wikiengine.core.render.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Rewrites plain text after parsing: emoji shortcodes, and abbreviations defined with
 * {@code *[HTML]: Hyper Text Markup Language}. Code spans and blocks are left alone.
 */
final class TextPostProcessor implements PostProcessor {

    private final boolean emoji;
    private final Map<String, String> abbreviations;
    private final Pattern abbreviationPattern;

    TextPostProcessor(boolean emoji, Map<String, String> abbreviations) {
        this.emoji = emoji;
        this.abbreviations = Map.copyOf(abbreviations);
        this.abbreviationPattern = abbreviationPattern(abbreviations);
    }

    private static Pattern abbreviationPattern(Map<String, String> abbreviations) {
        if (abbreviations.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        List<String> names = new ArrayList<>(abbreviations.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternatives = new StringBuilder();
        for (String name : names) {
            if (alternatives.length() > 0) {
                alternatives.append('|');
            }
            alternatives.append(Pattern.quote(name));
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}_])(" + alternatives + ")(?![\\p{L}\\p{N}_])");
    }

    @Override
    public Node process(Node document) {
        List<Text> texts = new ArrayList<>();
        collect(document, texts);
        for (Text text : texts) {
            if (emoji) {
                text.setLiteral(Emoji.replace(text.getLiteral()));
            }
            if (!abbreviations.isEmpty()) {
                splitAbbreviations(text);
            }
        }
        return document;
    }

    private static void collect(Node node, List<Text> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text) {
                out.add((Text) child);
            } else if (!(child instanceof Code)) {
                collect(child, out);
            }
        }
    }

    private void splitAbbreviations(Text text) {
        String literal = text.getLiteral();
        Matcher m = abbreviationPattern.matcher(literal);
        Node cursor = text;
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                Text before = new Text(literal.substring(last, m.start()));
                cursor.insertAfter(before);
                cursor = before;
            }
            AbbreviationNode abbr = new AbbreviationNode(abbreviations.get(m.group(1)));
            abbr.appendChild(new Text(m.group(1)));
            cursor.insertAfter(abbr);
            cursor = abbr;
            last = m.end();
        }
        if (last == 0) {
            return;
        }
        if (last < literal.length()) {
            cursor.insertAfter(new Text(literal.substring(last)));
        }
        text.unlink();
    }
}
