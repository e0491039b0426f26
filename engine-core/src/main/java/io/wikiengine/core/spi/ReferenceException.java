package io.wikiengine.core.spi;

/**
 * A write refused because another record still refers to the one being removed, or because it refers
 * to a record that does not exist. The core turns it into the operation's error, such as 1017 for a user
 * that still owns content.
 */
public class ReferenceException extends StorageException {

    private static final long serialVersionUID = 1L;

    public ReferenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
