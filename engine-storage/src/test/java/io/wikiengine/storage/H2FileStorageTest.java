package io.wikiengine.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.WikiConfig;
import io.wikiengine.core.spi.Storage;
import io.wikiengine.core.spi.StorageException;
import io.wikiengine.core.spi.testkit.StorageContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2FileStorageTest extends StorageContract {

    @TempDir
    Path dir;

    @Override
    protected Storage newStorage() {
        try {
            return JdbiStorage.h2File(Files.createTempDirectory(dir, "store"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void dataSurvivesCloseAndReopen() {
        Path home = dir.resolve("reopen");
        try (Storage first = JdbiStorage.h2File(home)) {
            Wiki.builder().storage(first).config(WikiConfig.DEFAULTS.withPasswordCost(4))
                    .admin("admin@example.com", "secret-123").build();
            first.run(s -> s.settings().put("kept", "yes"));
        }
        try (Storage second = JdbiStorage.h2File(home)) {
            assertEquals(Optional.of("yes"), second.inTransaction(s -> s.settings().get("kept")));
            assertEquals(2, (int) second.inTransaction(s -> s.users().count()));
            // Reopening runs no migration twice and bootstraps nothing again.
            Wiki.builder().storage(second).config(WikiConfig.DEFAULTS.withPasswordCost(4)).build();
            assertEquals(2, (int) second.inTransaction(s -> s.groups().count()));
        }
    }

    private static java.util.Properties credentials() {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", "sa");
        properties.setProperty("password", "");
        return properties;
    }

    @Test
    void aMigrationChangedAfterItWasAppliedStopsTheStoreFromOpening() {
        Path home = dir.resolve("tampered");
        JdbiStorage.h2File(home).close();
        try (var connection = org.h2.Driver.load().connect("jdbc:h2:file:" + home.toAbsolutePath().resolve("wiki"),
                credentials()); var statement = connection.createStatement()) {
            statement.execute("UPDATE wiki_schema_version SET checksum = 'x' WHERE version = 1");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        StorageException e = assertThrows(StorageException.class, () -> JdbiStorage.h2File(home));
        assertEquals(true, e.getMessage().contains("V1__core.sql"));
    }
}
