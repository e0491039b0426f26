package io.wikiengine.storage;

import java.util.Map;
import java.util.Optional;

/**
 * The differences between the SQL databases Wiki Engine runs on, kept in one place. Migrations name a
 * type as {@code ${text}} or {@code ${blob}} and each dialect says what it is.
 */
public enum Dialect {
    /** H2 2.x, embedded. */
    H2(Map.of("text", "CHARACTER VARYING", "blob", "VARBINARY"),
            "MERGE INTO wiki_settings (setting_key, setting_value) KEY (setting_key) VALUES (:key, :value)",
            "MERGE INTO wiki_revocations (subject, revoked_at) KEY (subject) VALUES (:subject, :at)",
            "INSERT INTO wiki_settings (setting_key, setting_value) SELECT :key, :value "
                    + "WHERE NOT EXISTS (SELECT 1 FROM wiki_settings WHERE setting_key = :key)"),
    /** PostgreSQL 15 and newer. */
    POSTGRESQL(Map.of("text", "TEXT", "blob", "BYTEA"),
            "INSERT INTO wiki_settings (setting_key, setting_value) VALUES (:key, :value) "
                    + "ON CONFLICT (setting_key) DO UPDATE SET setting_value = EXCLUDED.setting_value",
            "INSERT INTO wiki_revocations (subject, revoked_at) VALUES (:subject, :at) "
                    + "ON CONFLICT (subject) DO UPDATE SET revoked_at = EXCLUDED.revoked_at",
            "INSERT INTO wiki_settings (setting_key, setting_value) VALUES (:key, :value) "
                    + "ON CONFLICT (setting_key) DO NOTHING");

    private final Map<String, String> types;
    private final String upsertSetting;
    private final String upsertRevocation;
    private final String insertSettingIfAbsent;

    Dialect(Map<String, String> types, String upsertSetting, String upsertRevocation, String insertSettingIfAbsent) {
        this.types = types;
        this.upsertSetting = upsertSetting;
        this.upsertRevocation = upsertRevocation;
        this.insertSettingIfAbsent = insertSettingIfAbsent;
    }

    /** The statement that stores a setting only when the key has none yet (one row changed, or none). */
    public String insertSettingIfAbsent() {
        return insertSettingIfAbsent;
    }

    /** The statement that records a revocation atomically, replacing an earlier one of the subject. */
    public String upsertRevocation() {
        return upsertRevocation;
    }

    /** The statement that stores a setting atomically, whether or not the key exists yet. */
    public String upsertSetting() {
        return upsertSetting;
    }

    /**
     * The statement that waits for the lock held while migrating, when the database has one: on PostgreSQL
     * a session advisory lock per schema, since several instances may open one database at once. H2 in a
     * file is opened by one process only.
     */
    public Optional<String> migrationLock() {
        return this == POSTGRESQL
                ? Optional.of("SELECT pg_advisory_lock(hashtext('wiki-migrations:' || current_schema()))")
                : Optional.empty();
    }

    /** The statement that releases {@link #migrationLock()}. */
    public Optional<String> migrationUnlock() {
        return this == POSTGRESQL
                ? Optional.of("SELECT pg_advisory_unlock(hashtext('wiki-migrations:' || current_schema()))")
                : Optional.empty();
    }

    /** The migration text with every {@code ${name}} replaced by this dialect's type. */
    public String expand(String sql) {
        String result = sql;
        for (Map.Entry<String, String> type : types.entrySet()) {
            result = result.replace("${" + type.getKey() + "}", type.getValue());
        }
        return result;
    }
}
