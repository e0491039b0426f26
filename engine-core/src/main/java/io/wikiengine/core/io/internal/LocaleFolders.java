package io.wikiengine.core.io.internal;

import io.wikiengine.core.error.WikiException;
import io.wikiengine.core.page.PagePath;
import java.util.Locale;
import java.util.Optional;

/** Which top-level folder names can be locale folders. */
public final class LocaleFolders {

    private LocaleFolders() {
    }

    /**
     * The locale code a folder name stands for, if it is a well-formed code (decision 36) written in lower
     * case, as Wiki.js writes locale folders, whose language the JDK knows: {@code en}, {@code es-419},
     * {@code fil}, {@code pt-br}, {@code zh-hans}; not {@code AI}, {@code ai}, {@code docs} or {@code img}.
     */
    public static Optional<String> detect(String folder) {
        if (!folder.equals(folder.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String code;
        try {
            code = PagePath.locale(folder);
        } catch (WikiException malformed) {
            return Optional.empty();
        }
        String language = code.contains("-") ? code.substring(0, code.indexOf('-')) : code;
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
        if (name.isEmpty() || name.equalsIgnoreCase(language)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }
}
