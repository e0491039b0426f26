package io.wikiengine.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.WikiConfig;
import org.junit.jupiter.api.Test;

class DefaultStorageTest {

    @Test
    void aWikiBuiltWithoutStorageGetsItsOwnH2InMemory() {
        WikiConfig config = WikiConfig.DEFAULTS.withPasswordCost(4);
        try (Wiki a = Wiki.builder().config(config).admin("a@example.com", "secret-123").build();
             Wiki b = Wiki.builder().config(config).admin("b@example.com", "secret-123").build()) {
            assertEquals("H2 in memory", a.storage().description());
            a.storage().run(s -> s.settings().put("only", "a"));
            assertEquals(java.util.Optional.empty(), b.storage().inTransaction(s -> s.settings().get("only")));
            assertEquals("a@example.com", a.storage().inTransaction(s -> s.users().byId(1)).orElseThrow().email());
        }
    }
}
