package io.wikiengine.core.render.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.commonmark.node.Image;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;
import org.jspecify.annotations.Nullable;

/**
 * The image-size plug-in: {@code ![alt](src =100x200)}, {@code =100x} or {@code =x200}, optionally with a
 * title before the size. CommonMark rejects such a destination, so this runs only where no image was
 * recognised.
 */
final class ImageSizeLinkProcessor implements LinkProcessor {

    @Override
    public LinkResult process(LinkInfo linkInfo, Scanner scanner, InlineParserContext context) {
        if (linkInfo.destination() != null || linkInfo.marker() == null
                || !"!".equals(linkInfo.marker().getLiteral())) {
            return LinkResult.none();
        }
        scanner.setPosition(linkInfo.afterTextBracket());
        if (!scanner.next('(')) {
            return LinkResult.none();
        }
        scanner.whitespace();
        String src = readUntil(scanner, ' ', ')');
        if (src == null || src.isEmpty()) {
            return LinkResult.none();
        }
        if (src.startsWith("<") && src.endsWith(">")) {
            src = src.substring(1, src.length() - 1);
        }
        scanner.whitespace();
        @Nullable String title = null;
        char q = scanner.peek();
        if (q == '"' || q == '\'') {
            scanner.next();
            title = readUntil(scanner, q, q);
            if (title == null || !scanner.next(q)) {
                return LinkResult.none();
            }
            scanner.whitespace();
        }
        if (!scanner.next('=')) {
            return LinkResult.none();
        }
        String width = digits(scanner);
        if (!scanner.next('x') && width.isEmpty()) {
            return LinkResult.none();
        }
        String height = digits(scanner);
        scanner.whitespace();
        if (!scanner.next(')') || (width.isEmpty() && height.isEmpty())) {
            return LinkResult.none();
        }
        Image image = new Image(src, title);
        Map<String, String> size = new LinkedHashMap<>();
        if (!width.isEmpty()) {
            size.put("width", width);
        }
        if (!height.isEmpty()) {
            size.put("height", height);
        }
        image.appendChild(new AttributesNode(size));
        return LinkResult.wrapTextIn(image, scanner.position()).includeMarker();
    }

    private static String digits(Scanner scanner) {
        StringBuilder sb = new StringBuilder();
        while (Character.isDigit(scanner.peek()) || scanner.peek() == '%') {
            sb.append(scanner.peek());
            scanner.next();
        }
        return sb.toString();
    }

    private static @Nullable String readUntil(Scanner scanner, char stop1, char stop2) {
        StringBuilder sb = new StringBuilder();
        while (scanner.hasNext()) {
            char c = scanner.peek();
            if (c == stop1 || c == stop2 || c == '\n') {
                return sb.toString();
            }
            sb.append(c);
            scanner.next();
        }
        return null;
    }
}
