package io.wikiengine.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One input per feature in {@code src/test/resources/render}: {@code name.md} (markdown) or
 * {@code name.htm} (html), rendered on page {@code en/golden/sample} where only {@code en/golden/target}
 * exists, must give {@code name.html} byte for byte.
 */
class RenderFixtureTest {

    private static final PageRenderer RENDERER = new PageRenderer();

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        Path dir = Path.of(RenderFixtureTest.class.getResource("/render").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md") || n.endsWith(".htm"))
                    .sorted()
                    .toList();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void r_6_10_rendersFixtureExactly(String name) throws IOException, URISyntaxException {
        Path input = Path.of(RenderFixtureTest.class.getResource("/render/" + name).toURI());
        String base = name.substring(0, name.lastIndexOf('.'));
        Path expected = input.resolveSibling(base + ".html");
        String type = name.endsWith(".md") ? "markdown" : "html";
        RenderResult result = RENDERER.render(RenderRequest.of(Files.readString(input, StandardCharsets.UTF_8),
                type, "en", "golden/sample", (locale, path) -> locale.equals("en") && path.equals("golden/target")));
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), result.html());
    }
}
