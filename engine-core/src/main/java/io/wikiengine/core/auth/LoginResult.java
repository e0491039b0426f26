package io.wikiengine.core.auth;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of a login step (schema type {@code AuthenticationLoginResponse}, spec ): either a user
 * JWT, or a continuation token for the step the user must take next.
 *
 * @param jwt               the user JWT when login is complete, else null
 * @param mustChangePwd     whether the password must be changed first ({@code loginChangePassword})
 * @param mustProvideTFA    whether a security code is needed ({@code loginTFA})
 * @param mustSetupTFA      whether two-factor login must be set up first ({@code loginTFA} with setup)
 * @param continuationToken the key for the next step, valid 24 hours, else null
 * @param redirect          where to go after login; null after a password change, as in Wiki.js
 * @param tfaQRImage        an SVG QR code of the enrolment URI, only when two-factor login is being set up
 */
public record LoginResult(@Nullable String jwt, boolean mustChangePwd, boolean mustProvideTFA, boolean mustSetupTFA,
                          @Nullable String continuationToken, @Nullable String redirect,
                          @Nullable String tfaQRImage) {

    /** A completed login. */
    public static LoginResult token(String jwt, @Nullable String redirect) {
        return new LoginResult(jwt, false, false, false, null, redirect, null);
    }

    /** A login that waits for a security code. */
    public static LoginResult provideTfa(String continuationToken, String redirect) {
        return new LoginResult(null, false, true, false, continuationToken, redirect, null);
    }

    /** A login that waits for two-factor enrolment. */
    public static LoginResult setupTfa(String continuationToken, String redirect, String qrImage) {
        return new LoginResult(null, false, false, true, continuationToken, redirect, qrImage);
    }

    /** A login that waits for a new password. */
    public static LoginResult changePassword(String continuationToken, String redirect) {
        return new LoginResult(null, true, false, false, continuationToken, redirect, null);
    }
}
