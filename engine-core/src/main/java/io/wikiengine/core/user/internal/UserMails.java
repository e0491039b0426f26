package io.wikiengine.core.user.internal;

import io.wikiengine.core.WikiConfig;
import io.wikiengine.core.mail.MailMessage;
import io.wikiengine.core.user.User;

/** The mails the user service sends, in words of our own, with a plain-text and an HTML body. */
public final class UserMails {

    private UserMails() {
    }

    /** The welcome mail of {@code users.create} with a link to {@code <host>/login} (R-7.7 step 7). */
    public static MailMessage welcome(WikiConfig config, User user) {
        String link = config.host() + "/login";
        String subject = "Welcome to " + config.siteTitle();
        String text = "Hello " + user.name() + ",\n\n"
                + "An account on " + config.siteTitle() + " was created for you with the email address "
                + user.email() + ".\n\n"
                + "Sign in here: " + link + "\n";
        String html = "<p>Hello " + escape(user.name()) + ",</p>"
                + "<p>An account on " + escape(config.siteTitle()) + " was created for you with the email address "
                + escape(user.email()) + ".</p>"
                + "<p><a href=\"" + escape(link) + "\">Sign in</a></p>";
        return new MailMessage(user.email(), subject, text, html);
    }

    /** The password reset mail with a link to {@code <host>/login-reset/<token>} (decision 25, R-5.5.2). */
    public static MailMessage passwordReset(WikiConfig config, User user, String token) {
        String link = config.host() + "/login-reset/" + token;
        String subject = "Reset your password on " + config.siteTitle();
        String text = "Hello " + user.name() + ",\n\n"
                + "An administrator asked for a new password for your account on " + config.siteTitle() + ".\n\n"
                + "Choose a new password here within 24 hours: " + link + "\n";
        String html = "<p>Hello " + escape(user.name()) + ",</p>"
                + "<p>An administrator asked for a new password for your account on " + escape(config.siteTitle())
                + ".</p>"
                + "<p><a href=\"" + escape(link) + "\">Choose a new password</a> within 24 hours.</p>";
        return new MailMessage(user.email(), subject, text, html);
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
