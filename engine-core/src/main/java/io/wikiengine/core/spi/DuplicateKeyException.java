package io.wikiengine.core.spi;

/**
 * A write refused because it would break a uniqueness rule of the store (for example two pages at one
 * path and locale). The core turns it into the operation's error, such as 6002 for a page create.
 */
public class DuplicateKeyException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final UniqueKey key;

    public DuplicateKeyException(UniqueKey key, Throwable cause) {
        super("Duplicate " + key, cause);
        this.key = key;
    }

    /** Which uniqueness rule the write broke. */
    public UniqueKey key() {
        return key;
    }
}
