package io.wikiengine.core.auth;

import io.wikiengine.core.error.WikiException;
import java.util.Objects;

/**
 * A request refused before any operation runs (spec, decisions 23 and 32): the token is an API key
 * while the API is off, or a key that is revoked, expired or unknown. Never turned into the guest: the GraphQL
 * adapter answers with a top-level error of this message, the HTTP adapter with status 401.
 */
public final class RequestRejectedException extends WikiException {

    private static final long serialVersionUID = 1L;

    /** Why the request was refused. */
    public enum Reason {
        /** An API key was used while the API is switched off. */
        API_DISABLED("API is disabled. You must enable it from the Administration Area first."),
        /** The API key is revoked, expired, unknown, or was signed with a replaced key pair. */
        API_KEY_INVALID("API Key is invalid or was revoked.");

        private final String message;

        Reason(String message) {
            this.message = message;
        }

        /** The message Wiki.js sends for it, word for word. */
        public String message() {
            return message;
        }
    }

    private final Reason reason;

    /** A rejection for this reason, with its message. */
    public RequestRejectedException(Reason reason) {
        super(Objects.requireNonNull(reason, "reason").message());
        this.reason = reason;
    }

    /** Why the request was refused. */
    public Reason reason() {
        return reason;
    }
}
