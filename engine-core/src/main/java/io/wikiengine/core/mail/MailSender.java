package io.wikiengine.core.mail;

/**
 * Delivers the wiki's mail (password reset and verification links). The host installs one with
 * {@code Wiki.builder().mailSender(...)}; without one, operations that must send mail fail with 3002
 * MailNotConfigured and change nothing.
 */
@FunctionalInterface
public interface MailSender {

    /**
     * Sends one message; a failure propagates and undoes the operation that asked for it.
     *
     * @param to      the recipient's address
     * @param subject the subject line
     * @param text    the plain-text body
     */
    void send(String to, String subject, String text);
}
