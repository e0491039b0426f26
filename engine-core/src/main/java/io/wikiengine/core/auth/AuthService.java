package io.wikiengine.core.auth;

import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.Scope;
import io.wikiengine.core.auth.internal.ActorResolver;
import io.wikiengine.core.auth.internal.AuthMails;
import io.wikiengine.core.auth.internal.ContinuationKeys;
import io.wikiengine.core.auth.internal.Jwts;
import io.wikiengine.core.auth.internal.MsDuration;
import io.wikiengine.core.auth.internal.Passwords;
import io.wikiengine.core.auth.internal.Policies;
import io.wikiengine.core.auth.internal.QrSvg;
import io.wikiengine.core.auth.internal.Registration;
import io.wikiengine.core.auth.internal.SigningKeys;
import io.wikiengine.core.auth.internal.Totp;
import io.wikiengine.core.auth.internal.UserEdits;
import io.wikiengine.core.auth.internal.UserTokens;
import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.error.WikiException;
import io.wikiengine.core.group.Group;
import io.wikiengine.core.internal.Inputs;
import io.wikiengine.core.internal.WikiContext;
import io.wikiengine.core.mail.MailMessage;
import io.wikiengine.core.mail.MailSender;
import io.wikiengine.core.plugin.Topic;
import io.wikiengine.core.spi.DuplicateKeyException;
import io.wikiengine.core.spi.StorageSession;
import io.wikiengine.core.spi.StorageWork;
import io.wikiengine.core.spi.StoredApiKey;
import io.wikiengine.core.spi.UserKey;
import io.wikiengine.core.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code authentication} namespace of the API, plus the two {@code users} operations that hand out a new
 * token ({@code changePassword}, {@code updateProfile}): resolving the caller of a request from its token,
 * login steps, registration, password flows, API keys and the signing keys. Thread-safe; get it from
 * {@code wiki.auth()}.
 */
public final class AuthService {

    private static final List<String> API_ADMIN = List.of(Scope.MANAGE_SYSTEM.wire(), Scope.MANAGE_API.wire());
    private static final List<String> SYSTEM_ADMIN = List.of(Scope.MANAGE_SYSTEM.wire());
    private static final String GUEST_EMAIL = "guest@example.com";
    private static final String PASSWORD_TOO_SHORT = "Password must be at least 6 characters!";
    private static final Set<String> DATE_FORMATS =
            Set.of("", "DD/MM/YYYY", "DD.MM.YYYY", "MM/DD/YYYY", "YYYY-MM-DD", "YYYY/MM/DD");
    private static final Set<String> APPEARANCES = Set.of("", "light", "dark");
    /** Wrong security codes a continuation token survives; the fifth burns it (decision 22). */
    private static final int TFA_ATTEMPTS = 5;
    private static final int MAX_API_KEY_YEARS = 100;
    // 100 years of the ms notation (365.25 days each): "100y" is the longest expiration accepted.
    private static final Duration MAX_API_KEY_LIFETIME = Duration.ofDays(36_525);
    private static final Logger LOG = LoggerFactory.getLogger(AuthService.class);

    private final WikiContext context;
    private final @Nullable MailSender mail;
    private final Passwords passwords;
    private final SigningKeys keys;
    private final Jwts jwts;
    private final UserTokens tokens;
    private final ActorResolver resolver;

    /**
     * Made by {@code Wiki}; hosts get the instance from {@code wiki.auth()}.
     *
     * @param mail the host's mail sender, or null when the wiki sends no mail (operations needing it: 3002)
     */
    public AuthService(WikiContext context, @Nullable MailSender mail) {
        this.context = Objects.requireNonNull(context, "context");
        this.mail = mail;
        this.passwords = new Passwords(context.config().passwordCost());
        this.keys = new SigningKeys(context.storage(), context.clock());
        // Another instance may replace the pair: every settings change, ours or theirs, drops the one held.
        context.changes().onChange(Topic.SETTINGS, keys::forget);
        this.jwts = new Jwts(keys, context.config().audience());
        this.tokens = new UserTokens(jwts, context.config().tokenLifetime());
        this.resolver = new ActorResolver(context, jwts, tokens);
    }

    // ---------------------------------------------------------------- resolving the caller

    /**
     * The actor of a request carrying this token (spec, decision 16): the guest for no token or
     * one that is malformed, foreign, tampered or expired beyond the renewal window; the token's user with the
     * token's permissions; or, for a token that expired within the window or predates a change to its user or
     * groups, the user as stored now with a renewed token. A user deleted or deactivated since gives no actor.
     * Repeated calls with the same token are served from memory until something about users, groups, keys or
     * the API switch changes.
     *
     * @param token the bearer token or {@code jwt} cookie, or null
     * @throws RequestRejectedException for an API key while the API is off, or a revoked, expired or unknown key
     */
    public Resolution resolve(@Nullable String token) {
        return resolver.resolve(token);
    }

    /** The guest: user 2 with the current permissions of its groups. */
    public Actor guest() {
        return resolver.guest();
    }

    // ---------------------------------------------------------------- login

    /**
     * Local login (spec ): a JWT, or a continuation token for two-factor login, its set-up, or a password
     * change. The email is compared lower-cased.
     *
     * @throws WikiException 1003 for a strategy other than {@code local}; 1002 for a missing or unknown email,
     *                       a wrong password, or the guest; 1013 for a deactivated and 1014 for an unverified user
     */
    public LoginResult login(String username, String password, String strategy) {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(strategy, "strategy");
        if (!User.LOCAL_PROVIDER.equals(strategy)) {
            throw WikiException.of(WikiError.AUTH_PROVIDER_INVALID);
        }
        String email = username.toLowerCase(Locale.ROOT);
        Optional<User> found = username.isEmpty() || password.isEmpty() ? Optional.empty()
                : tx(session -> session.users().byEmail(User.LOCAL_PROVIDER, email));
        if (found.isEmpty()) {
            passwords.maskTiming(password);
            throw WikiException.of(WikiError.AUTH_LOGIN_FAILED);
        }
        if (!passwords.matches(password, found.get().passwordHash())) {
            throw WikiException.of(WikiError.AUTH_LOGIN_FAILED);
        }
        checkCanLogIn(found.get());
        Instant now = context.now();
        return tx(session -> {
            User user = session.users().byId(found.get().id())
                    .orElseThrow(() -> WikiException.of(WikiError.AUTH_LOGIN_FAILED));
            checkCanLogIn(user);
            return afterLogin(session, user, false, now);
        });
    }

    /**
     * The security-code step (spec, decision 22): TOTP with one step of drift either way, each code
     * accepted once, and the continuation token kept through four wrong codes. With {@code setup}, the code
     * confirms enrolment and switches two-factor login on. Then the remaining login steps apply.
     *
     * @throws WikiException 1006 for a code that is not 6 characters or a token of 1 character or less; 1015
     *                       for an unknown, expired or burnt token; 1005 for a wrong or replayed code; 1013 for
     *                       a user deactivated since
     */
    public LoginResult loginTFA(String continuationToken, String securityCode, @Nullable Boolean setup) {
        Objects.requireNonNull(continuationToken, "continuationToken");
        Objects.requireNonNull(securityCode, "securityCode");
        if (securityCode.length() != Totp.DIGITS || continuationToken.length() <= 1) {
            throw WikiException.of(WikiError.AUTH_TFA_INVALID);
        }
        boolean enrolling = Boolean.TRUE.equals(setup);
        UserKey.Kind kind = enrolling ? UserKey.Kind.TFA_SETUP : UserKey.Kind.TFA;
        Instant now = context.now();
        // A wrong code is reported after the transaction commits, so that the failure count and the restored
        // token are kept.
        Optional<LoginResult> result = tx(session -> {
            UserKey key = ContinuationKeys.take(session, kind, continuationToken, now)
                    .orElseThrow(() -> WikiException.of(WikiError.AUTH_VALIDATION_TOKEN_INVALID));
            User user = session.users().byId(key.userId())
                    .orElseThrow(() -> WikiException.of(WikiError.AUTH_VALIDATION_TOKEN_INVALID));
            if (!user.isActive()) {
                throw WikiException.of(WikiError.AUTH_ACCOUNT_BANNED);
            }
            String secret = user.tfaSecret();
            OptionalLong step = secret == null ? OptionalLong.empty() : Totp.matchingStep(secret, securityCode, now);
            OptionalLong spent = session.totp().lastStep(user.id());
            if (step.isEmpty() || (spent.isPresent() && step.getAsLong() <= spent.getAsLong())) {
                if (session.totp().recordFailure(continuationToken, now) < TFA_ATTEMPTS) {
                    ContinuationKeys.restore(session, key);
                } else {
                    session.totp().clearFailures(continuationToken);
                }
                return Optional.empty();
            }
            session.totp().spendStep(user.id(), step.getAsLong());
            session.totp().clearFailures(continuationToken);
            session.totp().purgeFailuresBefore(now.minus(UserKey.VALIDITY));
            User current = user;
            if (enrolling) {
                current = UserEdits.tfa(user, true, secret, now);
                session.users().update(current);
            }
            return Optional.of(afterLogin(session, current, true, now));
        });
        return result.orElseThrow(() -> WikiException.of(WikiError.AUTH_TFA_FAILED));
    }

    /**
     * The password-change step of a login (spec ): sets the new password and returns a JWT, with no
     * redirect.
     *
     * @throws WikiException 1012 for a password shorter than 6; 1015 for an unknown or expired token; 1016 when
     *                       the token's user is gone; 1013 for a deactivated user
     */
    public LoginResult loginChangePassword(String continuationToken, String newPassword) {
        Objects.requireNonNull(continuationToken, "continuationToken");
        Objects.requireNonNull(newPassword, "newPassword");
        if (newPassword.length() < 6) {
            throw WikiException.of(WikiError.INPUT_INVALID, PASSWORD_TOO_SHORT);
        }
        String hash = passwords.hash(newPassword);
        Instant now = context.now();
        return tx(session -> {
            UserKey key = ContinuationKeys.take(session, UserKey.Kind.CHANGE_PWD, continuationToken, now)
                    .orElseThrow(() -> WikiException.of(WikiError.AUTH_VALIDATION_TOKEN_INVALID));
            User user = session.users().byId(key.userId())
                    .orElseThrow(() -> WikiException.of(WikiError.USER_NOT_FOUND));
            if (!user.isActive()) {
                throw WikiException.of(WikiError.AUTH_ACCOUNT_BANNED);
            }
            User changed = UserEdits.password(user, hash, now);
            session.users().update(changed);
            return LoginResult.token(tokens.issue(session, changed, now).token(), null);
        });
    }

    /**
     * Mails a password-reset link {@code <host>/login-reset/<key>} (spec, decision 20). An unknown,
     * deactivated or system account gets no mail and the call still succeeds, so that it reveals nothing.
     *
     * @throws WikiException 3002 when the wiki has no mail sender (and the account exists)
     */
    public void forgotPassword(String email) {
        Objects.requireNonNull(email, "email");
        String lower = email.toLowerCase(Locale.ROOT);
        Optional<User> user = tx(session -> session.users().byEmail(User.LOCAL_PROVIDER, lower));
        if (user.isEmpty() || !user.get().isActive() || user.get().isSystem()) {
            return;
        }
        MailSender sender = requireMail();
        Instant now = context.now();
        tx(session -> {
            String key = ContinuationKeys.create(session, UserKey.Kind.RESET_PWD, user.get().id(), now);
            send(sender, AuthMails.forgotPassword(context.config(), user.get(), key));
            return key;
        });
    }

    /**
     * Self-registration on the local strategy (spec, decision 19): creates an active, unverified user in
     * the policy's auto-enrolment groups and mails a verification link {@code <host>/verify/<key>}. No JWT.
     *
     * @throws WikiException 1010 when registration is off; 1012 with the first validation message; 1011 for a
     *                       domain outside the whitelist; 1004 for an email in use; 3002 when the wiki has no mail
     *                       sender (and then no user is created)
     */
    public void register(String email, String password, String name) {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(name, "name");
        AuthPolicy policy = policy();
        if (!policy.selfRegistration()) {
            throw WikiException.of(WikiError.AUTH_REGISTRATION_DISABLED);
        }
        String lower = email.toLowerCase(Locale.ROOT);
        Optional<String> problem = Registration.firstProblem(lower, password, name);
        if (problem.isPresent()) {
            throw WikiException.of(WikiError.INPUT_INVALID, problem.get());
        }
        String domain = lower.substring(lower.lastIndexOf('@') + 1);
        if (!policy.domainWhitelist().isEmpty() && !policy.domainWhitelist().contains(domain)) {
            throw WikiException.of(WikiError.AUTH_REGISTRATION_DOMAIN_UNAUTHORIZED);
        }
        if (tx(session -> session.users().byEmail(User.LOCAL_PROVIDER, lower)).isPresent()) {
            throw WikiException.of(WikiError.AUTH_ACCOUNT_ALREADY_EXISTS);
        }
        MailSender sender = requireMail();
        String hash = passwords.hash(password);
        Instant now = context.now();
        try {
            tx(session -> {
                if (session.users().byEmail(User.LOCAL_PROVIDER, lower).isPresent()) {
                    throw WikiException.of(WikiError.AUTH_ACCOUNT_ALREADY_EXISTS);
                }
                User user = session.users().insert(UserEdits.registered(lower, name, hash, now));
                for (Group group : session.groups().byIds(policy.autoEnrollGroups())) {
                    session.users().addToGroup(user.id(), group.id());
                }
                String key = ContinuationKeys.create(session, UserKey.Kind.VERIFY, user.id(), now);
                send(sender, AuthMails.verify(context.config(), user, key));
                return user;
            });
        } catch (DuplicateKeyException raced) {
            throw WikiException.of(WikiError.AUTH_ACCOUNT_ALREADY_EXISTS);
        }
        context.changed(Topic.IDENTITIES);
    }

    /**
     * {@code users.changePassword} (spec, decision 21): the signed-in user changes their own password
     * and gets a new JWT.
     *
     * @param actor the caller, or null when the request has none
     * @throws WikiException 1019 without a signed-in user (guest, API key, none); 1013 deactivated; 1014
     *                       unverified; 1003 not a local account; 1020 wrong current password; 1012 for a new
     *                       password that is empty or shorter than 6
     */
    public String changePassword(@Nullable Actor actor, String current, String newPassword) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(newPassword, "newPassword");
        User user = signedIn(actor);
        if (!User.LOCAL_PROVIDER.equals(user.providerKey())) {
            throw WikiException.of(WikiError.AUTH_PROVIDER_INVALID);
        }
        if (!passwords.matches(current, user.passwordHash())) {
            throw WikiException.of(WikiError.AUTH_PASSWORD_INVALID);
        }
        if (newPassword.length() < 6) {
            throw WikiException.of(WikiError.INPUT_INVALID, PASSWORD_TOO_SHORT);
        }
        String hash = passwords.hash(newPassword);
        Instant now = context.now();
        return tx(session -> {
            User stored = session.users().byId(user.id()).orElseThrow(() -> WikiException.of(WikiError.AUTH_REQUIRED));
            User changed = UserEdits.password(stored, hash, now);
            session.users().update(changed);
            return tokens.issue(session, changed, now).token();
        });
    }

    /**
     * {@code users.updateProfile} (spec ): the signed-in user changes their own profile and gets a new JWT
     * carrying it. Name, location and job title are trimmed; empty ones (and an empty timezone) keep the stored
     * value.
     *
     * @param actor the caller, or null when the request has none
     * @throws WikiException 1019 without a signed-in user; 1013 deactivated; 1014 unverified; 1012 for a date
     *                       format or appearance outside the allowed values, or a name, location, job title or
     *                       timezone longer than 255 characters
     */
    public String updateProfile(@Nullable Actor actor, ProfileUpdate update) {
        Objects.requireNonNull(update, "update");
        User user = signedIn(actor);
        if (!DATE_FORMATS.contains(update.dateFormat()) || !APPEARANCES.contains(update.appearance())) {
            throw WikiException.of(WikiError.INPUT_INVALID);
        }
        Inputs.require("Name", update.name().strip(), Inputs.SHORT);
        Inputs.require("Location", update.location().strip(), Inputs.SHORT);
        Inputs.require("Job title", update.jobTitle().strip(), Inputs.SHORT);
        Inputs.require("Timezone", update.timezone(), Inputs.SHORT);
        Instant now = context.now();
        return tx(session -> {
            User stored = session.users().byId(user.id()).orElseThrow(() -> WikiException.of(WikiError.AUTH_REQUIRED));
            User changed = UserEdits.profile(stored, keep(update.name(), stored.name()),
                    keep(update.location(), stored.location()), keep(update.jobTitle(), stored.jobTitle()),
                    update.timezone().isEmpty() ? stored.timezone() : update.timezone(), update.dateFormat(),
                    update.appearance(), now);
            session.users().update(changed);
            return tokens.issue(session, changed, now).token();
        });
    }

    // ---------------------------------------------------------------- API keys

    /**
     * Creates an API key and returns it; it is shown only this once (spec ).
     *
     * @param actor      needs {@code manage:system} or {@code manage:api}
     * @param name       the key's name, not unique
     * @param expiration a duration in the {@code ms} notation ({@code 30d}, {@code 1y}, {@code 2 weeks})
     * @param fullAccess whether the key acts with the Administrators group (1) instead of {@code group}
     * @param group      the group whose current permissions the key has; null gives a key with none
     * @throws WikiException 1012 for a name longer than 255 characters, or an expiration that is not a positive
     *                       duration of at most 100 years; {@code Forbidden} otherwise
     */
    public String createApiKey(Actor actor, String name, String expiration, boolean fullAccess,
                               @Nullable Integer group) {
        requireAny(actor, API_ADMIN);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expiration, "expiration");
        Inputs.require("Name", name, Inputs.SHORT);
        Duration lifetime = MsDuration.parse(expiration).filter(d -> !d.isNegative() && !d.isZero())
                .orElseThrow(() -> WikiException.of(WikiError.INPUT_INVALID, "Invalid expiration \""
                        + expiration + "\": use a positive duration such as 30d, 12h or 1y."));
        if (lifetime.compareTo(MAX_API_KEY_LIFETIME) > 0) {
            throw WikiException.of(WikiError.INPUT_INVALID, "Invalid expiration \"" + expiration
                    + "\": an API key lives at most " + MAX_API_KEY_YEARS + " years.");
        }
        Integer grp = fullAccess ? Integer.valueOf(1) : group;
        Instant now = context.now();
        String key = tx(session -> {
            StoredApiKey stored = session.apiKeys().insert(
                    new StoredApiKey(0, name, "", now.plus(lifetime), true, now, now));
            Map<String, @Nullable Object> claims = new LinkedHashMap<>();
            claims.put("api", stored.id());
            claims.put("grp", grp);
            String signed = jwts.sign(claims, now, now.plus(lifetime));
            session.apiKeys().update(stored.withKey(signed, now));
            return signed;
        });
        context.changed(Topic.IDENTITIES);
        return key;
    }

    /** Every API key, revoked ones last, then by name (spec ); the keys themselves are never shown. */
    public List<ApiKey> apiKeys(Actor actor) {
        requireAny(actor, API_ADMIN);
        return context.storage().inTransaction(session -> session.apiKeys().all()).stream()
                .map(k -> new ApiKey(k.id(), k.name(), "..." + k.key().substring(Math.max(0, k.key().length() - 20)),
                        k.expiration(), k.createdAt(), k.updatedAt(), k.isRevoked()))
                .toList();
    }

    /** Revokes the key at once (spec ); an unknown id changes nothing and still succeeds. */
    public void revokeApiKey(Actor actor, int id) {
        requireAny(actor, API_ADMIN);
        Instant now = context.now();
        context.storage().run(session -> session.apiKeys().revoke(id, now));
        context.changed(Topic.IDENTITIES);
    }

    /** Whether API keys are accepted (spec, off on a fresh wiki). */
    public boolean apiState(Actor actor) {
        requireAny(actor, API_ADMIN);
        return context.storage().inTransaction(session ->
                "true".equals(session.settings().get(ActorResolver.API_SWITCH).orElse("false")));
    }

    /** Switches API keys on or off; takes effect at once. */
    public void setApiState(Actor actor, boolean enabled) {
        requireAny(actor, API_ADMIN);
        context.storage().run(session -> session.settings().put(ActorResolver.API_SWITCH, Boolean.toString(enabled)));
        context.changed(Topic.SETTINGS);
    }

    // ---------------------------------------------------------------- signing keys and policy

    /**
     * Replaces the signing key pair (spec ): every user token and API key issued so far stops working.
     *
     * @param actor needs {@code manage:system}
     */
    public void regenerateCertificates(Actor actor) {
        requireAny(actor, SYSTEM_ADMIN);
        context.storage().run(session -> SigningKeys.regenerate(session.settings()));
        context.changed(Topic.SETTINGS);
    }

    /** The public signing key as a JWK JSON document, for {@code /.well-known/jwk.json}. */
    public String publicKeyJwk() {
        return keys.publicJwk();
    }

    /** The public signing key as X.509 PEM, for {@code /.well-known/jwk.pem}. */
    public String publicKeyPem() {
        return keys.publicPem();
    }

    /** How the local strategy lets people in (registration, domains, enforced two-factor login). */
    public AuthPolicy policy() {
        return context.storage().inTransaction(session -> Policies.read(session.settings()));
    }

    /**
     * Changes how the local strategy lets people in.
     *
     * @param actor needs {@code manage:system}
     */
    public void setPolicy(Actor actor, AuthPolicy policy) {
        requireAny(actor, SYSTEM_ADMIN);
        Objects.requireNonNull(policy, "policy");
        context.storage().run(session -> Policies.write(session.settings(), policy));
    }

    // ---------------------------------------------------------------- helpers

    // The after-login checks: two-factor login, its set-up, a pending password change, else a JWT.
    private LoginResult afterLogin(StorageSession session, User user, boolean tfaDone, Instant now) {
        String redirect = session.groups().byIds(session.users().groupIds(user.id())).stream()
                .map(Group::redirectOnLogin)
                .filter(r -> !r.isEmpty() && !r.equals("/"))
                .findFirst()
                .orElse("/");
        if (!tfaDone && user.tfaIsActive() && user.tfaSecret() != null) {
            return LoginResult.provideTfa(ContinuationKeys.create(session, UserKey.Kind.TFA, user.id(), now),
                    redirect);
        }
        if (!tfaDone && (user.tfaIsActive() || Policies.read(session.settings()).enforceTfa())) {
            String secret = Totp.newSecret();
            session.users().update(UserEdits.tfa(user, false, secret, now));
            String key = ContinuationKeys.create(session, UserKey.Kind.TFA_SETUP, user.id(), now);
            return LoginResult.setupTfa(key, redirect,
                    QrSvg.of(Totp.uri(context.config().siteTitle(), user.email(), secret)));
        }
        if (user.mustChangePwd()) {
            return LoginResult.changePassword(
                    ContinuationKeys.create(session, UserKey.Kind.CHANGE_PWD, user.id(), now), redirect);
        }
        return LoginResult.token(tokens.issue(session, user, now).token(), redirect);
    }

    private static void checkCanLogIn(User user) {
        if (!user.isActive()) {
            throw WikiException.of(WikiError.AUTH_ACCOUNT_BANNED);
        }
        if (!user.isVerified()) {
            throw WikiException.of(WikiError.AUTH_ACCOUNT_NOT_VERIFIED);
        }
    }

    // The stored user behind a signed-in actor (R-5.5.3 steps 1-3, R-7.12 steps 1-3).
    private User signedIn(@Nullable Actor actor) {
        if (actor == null || actor.kind() != Actor.Kind.USER || actor.id() < 1 || actor.id() == Actor.GUEST_ID) {
            throw WikiException.of(WikiError.AUTH_REQUIRED);
        }
        User user = tx(session -> session.users().byId(actor.id()))
                .orElseThrow(() -> WikiException.of(WikiError.AUTH_REQUIRED));
        checkCanLogIn(user);
        return user;
    }

    private static String keep(String given, String stored) {
        String trimmed = given.trim();
        return trimmed.isEmpty() ? stored : trimmed;
    }

    private MailSender requireMail() {
        if (mail == null) {
            throw WikiException.of(WikiError.MAIL_NOT_CONFIGURED);
        }
        return mail;
    }

    /**
     * Resets the guest user to what setup makes of it (spec, {@code authentication.resetGuestUser},
     * manage:system): user 2, {@code guest@example.com}, name {@code Guest}, no password, a system account in
     * group 2 only. Another local account holding the guest's email loses it to user 2.
     */
    public void resetGuestUser(Actor actor) {
        requireAny(actor, SYSTEM_ADMIN);
        tx(session -> {
            Instant now = context.now();
            session.users().byEmail(User.LOCAL_PROVIDER, GUEST_EMAIL)
                    .filter(other -> other.id() != Actor.GUEST_ID)
                    .ifPresent(other -> session.users().delete(other.id()));
            User fresh = User.newLocal(GUEST_EMAIL, "Guest", "", now).withFlags(true, true, true)
                    .withId(Actor.GUEST_ID);
            User kept = session.users().byId(Actor.GUEST_ID).orElse(null);
            if (kept == null) {
                throw WikiException.of(WikiError.USER_NOT_FOUND);
            }
            session.users().update(new User(fresh.id(), fresh.email(), fresh.name(), fresh.providerKey(), null, "",
                    false, null, "", "", null, fresh.timezone(), fresh.localeCode(), fresh.defaultEditor(), "", "",
                    true, true, true, false, kept.createdAt(), now, null));
            session.users().setGroups(Actor.GUEST_ID, List.of(Group.GUESTS));
            session.revocations().revoke("u" + Actor.GUEST_ID, now);
            return null;
        });
        context.changed(Topic.IDENTITIES);
    }

    // The last step of the transaction, so that a failed send undoes the operation (MailSender's contract).
    private static void send(MailSender sender, MailMessage message) {
        try {
            sender.send(message);
        } catch (WikiException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.error("The host's mail sender failed to send \"{}\"", message.subject(), e);
            throw WikiException.wrap(WikiError.MAIL_GENERIC_ERROR, e);
        }
    }

    // One transaction; a storage failure that no rule explains becomes 1001, logged, never leaked (decision 31).
    private <T> T tx(StorageWork<T> work) {
        try {
            return context.storage().inTransaction(work);
        } catch (WikiException | DuplicateKeyException expected) {
            throw expected;
        } catch (RuntimeException e) {
            LOG.error("Authentication failed in storage", e);
            throw WikiException.wrap(WikiError.AUTH_GENERIC_ERROR, e);
        }
    }

    // The service checks the schema's @auth scopes too, so that a Java caller cannot bypass them.
    private static void requireAny(Actor actor, List<String> scopes) {
        Objects.requireNonNull(actor, "actor");
        if (actor.has(Scope.MANAGE_SYSTEM) || scopes.stream().anyMatch(actor::has)) {
            return;
        }
        throw WikiException.plain("Forbidden");
    }
}
