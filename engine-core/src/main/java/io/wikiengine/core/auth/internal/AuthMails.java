package io.wikiengine.core.auth.internal;

import io.wikiengine.core.WikiConfig;
import io.wikiengine.core.mail.MailMessage;
import io.wikiengine.core.user.User;

/** The mails of the authentication flows, in words of our own, with a plain-text and an HTML body. */
public final class AuthMails {

    private AuthMails() {
    }

    /** The link of {@code forgotPassword}: {@code <host>/login-reset/<key>} (spec ). */
    public static MailMessage forgotPassword(WikiConfig config, User user, String key) {
        String link = config.host() + "/login-reset/" + key;
        String subject = "Reset your password on " + config.siteTitle();
        String text = "Hello " + user.name() + ",\n\n"
                + "Someone asked to reset the password of your account on " + config.siteTitle() + ".\n"
                + "Choose a new password here within 24 hours: " + link + "\n\n"
                + "If it was not you, ignore this mail: your password stays as it is.\n";
        String html = "<p>Hello " + escape(user.name()) + ",</p>"
                + "<p>Someone asked to reset the password of your account on " + escape(config.siteTitle())
                + ".</p><p><a href=\"" + escape(link) + "\">Choose a new password</a> within 24 hours.</p>"
                + "<p>If it was not you, ignore this mail: your password stays as it is.</p>";
        return new MailMessage(user.email(), subject, text, html);
    }

    /** The link of {@code register}: {@code <host>/verify/<key>} (spec ). */
    public static MailMessage verify(WikiConfig config, User user, String key) {
        String link = config.host() + "/verify/" + key;
        String subject = "Confirm your account on " + config.siteTitle();
        String text = "Hello " + user.name() + ",\n\n"
                + "Thank you for registering on " + config.siteTitle() + ".\n"
                + "Confirm your email address here within 24 hours: " + link + "\n";
        String html = "<p>Hello " + escape(user.name()) + ",</p>"
                + "<p>Thank you for registering on " + escape(config.siteTitle()) + ".</p>"
                + "<p><a href=\"" + escape(link) + "\">Confirm your email address</a> within 24 hours.</p>";
        return new MailMessage(user.email(), subject, text, html);
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
