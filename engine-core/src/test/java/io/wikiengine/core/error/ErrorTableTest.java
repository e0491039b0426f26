package io.wikiengine.core.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class ErrorTableTest {

    private static List<String[]> table() throws IOException {
        var in = Objects.requireNonNull(ErrorTableTest.class.getResourceAsStream("/spec/error-codes.tsv"));
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            reader.readLine(); // header
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        }
    }

    @Test
    void r_3_1_1_enumMatchesTheTableWordForWordAndInOrder() throws IOException {
        List<String[]> rows = table();
        WikiError[] errors = WikiError.values();
        assertEquals(60, rows.size(), "the spec's table has 60 rows");
        assertEquals(rows.size(), errors.length);
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            WikiError error = errors[i];
            assertEquals(Integer.parseInt(row[0]), error.code(), "code of " + error);
            assertEquals(row[1], error.slug(), "slug of " + error);
            assertEquals(row[2], error.message(), "message of " + error);
        }
    }

    @Test
    void r_3_1_1_typosAreKept() {
        assertEquals("An unexpected error occured during login.", WikiError.AUTH_GENERIC_ERROR.message());
        assertEquals("You must verify your account before your can login.", WikiError.AUTH_ACCOUNT_NOT_VERIFIED.message());
        assertEquals("Page path cannot contains illegal characters.", WikiError.PAGE_ILLEGAL_PATH.message());
    }

    @Test
    void ofCodeFindsEachErrorAndRefusesUnknownCodes() {
        for (WikiError error : WikiError.values()) {
            assertEquals(error, WikiError.ofCode(error.code()));
        }
        assertThrows(IllegalArgumentException.class, () -> WikiError.ofCode(1));
    }

    @Test
    void r_3_1_3_replacementMessageKeepsCodeAndSlug() {
        WikiException e = WikiException.of(WikiError.INPUT_INVALID, "Password must be at least 6 characters!");
        assertEquals(1012, e.code());
        assertEquals("InputInvalid", e.slug());
        assertEquals("Password must be at least 6 characters!", e.getMessage());
    }

    @Test
    void r_3_1_2_plainErrorsHaveCodeOneAndSlugError() {
        WikiException e = WikiException.plain("This tag does not exist.");
        assertEquals(1, e.code());
        assertEquals("Error", e.slug());
        assertEquals("This tag does not exist.", e.getMessage());
        assertEquals(java.util.Optional.empty(), e.error());
    }
}
