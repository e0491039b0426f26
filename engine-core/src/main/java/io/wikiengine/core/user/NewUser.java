package io.wikiengine.core.user;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The arguments of {@code users.create} (spec ). Nothing is validated here: {@link UserService#create}
 * answers bad input with the spec's errors.
 *
 * @param email              the email; stored lower-case
 * @param name               the display name
 * @param passwordRaw        the password, required for the {@code local} strategy and ignored for others
 * @param providerKey        the authentication strategy, {@code local} for the built-in one
 * @param groups             the ids of the groups to put the user in
 * @param mustChangePassword whether the first login must change the password (local users only)
 * @param sendWelcomeEmail   whether to mail the user a link to the login page
 */
public record NewUser(String email, String name, @Nullable String passwordRaw, String providerKey,
                      List<Integer> groups, boolean mustChangePassword, boolean sendWelcomeEmail) {

    public NewUser {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(providerKey, "providerKey");
        groups = List.copyOf(groups);
    }

    /** A local user with this password, in no group, with no password change forced and no mail. */
    public static NewUser local(String email, String name, String passwordRaw) {
        return new NewUser(email, name, passwordRaw, User.LOCAL_PROVIDER, List.of(), false, false);
    }

    /** A copy in these groups. */
    public NewUser withGroups(List<Integer> newGroups) {
        return new NewUser(email, name, passwordRaw, providerKey, newGroups, mustChangePassword, sendWelcomeEmail);
    }

    /** A copy of another strategy. */
    public NewUser withProvider(String newProviderKey) {
        return new NewUser(email, name, passwordRaw, newProviderKey, groups, mustChangePassword, sendWelcomeEmail);
    }

    /** A copy that does or does not force a password change at the first login. */
    public NewUser withMustChangePassword(boolean value) {
        return new NewUser(email, name, passwordRaw, providerKey, groups, value, sendWelcomeEmail);
    }

    /** A copy that does or does not mail a welcome. */
    public NewUser withWelcomeEmail(boolean value) {
        return new NewUser(email, name, passwordRaw, providerKey, groups, mustChangePassword, value);
    }
}
