package io.wikiengine.storage.internal;

import io.wikiengine.core.spi.SettingsRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import io.wikiengine.storage.Dialect;
import org.jdbi.v3.core.Handle;

/** Settings as rows of {@code wiki_settings}. */
final class JdbiSettingsRepository implements SettingsRepository {

    private final Handle handle;
    private final Dialect dialect;

    JdbiSettingsRepository(Handle handle, Dialect dialect) {
        this.handle = handle;
        this.dialect = dialect;
    }

    @Override
    public Optional<String> get(String key) {
        return handle.createQuery("SELECT setting_value FROM wiki_settings WHERE setting_key = :key")
                .bind("key", key)
                .mapTo(String.class)
                .findOne();
    }

    @Override
    public void put(String key, String value) {
        handle.createUpdate(dialect.upsertSetting()).bind("key", key).bind("value", value).execute();
    }

    @Override
    public boolean putIfAbsent(String key, String value) {
        return handle.createUpdate(dialect.insertSettingIfAbsent()).bind("key", key).bind("value", value).execute() == 1;
    }

    @Override
    public void remove(String key) {
        handle.createUpdate("DELETE FROM wiki_settings WHERE setting_key = :key").bind("key", key).execute();
    }

    @Override
    public Map<String, String> all() {
        Map<String, String> result = new LinkedHashMap<>();
        handle.createQuery("SELECT setting_key, setting_value FROM wiki_settings ORDER BY setting_key")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }
}
