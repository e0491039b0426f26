package io.wikiengine.core.io.internal;

import io.wikiengine.core.io.internal.FrontMatter.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The tolerant front-matter reader: strict YAML first, a line-by-line {@code key: value} reader second, no
 * front matter last. Whatever happens, the block never ends up in the content.
 *
 * <p>Wiki.js writes every value unquoted, so a plain one-line YAML value is taken as the text of its line:
 * {@code title: #1 tips} stays {@code #1 tips} (YAML would read a comment) and {@code title: 1.10} stays
 * {@code 1.10}. YAML is what reads the forms Wiki.js does not write: quoted and folded values, lists.
 */
public final class FrontMatterReader {

    private static final Pattern KEY = Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*)[ \\t]*:(?:[ \\t]+(.*)|[ \\t]*)$");
    private static final Pattern ITEM = Pattern.compile("^[ \\t]*-[ \\t]+(.*)$");
    private static final int QUOTE_LIMIT = 60;

    private FrontMatterReader() {
    }

    /**
     * Splits a page file.
     *
     * @param text the file's text
     * @param html whether the file is an HTML page, whose block Wiki.js writes inside {@code <!--} and
     *             {@code -->} (a {@code ---} block is accepted there too)
     */
    public static FrontMatter read(String text, boolean html) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int firstEnd = lineEnd(body, 0);
        String first = body.substring(0, firstEnd).strip();
        String close;
        if (first.equals("---")) {
            close = "---";
        } else if (html && first.equals("<!--")) {
            close = "-->";
        } else {
            return new FrontMatter(false, Map.of(), body, List.of());
        }
        List<String> block = new ArrayList<>();
        int at = firstEnd + 1;
        while (at <= body.length()) {
            int end = lineEnd(body, at);
            String line = body.substring(at, end);
            String stripped = line.strip();
            if (stripped.equals(close) || close.equals("---") && stripped.equals("...")) {
                return parse(block, close, content(body, next(body, end)));
            }
            block.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            at = end + 1;
        }
        return new FrontMatter(false, Map.of(), body, List.of("the front matter opened by '" + first
                + "' is never closed: the whole file is read as content"));
    }

    private static FrontMatter parse(List<String> lines, String close, String content) {
        List<String> block = new ArrayList<>(lines);
        if (close.equals("-->") && !block.isEmpty() && block.get(0).strip().equals("---")) {
            block.remove(0);
            if (!block.isEmpty() && block.get(block.size() - 1).strip().equals("---")) {
                block.remove(block.size() - 1);
            }
        }
        List<String> notes = new ArrayList<>();
        Map<String, Field> fields = yaml(block, notes);
        if (fields == null) {
            fields = lineByLine(block, notes);
        }
        return new FrontMatter(true, fields, content, notes);
    }

    // ------------------------------------------------------------------------------------------------- YAML

    /** The fields as strict YAML reads them, or null (with a note) when the block is not a flat YAML map. */
    private static Map<String, Field> yaml(List<String> block, List<String> notes) {
        String text = String.join("\n", block);
        Optional<Node> root;
        try {
            LoadSettings settings = LoadSettings.builder()
                    .setAllowDuplicateKeys(true)
                    .setMaxAliasesForCollections(10)
                    .setCodePointLimit(1_000_000)
                    .build();
            root = new Compose(settings).composeString(text);
        } catch (YamlEngineException e) {
            notes.add("front matter is not strict YAML (" + reason(e) + "): read line by line");
            return null;
        }
        if (root.isEmpty()) {
            return new LinkedHashMap<>();
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            notes.add("front matter is not a YAML map of keys: read line by line");
            return null;
        }
        Map<String, String> raw = rawLines(block);
        Map<String, Field> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                notes.add("front matter has a key that is not text: read line by line");
                return null;
            }
            Field field = field(tuple.getValueNode(), raw.get(key.getValue()));
            if (field == null) {
                notes.add("the value of '" + key.getValue() + "' is a nested structure: read line by line");
                return null;
            }
            fields.put(key.getValue(), field);
        }
        return fields;
    }

    private static Field field(Node value, String raw) {
        if (value instanceof ScalarNode scalar) {
            boolean oneLine = scalar.getStartMark().flatMap(start -> scalar.getEndMark()
                    .map(end -> start.getLine() == end.getLine())).orElse(false);
            if (scalar.getScalarStyle() == ScalarStyle.PLAIN && raw != null && (oneLine || scalar.getValue().isEmpty())) {
                return Field.scalar(raw);
            }
            return Field.scalar(scalar.getValue());
        }
        if (value instanceof SequenceNode sequence) {
            List<String> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (!(item instanceof ScalarNode scalar)) {
                    return null;
                }
                items.add(scalar.getValue().strip());
            }
            return Field.list(items);
        }
        return null;
    }

    /** The text after {@code key:} of each top-level line, as Wiki.js writes it. */
    private static Map<String, String> rawLines(List<String> block) {
        Map<String, String> raw = new HashMap<>();
        for (String line : block) {
            Matcher m = KEY.matcher(line);
            if (m.matches()) {
                raw.putIfAbsent(m.group(1), m.group(2) == null ? "" : m.group(2).strip());
            }
        }
        return raw;
    }

    private static String reason(YamlEngineException e) {
        if (e instanceof MarkedYamlEngineException marked) {
            String where = marked.getProblemMark().map(Mark::getLine).map(l -> "line " + (l + 1) + ": ").orElse("");
            return where + marked.getProblem();
        }
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    // ------------------------------------------------------------------------------------------ line by line

    private static Map<String, Field> lineByLine(List<String> block, List<String> notes) {
        Map<String, Field> fields = new LinkedHashMap<>();
        int i = 0;
        while (i < block.size()) {
            String line = block.get(i);
            String stripped = line.strip();
            i++;
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            Matcher m = KEY.matcher(line);
            if (!m.matches()) {
                notes.add("front matter line " + i + " is not 'key: value' and is ignored: " + quote(stripped));
                continue;
            }
            String key = m.group(1);
            String value = m.group(2) == null ? "" : m.group(2).strip();
            if (value.matches("[>|][+-]?")) {
                StringBuilder text = new StringBuilder();
                boolean folded = value.charAt(0) == '>';
                while (i < block.size() && (block.get(i).isBlank() || Character.isWhitespace(block.get(i).charAt(0)))) {
                    String part = block.get(i).strip();
                    i++;
                    if (!text.isEmpty()) {
                        text.append(folded ? " " : "\n");
                    }
                    text.append(part);
                }
                fields.put(key, Field.scalar(text.toString().strip()));
            } else if (value.isEmpty()) {
                List<String> items = new ArrayList<>();
                while (i < block.size() && ITEM.matcher(block.get(i)).matches()) {
                    Matcher item = ITEM.matcher(block.get(i));
                    item.matches();
                    items.add(unquote(item.group(1).strip()));
                    i++;
                }
                fields.put(key, items.isEmpty() ? Field.scalar("") : Field.list(items));
            } else if (value.startsWith("[") && value.endsWith("]")) {
                List<String> items = new ArrayList<>();
                for (String item : value.substring(1, value.length() - 1).split(",")) {
                    if (!item.isBlank()) {
                        items.add(unquote(item.strip()));
                    }
                }
                fields.put(key, Field.list(items));
            } else {
                fields.put(key, Field.scalar(unquote(value)));
            }
        }
        return fields;
    }

    /** Removes YAML quotes a tool may have put around a value that is otherwise read line by line. */
    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1).replace("''", "'");
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            StringBuilder out = new StringBuilder();
            String inner = value.substring(1, value.length() - 1);
            for (int i = 0; i < inner.length(); i++) {
                char c = inner.charAt(i);
                if (c != '\\' || i + 1 == inner.length()) {
                    out.append(c);
                    continue;
                }
                char escaped = inner.charAt(++i);
                out.append(switch (escaped) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> escaped;
                });
            }
            return out.toString();
        }
        return value;
    }

    static String quote(String text) {
        String shown = text.length() > QUOTE_LIMIT ? text.substring(0, QUOTE_LIMIT) + "…" : text;
        return "'" + shown + "'";
    }

    // ------------------------------------------------------------------------------------------------ lines

    private static int lineEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }

    private static int next(String text, int lineEnd) {
        return Math.min(text.length(), lineEnd + 1);
    }

    /** The content after the closing line, without the one blank line Wiki.js writes after the block. */
    private static String content(String text, int from) {
        if (text.startsWith("\r\n", from)) {
            return text.substring(from + 2);
        }
        if (text.startsWith("\n", from)) {
            return text.substring(from + 1);
        }
        return text.substring(from);
    }
}
