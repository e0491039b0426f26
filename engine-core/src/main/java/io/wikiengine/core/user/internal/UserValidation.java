package io.wikiengine.core.user.internal;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The input checks of {@code users.create} (spec step 3), with the messages Wiki.js's validator gives.
 * Each method returns the first failure's message, or empty when the value passes.
 */
public final class UserValidation {

    /** The longest email and name accepted. */
    public static final int MAX_LENGTH = 255;
    /** The shortest password accepted (decision 21). */
    public static final int MIN_PASSWORD = 6;
    /** The shortest name accepted. */
    public static final int MIN_NAME = 2;

    // Atom characters of RFC 5322 plus everything above ASCII, as the validator Wiki.js uses allows.
    private static final String ATOM = "[A-Za-z0-9\\u0080-\\uFFFF!#$%&'*+/=?^_`{|}~-]+";
    private static final String QUOTED = "\"(?:[^\"\\\\\\r\\n]|\\\\.)*\"";
    private static final String LABEL = "[A-Za-z0-9\\u0080-\\uFFFF](?:[A-Za-z0-9\\u0080-\\uFFFF-]*[A-Za-z0-9\\u0080-\\uFFFF])?";
    private static final String HOST = "(?:" + LABEL + "\\.)+[A-Za-z\\u0080-\\uFFFF]{2,}";
    private static final String IP_LITERAL = "\\[[^\\[\\]\\\\\\r\\n]+\\]";
    private static final Pattern EMAIL = Pattern.compile(
            "^(?:" + ATOM + "(?:\\." + ATOM + ")*|" + QUOTED + ")@(?:" + HOST + "|" + IP_LITERAL + ")$");

    private UserValidation() {
    }

    /** Whether the text has the form of an email address: a local part, {@code @}, a dotted domain or IP literal. */
    public static boolean isEmail(String value) {
        return EMAIL.matcher(value).matches();
    }

    /** The email check: a valid address of at most 255 characters. */
    public static Optional<String> email(String email) {
        if (!isEmail(email)) {
            return Optional.of("Email is not a valid email");
        }
        if (email.length() > MAX_LENGTH) {
            return Optional.of("Email is too long (maximum is 255 characters)");
        }
        return Optional.empty();
    }

    /** The password check of {@code users.create} for local users: present, not blank, at least 6 characters. */
    public static Optional<String> passwordRaw(@Nullable String password) {
        if (password == null || password.isBlank()) {
            return Optional.of("Password raw can't be blank");
        }
        if (password.length() < MIN_PASSWORD) {
            return Optional.of("Password raw is too short (minimum is 6 characters)");
        }
        return Optional.empty();
    }

    /** The name check: present, not blank, 2 to 255 characters. */
    public static Optional<String> name(String name) {
        if (name.isBlank()) {
            return Optional.of("Name can't be blank");
        }
        if (name.length() < MIN_NAME) {
            return Optional.of("Name is too short (minimum is 2 characters)");
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of("Name is too long (maximum is 255 characters)");
        }
        return Optional.empty();
    }
}
