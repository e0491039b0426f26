package io.wikiengine.storage.internal;

import io.wikiengine.core.spi.StorageException;
import io.wikiengine.storage.Dialect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A small versioned-migration runner. The migrations are listed in order in {@code migrations/index.txt};
 * each applied one is recorded with the SHA-256 of its text, and a recorded migration whose text has
 * changed stops the store from opening rather than running on an unknown schema.
 *
 * <p>Our own rather than Flyway: a dozen lines of logic do the job, and a library that lives inside other
 * people's applications should not bring a large dependency (and its own logging) for it.
 */
public final class Migrations {

    private static final String BASE = "/io/wikiengine/storage/migrations/";

    /** One migration file. */
    public record Migration(int version, String name, String sql, String checksum) {
    }

    private Migrations() {
    }

    /** The migrations listed in the index, in order. */
    public static List<Migration> list() {
        List<Migration> result = new ArrayList<>();
        for (String line : read("index.txt").split("\n")) {
            String file = line.strip();
            if (file.isEmpty() || file.startsWith("#")) {
                continue;
            }
            int version = Integer.parseInt(file.substring(1, file.indexOf("__")));
            String sql = read(file);
            result.add(new Migration(version, file, sql, sha256(sql)));
        }
        return result;
    }

    /**
     * Applies every migration not applied yet, each in its own transaction. Where the dialect has one, a
     * lock held meanwhile makes instances that open one empty database at the same moment migrate it one
     * after the other instead of racing to create the same tables.
     */
    public static void migrate(Jdbi jdbi, Dialect dialect) {
        jdbi.useHandle(handle -> {
            dialect.migrationLock().ifPresent(lock -> handle.createQuery(lock).map((rs, ctx) -> 1).list());
            try {
                migrate(handle, dialect);
            } finally {
                dialect.migrationUnlock().ifPresent(unlock -> handle.createQuery(unlock).map((rs, ctx) -> 1).list());
            }
        });
    }

    private static void migrate(Handle handle, Dialect dialect) {
        handle.execute("CREATE TABLE IF NOT EXISTS wiki_schema_version ("
                + "version INTEGER PRIMARY KEY, name VARCHAR(255) NOT NULL, checksum VARCHAR(64) NOT NULL, "
                + "applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        Map<Integer, String> applied = handle
                .createQuery("SELECT version, checksum FROM wiki_schema_version")
                .map((rs, ctx) -> Map.entry(rs.getInt(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        for (Migration migration : list()) {
            String checksum = applied.get(migration.version());
            if (checksum != null) {
                if (!checksum.equals(migration.checksum())) {
                    throw new StorageException("Migration " + migration.name()
                            + " was changed after it was applied to this database; refusing to open it");
                }
                continue;
            }
            handle.useTransaction(h -> apply(h, dialect, migration));
        }
    }

    private static void apply(Handle handle, Dialect dialect, Migration migration) {
        for (String statement : statements(dialect.expand(migration.sql()))) {
            handle.execute(statement);
        }
        handle.createUpdate("INSERT INTO wiki_schema_version (version, name, checksum, applied_at) "
                        + "VALUES (:version, :name, :checksum, :at)")
                .bind("version", migration.version())
                .bind("name", migration.name())
                .bind("checksum", migration.checksum())
                .bind("at", OffsetDateTime.now(ZoneOffset.UTC))
                .execute();
    }

    /** Splits a migration into statements at semicolons that end a line; drops comment lines. */
    static List<String> statements(String sql) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                result.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }

    private static String read(String file) {
        try (InputStream in = Migrations.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new StorageException("Missing migration resource " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new StorageException("Cannot read migration " + file, e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
