package io.wikiengine.core.error;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one exception that Wiki Engine throws for a refused or failed operation.
 *
 * <p>Most carry a {@link WikiError} from the table, with its default message or, as Wiki.js does for
 * {@link WikiError#INPUT_INVALID} and {@link WikiError#SEARCH_ACTIVATION_FAILED}, a replacement message.
 * A few conditions that Wiki.js reports with a fixed English sentence and no code (for example
 * {@code This tag does not exist.} or the group errors) are <em>plain</em>: {@link #error()} is empty,
 * {@link #code()} is 1 and {@link #slug()} is {@code Error}, exactly as a Wiki.js client sees them.
 */
public class WikiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient @Nullable WikiError error;

    private WikiException(@Nullable WikiError error, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.error = error;
    }

    /**
     * A plain error (code 1, slug {@code Error}) of a more specific type, for conditions a caller must tell
     * apart from the others (for example a request refused before any operation runs).
     */
    protected WikiException(String message) {
        this(null, Objects.requireNonNull(message, "message"), null);
    }

    /** An exception for this error, with the table's message. */
    public static WikiException of(WikiError error) {
        Objects.requireNonNull(error, "error");
        return new WikiException(error, error.message(), null);
    }

    /** An exception for this error with a replacement message (the code and slug stay the error's). */
    public static WikiException of(WikiError error, String message) {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(message, "message");
        return new WikiException(error, message, null);
    }

    /** An exception for this error that keeps the underlying cause for the logs (never for clients). */
    public static WikiException wrap(WikiError error, Throwable cause) {
        Objects.requireNonNull(error, "error");
        return new WikiException(error, error.message(), cause);
    }

    /** A plain error: code 1, slug {@code Error}, this message, as Wiki.js sends for errors outside the table. */
    public static WikiException plain(String message) {
        Objects.requireNonNull(message, "message");
        return new WikiException(null, message, null);
    }

    /** The error of the table, or empty for a plain error. */
    public Optional<WikiError> error() {
        return Optional.ofNullable(error);
    }

    /** Whether this exception carries the given error. */
    public boolean is(WikiError candidate) {
        return error == candidate;
    }

    /** The numeric code: the error's, or 1 for a plain error. */
    public int code() {
        return error == null ? 1 : error.code();
    }

    /** The slug: the error's, or {@code Error} for a plain error. */
    public String slug() {
        return error == null ? "Error" : error.slug();
    }
}
