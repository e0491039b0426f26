package io.wikiengine.storage.internal;

import io.wikiengine.core.spi.DuplicateKeyException;
import io.wikiengine.core.spi.ReferenceException;
import io.wikiengine.core.spi.StorageException;
import io.wikiengine.core.spi.UniqueKey;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.JdbiException;

/**
 * Turns driver failures into the SPI's storage-neutral exceptions, by SQLSTATE (the same on H2 and
 * PostgreSQL) and, for unique violations, by the constraint name.
 */
public final class SqlErrors {

    // Constraint names as the migrations declare them, mapped to the rule the core knows.
    private static final Map<String, UniqueKey> CONSTRAINTS = Map.of(
            "uq_users_email", UniqueKey.USER_EMAIL,
            "uq_pages_path", UniqueKey.PAGE_PATH,
            "uq_tags_tag", UniqueKey.TAG,
            "uq_asset_folders_slug", UniqueKey.ASSET_FOLDER_SLUG,
            "uq_assets_filename", UniqueKey.ASSET_FILENAME);

    private SqlErrors() {
    }

    /** The SPI exception for a Jdbi failure. */
    public static StorageException translate(JdbiException failure) {
        SQLException sql = sqlCause(failure);
        if (sql == null) {
            return new StorageException("Storage failure: " + failure.getMessage(), failure);
        }
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.equals("23505")) {
            return new DuplicateKeyException(uniqueKey(sql), failure);
        }
        if (state.equals("23503") || state.equals("23506")) {
            return new ReferenceException("Referential integrity: " + sql.getMessage(), failure);
        }
        return new StorageException("Storage failure (SQLSTATE " + state + "): " + sql.getMessage(), failure);
    }

    private static UniqueKey uniqueKey(SQLException sql) {
        String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
        for (Map.Entry<String, UniqueKey> constraint : CONSTRAINTS.entrySet()) {
            if (message.contains(constraint.getKey())) {
                return constraint.getValue();
            }
        }
        return UniqueKey.OTHER;
    }

    private static @org.jspecify.annotations.Nullable SQLException sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
