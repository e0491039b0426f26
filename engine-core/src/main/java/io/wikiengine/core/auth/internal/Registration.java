package io.wikiengine.core.auth.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/** The validation of {@code register} (spec ): the first failure's message, in Wiki.js's words. */
public final class Registration {

    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
    private static final Pattern EMAIL = Pattern.compile(
            "(?:" + ATOM + "(?:\\." + ATOM + ")*|\"(?:[^\"\\\\\\r\\n]|\\\\.)*\")"
                    + "@(?:(?:" + LABEL + "\\.)+[A-Za-z]{2,}|\\[(?:\\d{1,3}\\.){3}\\d{1,3}])");

    private Registration() {
    }

    /** The message of the first invalid field, or empty when all are valid; the email is already lower-case. */
    public static Optional<String> firstProblem(String email, String password, String name) {
        if (!EMAIL.matcher(email).matches()) {
            return Optional.of("Email is not a valid email");
        }
        if (email.length() > 255) {
            return Optional.of("Email is too long (maximum is 255 characters)");
        }
        if (password.isBlank()) {
            return Optional.of("Password can't be blank");
        }
        if (password.length() < 6) {
            return Optional.of("Password is too short (minimum is 6 characters)");
        }
        if (name.isBlank()) {
            return Optional.of("Name can't be blank");
        }
        if (name.length() < 2) {
            return Optional.of("Name is too short (minimum is 2 characters)");
        }
        if (name.length() > 255) {
            return Optional.of("Name is too long (maximum is 255 characters)");
        }
        return Optional.empty();
    }
}
