package io.wikiengine.core.render.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.DefinitionMap;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/** Parses footnote definitions: a {@code [^label]:} line, continued by indented or lazy lines. */
final class FootnoteBlockParser extends AbstractBlockParser {

    private static final Pattern START = Pattern.compile("^\\[\\^([^\\]\\s]+)\\]:[ \\t]?");

    private final FootnoteDefinition block;

    private FootnoteBlockParser(String label) {
        this.block = new FootnoteDefinition(label);
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(Block childBlock) {
        return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (state.isBlank()) {
            return BlockContinue.atIndex(state.getNextNonSpaceIndex());
        }
        if (state.getIndent() >= 4) {
            return BlockContinue.atColumn(state.getColumn() + 4);
        }
        return BlockContinue.none();
    }

    @Override
    public List<DefinitionMap<?>> getDefinitions() {
        DefinitionMap<FootnoteDefinition> map = new DefinitionMap<>(FootnoteDefinition.class);
        map.putIfAbsent(block.label(), block);
        return List.of(map);
    }

    /** Starts a definition at a line's first non-space character, never inside a paragraph. */
    static final class Factory extends AbstractBlockParserFactory {

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int index = state.getNextNonSpaceIndex();
            Matcher m = START.matcher(line.subSequence(index, line.length()));
            if (!m.find()) {
                return BlockStart.none();
            }
            return BlockStart.of(new FootnoteBlockParser(m.group(1))).atIndex(index + m.end());
        }
    }
}
