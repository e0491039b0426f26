package io.wikiengine.core.io;

import java.util.Objects;

/**
 * One decision an import took on one file (or, for {@link Kind#MISSING} and {@link Kind#DELETED}, on one page
 * or asset of the wiki).
 *
 * @param file    the file's path relative to the folder, with {@code /}; for a page the folder no longer
 *                holds, {@code <locale>/<path>}; for an asset, its asset path
 * @param kind    what sort of decision
 * @param message what was decided and why
 */
public record ImportNote(String file, Kind kind, String message) {

    public ImportNote {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** The sorts of decision. */
    public enum Kind {
        /** The front matter was read another way than strict YAML, or a value was missing, odd or not understood. */
        VALUE,
        /** The file's path was changed to make a page path or an asset name. */
        PATH,
        /** A top-level folder was or was not taken as a locale. */
        LOCALE,
        /** The file or folder matched the ignore list. */
        IGNORED,
        /** The file was not imported: the message says why. */
        SKIPPED,
        /** A link of an imported page points where no page is. */
        LINK,
        /** The wiki holds a page or asset the folder does not: kept. */
        MISSING,
        /** The wiki held a page or asset the folder does not: deleted, as a mirror import asked. */
        DELETED
    }

    @Override
    public String toString() {
        return file + ": " + message;
    }
}
