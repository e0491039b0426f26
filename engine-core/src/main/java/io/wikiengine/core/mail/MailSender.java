package io.wikiengine.core.mail;

/**
 * Delivers the mails a wiki sends (welcome mails, password resets, verifications). The host gives one to
 * {@code Wiki.builder().mailSender(...)}; a wiki without one answers every operation that needs mail with
 * {@link io.wikiengine.core.error.WikiError#MAIL_NOT_CONFIGURED 3002} and changes nothing.
 *
 * <p>The wiki calls {@link #send} as the last step of the operation's transaction, so a sender that throws
 * undoes the operation. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface MailSender {

    /**
     * Sends one message, or throws.
     *
     * <p>A {@link io.wikiengine.core.error.WikiException} (for example 3004 for a recipient the server refuses)
     * reaches the caller as it is; any other exception becomes 3001 MailGenericError, logged with its cause.
     */
    void send(MailMessage message);
}
