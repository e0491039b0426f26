package io.wikiengine.core.spi;

/**
 * A failure of the storage backend. It never reaches a wiki's caller: the core maps it to the error of
 * the operation's area (decision 31).
 */
public class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
