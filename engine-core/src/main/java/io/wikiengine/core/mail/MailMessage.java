package io.wikiengine.core.mail;

import java.util.Objects;

/**
 * One mail, with a plain-text and an HTML body saying the same.
 *
 * @param to      the recipient's address
 * @param subject the subject line
 * @param text    the plain-text body
 * @param html    the HTML body (values in it are escaped)
 */
public record MailMessage(String to, String subject, String text, String html) {

    public MailMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        if (to.isBlank()) {
            throw new IllegalArgumentException("to must not be blank");
        }
    }
}
