package io.wikiengine.core.user;

import io.wikiengine.core.access.Actor;
import io.wikiengine.core.auth.internal.Policies;
import io.wikiengine.core.access.PermissionEngine;
import io.wikiengine.core.access.Scope;
import io.wikiengine.core.auth.internal.Passwords;
import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.error.WikiException;
import io.wikiengine.core.group.Group;
import io.wikiengine.core.internal.Inputs;
import io.wikiengine.core.internal.WikiContext;
import io.wikiengine.core.mail.MailMessage;
import io.wikiengine.core.mail.MailSender;
import io.wikiengine.core.plugin.Topic;
import io.wikiengine.core.spi.DuplicateKeyException;
import io.wikiengine.core.spi.ReferenceException;
import io.wikiengine.core.spi.StorageException;
import io.wikiengine.core.spi.StorageSession;
import io.wikiengine.core.spi.StorageWork;
import io.wikiengine.core.spi.UniqueKey;
import io.wikiengine.core.spi.UserKey;
import io.wikiengine.core.user.internal.UserMails;
import io.wikiengine.core.user.internal.UserValidation;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code users} operations of the Wiki.js API (spec §7), as {@code wiki.users()}.
 *
 * <p>Every method takes the calling {@link Actor} first and refuses one that lacks the scopes of the
 * operation's {@code @auth} list with a plain {@code Forbidden} error, as the GraphQL directive does. Every
 * mutation runs in one transaction: when it fails, the store is as it was and no id was consumed. A change to
 * a user's groups, a deactivation or a deletion revokes the user's tokens in the same transaction
 * (decision 16). Failures of the store that are no condition of the spec become 1001 (1009 for a create),
 * logged with their cause.
 */
public final class UserService {

    private static final Logger LOG = LoggerFactory.getLogger(UserService.class);

    /** The most users {@link #search} and {@link #lastLogins} return (spec ). */
    public static final int LIST_CAP = 10;

    static final String CREATE_ASSIGNMENT_REFUSED =
            "You are not authorized to create a user with an assignment to an administrative group.";
    static final String UPDATE_ASSIGNMENT_REFUSED =
            "You are not authorized to modify / assign a user from / to an administrative group.";
    static final String DEACTIVATE_SYSTEM = "Cannot deactivate system accounts.";
    static final String ADMIN_KEEPS_ADMINISTRATORS = "Cannot unassign Administrator user from Administrators group.";
    static final String SHORT_PASSWORD = "Password must be at least 6 characters!";
    static final String UNKNOWN_GROUP = "Invalid Group ID";

    private static final String MANAGE_SYSTEM = Scope.MANAGE_SYSTEM.wire();
    private static final List<String> LIST_SCOPES =
            List.of(Scope.WRITE_USERS.wire(), Scope.MANAGE_USERS.wire(), MANAGE_SYSTEM);
    private static final List<String> SEARCH_SCOPES = List.of(Scope.WRITE_GROUPS.wire(), Scope.MANAGE_GROUPS.wire(),
            Scope.WRITE_USERS.wire(), Scope.MANAGE_USERS.wire(), MANAGE_SYSTEM);
    private static final List<String> MANAGE_SCOPES = List.of(Scope.MANAGE_USERS.wire(), MANAGE_SYSTEM);

    private final WikiContext context;
    private final @Nullable MailSender mail;
    private final Passwords passwords;

    /**
     * A service over the wiki's context; {@code Wiki} makes the one a host uses.
     *
     * @param context the wiki's shared context
     * @param mail    the host's mail sender, or null when the host gave none
     */
    public UserService(WikiContext context, @Nullable MailSender mail) {
        this.context = Objects.requireNonNull(context, "context");
        this.mail = mail;
        this.passwords = new Passwords(context.config().passwordCost());
    }

    /**
     * Every user, the guest included, in id order. Needs {@code write:users}, {@code manage:users} or
     * {@code manage:system}.
     */
    public List<UserMinimal> list(Actor actor) {
        require(actor, LIST_SCOPES);
        return read(session -> session.users().all().stream().map(UserMinimal::of).toList());
    }

    /**
     * At most 10 users, in id order, whose email or name contains the query, ignoring case; the
     * query is taken literally. Unlike Wiki.js, {@code isSystem} and {@code isActive} are filled
     * (decision 14). Needs one of {@code write:groups manage:groups write:users manage:users manage:system}.
     */
    public List<UserMinimal> search(Actor actor, String query) {
        require(actor, SEARCH_SCOPES);
        Objects.requireNonNull(query, "query");
        return read(session -> session.users().search(query, LIST_CAP).stream().map(UserMinimal::of).toList());
    }

    /**
     * The user with their groups. Needs {@code manage:users} or {@code manage:system}.
     *
     * @throws WikiException 1016 when no user has this id (decision 15)
     */
    public UserDetail single(Actor actor, int id) {
        require(actor, MANAGE_SCOPES);
        return read(session -> detail(session, existing(session, id)));
    }

    /**
     * The calling user's own profile. No scope is needed.
     *
     * @throws WikiException 1019 for the guest, the system or a user that no longer exists; 1013 for an
     *                       inactive user
     */
    public UserProfile profile(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        if (actor.isGuest() || actor.isSystem() || actor.isApiKey() || actor.id() < 1) {
            throw WikiException.of(WikiError.AUTH_REQUIRED);
        }
        return read(session -> {
            User user = session.users().byId(actor.id())
                    .orElseThrow(() -> WikiException.of(WikiError.AUTH_REQUIRED));
            if (!user.isActive()) {
                throw WikiException.of(WikiError.AUTH_ACCOUNT_BANNED);
            }
            List<String> names = session.groups().byIds(session.users().groupIds(user.id())).stream()
                    .map(Group::name)
                    .toList();
            return UserProfile.of(user, names, Policies.providerName(session.settings(), user.providerKey()),
                    session.pages().countCreatedBy(user.id()));
        });
    }

    /**
     * The 10 users who logged in last, the most recent first. Needs one of
     * {@code write:groups manage:groups write:users manage:users manage:system}.
     */
    public List<UserLastLogin> lastLogins(Actor actor) {
        require(actor, SEARCH_SCOPES);
        return read(session -> session.users().lastLogins(LIST_CAP).stream()
                .map(u -> new UserLastLogin(u.id(), u.name(), Objects.requireNonNull(u.lastLoginAt())))
                .toList());
    }

    /**
     * Creates a user and returns them with their groups (decision 34). Needs {@code write:users},
     * {@code manage:users} or {@code manage:system}.
     *
     * <p>In order: the assignment check of on the groups; the email lower-cased (decision 20); the
     * checks of the email, the password (local users only) and the name; the email free within the strategy;
     * the groups existing; then the user is stored active and verified, in those groups. With
     * {@code sendWelcomeEmail}, the wiki must have a mail sender, checked before anything is stored, and the
     * mail goes out as the last step of the transaction.
     *
     * @throws WikiException code 1 {@code You are not authorized to create a user with an assignment to an
     *                       administrative group.}; 1012 with the first failed check's message, or
     *                       {@code Invalid Group ID} for a group that does not exist; 1004 when the email is
     *                       taken; 3002 when a welcome mail is asked for and the wiki has no mail sender
     */
    public UserDetail create(Actor actor, NewUser input) {
        require(actor, LIST_SCOPES);
        Objects.requireNonNull(input, "input");
        List<Integer> groupIds = distinct(input.groups());
        String email = input.email().toLowerCase(Locale.ROOT);
        boolean local = User.LOCAL_PROVIDER.equals(input.providerKey());
        try {
            UserDetail created = context.storage().inTransaction(session -> {
                List<Group> groups = session.groups().byIds(groupIds);
                if (!engine().canAssign(actor, groups)) {
                    throw WikiException.plain(CREATE_ASSIGNMENT_REFUSED);
                }
                Optional<String> invalid = UserValidation.email(email)
                        .or(() -> local ? UserValidation.passwordRaw(input.passwordRaw()) : Optional.empty())
                        .or(() -> UserValidation.name(input.name()))
                        .or(() -> Optional.ofNullable(
                                Inputs.tooLong("Provider key", input.providerKey(), Inputs.SHORT)));
                if (invalid.isPresent()) {
                    throw WikiException.of(WikiError.INPUT_INVALID, invalid.get());
                }
                if (session.users().byEmail(input.providerKey(), email).isPresent()) {
                    throw WikiException.of(WikiError.AUTH_ACCOUNT_ALREADY_EXISTS);
                }
                if (groups.size() != groupIds.size()) {
                    throw WikiException.of(WikiError.INPUT_INVALID, UNKNOWN_GROUP);
                }
                MailSender sender = input.sendWelcomeEmail() ? requireMail() : null;
                User user = session.users().insert(newUser(input, email, local));
                session.users().setGroups(user.id(), groupIds);
                if (sender != null) {
                    send(sender, UserMails.welcome(context.config(), user));
                }
                return UserDetail.of(user, groups, Policies.providerName(session.settings(), user.providerKey()),
                        Policies.usesForm(user.providerKey()));
            });
            context.changed(Topic.IDENTITIES);
            return created;
        } catch (DuplicateKeyException e) {
            throw duplicate(e, WikiError.USER_CREATION_FAILED);
        } catch (StorageException e) {
            throw unexpected("create a user", WikiError.USER_CREATION_FAILED, e);
        }
    }

    /**
     * Changes a user and returns them as they are now. Needs {@code manage:users} or
     * {@code manage:system}.
     *
     * <p>Null and empty values leave the field as it is. When {@code groups} is given, both the groups the
     * user joins and those they leave must pass the assignment check of; user 1 cannot leave group 1
     * (decision 16); and when the groups change, the user's tokens are revoked (decision 16).
     *
     * @throws WikiException code 1 {@code You are not authorized to modify / assign a user from / to an
     *                       administrative group.}; 1016 for an unknown id; code 1
     *                       {@code Cannot unassign Administrator user from Administrators group.}; 1004 when
     *                       the new email is taken; 1012 {@code Password must be at least 6 characters!}, or
     *                       {@code Invalid Group ID} for a group that does not exist, or first of all
     *                       {@code <Field> is too long (maximum is 255 characters)} for a text field longer than
     *                       the store holds
     */
    public UserDetail update(Actor actor, UserUpdate input) {
        require(actor, MANAGE_SCOPES);
        Objects.requireNonNull(input, "input");
        fitsStore(input);
        List<Integer> wanted = input.groups() == null ? null : distinct(input.groups());
        try {
            UserDetail updated = context.storage().inTransaction(session -> applyUpdate(session, actor, input, wanted));
            context.changed(Topic.IDENTITIES);
            return updated;
        } catch (DuplicateKeyException e) {
            throw duplicate(e, WikiError.AUTH_GENERIC_ERROR);
        } catch (StorageException e) {
            throw unexpected("update a user", WikiError.AUTH_GENERIC_ERROR, e);
        }
    }

    /** 1012 for a field longer than the store holds (255 characters), checked as it would be stored. */
    private static void fitsStore(UserUpdate input) {
        if (input.email() != null) {
            Inputs.require("Email", input.email().toLowerCase(Locale.ROOT), Inputs.SHORT);
        }
        if (input.name() != null) {
            Inputs.require("Name", input.name().strip(), Inputs.SHORT);
        }
        if (input.location() != null) {
            Inputs.require("Location", input.location().strip(), Inputs.SHORT);
        }
        if (input.jobTitle() != null) {
            Inputs.require("Job title", input.jobTitle().strip(), Inputs.SHORT);
        }
        if (input.timezone() != null) {
            Inputs.require("Timezone", input.timezone(), Inputs.SHORT);
        }
        if (input.dateFormat() != null) {
            Inputs.require("Date format", input.dateFormat(), Inputs.SHORT);
        }
        if (input.appearance() != null) {
            Inputs.require("Appearance", input.appearance(), Inputs.SHORT);
        }
    }

    private UserDetail applyUpdate(StorageSession session, Actor actor, UserUpdate input,
                                   @Nullable List<Integer> wanted) {
        Optional<User> found = session.users().byId(input.id());
        List<Integer> current = found.isPresent() ? session.users().groupIds(input.id()) : List.of();
        if (wanted != null) {
            Set<Integer> touched = new LinkedHashSet<>(wanted);
            current.stream().filter(g -> !wanted.contains(g)).forEach(touched::add);
            if (!engine().canAssign(actor, session.groups().byIds(touched))) {
                throw WikiException.plain(UPDATE_ASSIGNMENT_REFUSED);
            }
        }
        User user = found.orElseThrow(() -> WikiException.of(WikiError.USER_NOT_FOUND));
        if (wanted != null && user.id() == Actor.ADMIN_ID && !wanted.contains(Group.ADMINISTRATORS)) {
            throw WikiException.plain(ADMIN_KEEPS_ADMINISTRATORS);
        }
        User changed = user;
        if (isFilled(input.email())) {
            String email = input.email().toLowerCase(Locale.ROOT);
            if (!email.equals(user.email())) {
                if (session.users().byEmail(user.providerKey(), email).isPresent()) {
                    throw WikiException.of(WikiError.AUTH_ACCOUNT_ALREADY_EXISTS);
                }
                changed = copy(changed, b -> b.email(email));
            }
        }
        if (isFilled(input.name()) && !input.name().strip().equals(user.name())) {
            String name = input.name().strip();
            changed = copy(changed, b -> b.name(name));
        }
        if (input.newPassword() != null && !input.newPassword().isEmpty()) {
            if (input.newPassword().length() < UserValidation.MIN_PASSWORD) {
                throw WikiException.of(WikiError.INPUT_INVALID, SHORT_PASSWORD);
            }
            String hash = hashOf(input.newPassword());
            changed = copy(changed, b -> b.passwordHash(hash));
        }
        List<Group> groups = wanted == null ? null : session.groups().byIds(wanted);
        if (groups != null && groups.size() != wanted.size()) {
            throw WikiException.of(WikiError.INPUT_INVALID, UNKNOWN_GROUP);
        }
        changed = profileFields(changed, input);
        Instant now = context.now();
        changed = copy(changed, b -> b.updatedAt(now));
        session.users().update(changed);
        if (wanted != null && !Set.copyOf(wanted).equals(Set.copyOf(current))) {
            session.users().setGroups(user.id(), wanted);
            session.revocations().revoke(userSubject(user.id()), now);
        }
        return detail(session, changed);
    }

    private static User profileFields(User user, UserUpdate input) {
        User changed = user;
        if (isFilled(input.location()) && !input.location().strip().equals(user.location())) {
            String location = input.location().strip();
            changed = copy(changed, b -> b.location(location));
        }
        if (isFilled(input.jobTitle()) && !input.jobTitle().strip().equals(user.jobTitle())) {
            String jobTitle = input.jobTitle().strip();
            changed = copy(changed, b -> b.jobTitle(jobTitle));
        }
        if (input.timezone() != null && !input.timezone().isEmpty()) {
            String timezone = input.timezone();
            changed = copy(changed, b -> b.timezone(timezone));
        }
        if (input.dateFormat() != null) {
            String dateFormat = input.dateFormat();
            changed = copy(changed, b -> b.dateFormat(dateFormat));
        }
        if (input.appearance() != null) {
            String appearance = input.appearance();
            changed = copy(changed, b -> b.appearance(appearance));
        }
        return changed;
    }

    /**
     * Deletes a user and revokes their tokens; their memberships and user keys go with them. The
     * user's pages, page history, assets and comments are handed to {@code replaceId}, which must then be a
     * user. Self-deletion is allowed. Needs {@code manage:users} or {@code manage:system}.
     *
     * @param id        the user to delete
     * @param replaceId the user who takes over the deleted user's content
     * @throws WikiException 1018 for ids 1 and 2; 1016 for an unknown id; 1017 when content still refers to
     *                       the user (for example when {@code replaceId} is no user)
     */
    public void delete(Actor actor, int id, int replaceId) {
        require(actor, MANAGE_SCOPES);
        if (id <= Actor.GUEST_ID) {
            throw WikiException.of(WikiError.USER_DELETE_PROTECTED);
        }
        try {
            context.storage().run(session -> {
                existing(session, id);
                session.users().reassignContent(id, replaceId);
                session.userKeys().deleteByUser(id);
                session.users().delete(id);
                session.revocations().revoke(userSubject(id), context.now());
            });
            context.changed(Topic.IDENTITIES);
        } catch (ReferenceException e) {
            throw WikiException.of(WikiError.USER_DELETE_FOREIGN_CONSTRAINT);
        } catch (StorageException e) {
            throw unexpected("delete a user", WikiError.AUTH_GENERIC_ERROR, e);
        }
    }

    /**
     * Marks the user's email as verified. An unknown id changes nothing and is no error. Needs
     * {@code manage:users} or {@code manage:system}.
     */
    public void verify(Actor actor, int id) {
        require(actor, MANAGE_SCOPES);
        patch(id, "verify a user", (session, user) -> copy(user, b -> b.verified(true)));
    }

    /**
     * Lets the user sign in again. An unknown id changes nothing and is no error. Needs
     * {@code manage:users} or {@code manage:system}.
     */
    public void activate(Actor actor, int id) {
        require(actor, MANAGE_SCOPES);
        patch(id, "activate a user", (session, user) -> copy(user, b -> b.active(true)));
    }

    /**
     * Stops the user from signing in and revokes their tokens, so that the tokens they hold are refused
     * (R-7.11, decision 16). An unknown id changes nothing and is no error. Needs {@code manage:users} or
     * {@code manage:system}.
     *
     * @throws WikiException code 1 {@code Cannot deactivate system accounts.} for ids 1 and 2
     */
    public void deactivate(Actor actor, int id) {
        require(actor, MANAGE_SCOPES);
        if (id <= Actor.GUEST_ID) {
            throw WikiException.plain(DEACTIVATE_SYSTEM);
        }
        patch(id, "deactivate a user", (session, user) -> {
            session.revocations().revoke(userSubject(id), context.now());
            return copy(user, b -> b.active(false));
        });
    }

    /**
     * Turns two-factor login on without a secret, so the user must enrol at the next login. An
     * unknown id changes nothing and is no error. Needs {@code manage:users} or {@code manage:system}.
     */
    public void enableTFA(Actor actor, int id) {
        require(actor, MANAGE_SCOPES);
        patch(id, "enable TFA", (session, user) -> copy(user, b -> b.tfa(true, null)));
    }

    /**
     * Turns two-factor login off and forgets the secret. An unknown id changes nothing and is no
     * error. Needs {@code manage:users} or {@code manage:system}.
     */
    public void disableTFA(Actor actor, int id) {
        require(actor, MANAGE_SCOPES);
        patch(id, "disable TFA", (session, user) -> copy(user, b -> b.tfa(false, null)));
    }

    /**
     * Mails the user a link to reset their password (decision 25; Wiki.js does nothing here): a
     * {@link UserKey.Kind#RESET_PWD resetPwd} key valid for 24 hours, sent as {@code <host>/login-reset/<key>}.
     * Needs {@code manage:users} or {@code manage:system}, although the schema declares no {@code @auth}.
     *
     * @throws WikiException 3002 when the wiki has no mail sender (nothing is stored); 1016 for an unknown id;
     *                       1003 for a user of another strategy than {@code local}, who has no password here
     */
    public void resetPassword(Actor actor, int id) {
        require(actor, MANAGE_SCOPES);
        MailSender sender = requireMail();
        try {
            context.storage().run(session -> {
                User user = existing(session, id);
                if (!User.LOCAL_PROVIDER.equals(user.providerKey())) {
                    throw WikiException.of(WikiError.AUTH_PROVIDER_INVALID);
                }
                UserKey key = UserKey.issue(UserKey.Kind.RESET_PWD, id, context.now());
                session.userKeys().insert(key);
                send(sender, UserMails.passwordReset(context.config(), user, key.token()));
            });
        } catch (StorageException e) {
            throw unexpected("reset a password", WikiError.AUTH_GENERIC_ERROR, e);
        }
    }

    private interface Patch {
        User apply(StorageSession session, User user);
    }

    private void patch(int id, String what, Patch change) {
        try {
            boolean changed = context.storage().inTransaction(session -> {
                Optional<User> user = session.users().byId(id);
                if (user.isEmpty()) {
                    return false;
                }
                User patched = change.apply(session, user.get());
                Instant now = context.now();
                session.users().update(copy(patched, b -> b.updatedAt(now)));
                return true;
            });
            if (changed) {
                context.changed(Topic.IDENTITIES);
            }
        } catch (StorageException e) {
            throw unexpected(what, WikiError.AUTH_GENERIC_ERROR, e);
        }
    }

    private User newUser(NewUser input, String email, boolean local) {
        Instant now = context.now();
        String hash = local ? hashOf(Objects.requireNonNull(input.passwordRaw())) : "";
        User base = User.newLocal(email, input.name(), hash, now);
        return copy(base, b -> b.provider(input.providerKey()).mustChangePwd(local && input.mustChangePassword()));
    }

    /** A hash of the password; a value that already is a bcrypt hash is kept as it is. */
    private String hashOf(String password) {
        return Passwords.looksLikeHash(password) ? password : passwords.hash(password);
    }

    private MailSender requireMail() {
        if (mail == null) {
            throw WikiException.of(WikiError.MAIL_NOT_CONFIGURED);
        }
        return mail;
    }

    private static void send(MailSender sender, MailMessage message) {
        try {
            sender.send(message);
        } catch (WikiException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.error("The mail sender failed to send a mail", e);
            throw WikiException.wrap(WikiError.MAIL_GENERIC_ERROR, e);
        }
    }

    private static UserDetail detail(StorageSession session, User user) {
        return UserDetail.of(user, session.groups().byIds(session.users().groupIds(user.id())),
                Policies.providerName(session.settings(), user.providerKey()), Policies.usesForm(user.providerKey()));
    }

    private static User existing(StorageSession session, int id) {
        return session.users().byId(id).orElseThrow(() -> WikiException.of(WikiError.USER_NOT_FOUND));
    }

    private PermissionEngine engine() {
        return context.permissions();
    }

    private void require(Actor actor, List<String> scopes) {
        Objects.requireNonNull(actor, "actor");
        if (!engine().hasAny(actor, scopes)) {
            throw WikiException.plain("Forbidden");
        }
    }

    private <T> T read(StorageWork<T> work) {
        try {
            return context.storage().inTransaction(work);
        } catch (StorageException e) {
            throw unexpected("read users", WikiError.AUTH_GENERIC_ERROR, e);
        }
    }

    private static WikiException duplicate(DuplicateKeyException e, WikiError otherwise) {
        if (e.key() == UniqueKey.USER_EMAIL) {
            return WikiException.of(WikiError.AUTH_ACCOUNT_ALREADY_EXISTS);
        }
        return unexpected("write a user", otherwise, e);
    }

    private static WikiException unexpected(String what, WikiError error, StorageException e) {
        LOG.error("The store failed to {}", what, e);
        return WikiException.wrap(error, e);
    }

    /** The revocation subject of a user's tokens. */
    static String userSubject(int userId) {
        return "u" + userId;
    }

    private static boolean isFilled(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    private static List<Integer> distinct(List<Integer> ids) {
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    private static User copy(User user, UnaryOperator<UserEdit> edit) {
        return edit.apply(new UserEdit(user)).build();
    }
}
