package io.wikiengine.storage.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.group.Group;
import io.wikiengine.core.mail.MailMessage;
import io.wikiengine.core.user.NewUser;
import io.wikiengine.core.user.User;
import io.wikiengine.core.user.UserDetail;
import java.util.List;
import org.junit.jupiter.api.Test;

/** users.create (spec) with the assignment check of and decisions 19, 20, 34 and 39. */
class UserCreateTest extends IdentityFixture {

    private static final String REFUSED =
            "You are not authorized to create a user with an assignment to an administrative group.";

    private static NewUser ann() {
        return NewUser.local("ann@example.com", "Ann", "password-1");
    }

    @Test
    void decision34_createReturnsTheCreatedUserWithGroups() {
        open();
        Group editors = group("Editors", "write:pages");
        UserDetail created = wiki.users().create(actor(9, "write:users"), ann().withGroups(List.of(editors.id())));
        assertEquals(3, created.id());
        assertEquals("ann@example.com", created.email());
        assertEquals(List.of(editors), created.groups());
        assertEquals(created, wiki.users().single(ADMIN, 3));
    }

    @Test
    void r_7_7_createStoresAnActiveVerifiedLocalUserWithAHashedPassword() {
        open();
        wiki.users().create(ADMIN, ann());
        User stored = stored(3);
        assertTrue(stored.isActive());
        assertTrue(stored.isVerified());
        assertFalse(stored.isSystem());
        assertFalse(stored.tfaIsActive());
        assertFalse(stored.mustChangePwd());
        assertTrue(stored.passwordHash().startsWith("$2a$04$"), stored.passwordHash());
        assertEquals(NOW, stored.createdAt());
    }

    @Test
    void decision20_createLowerCasesTheEmail() {
        open();
        assertEquals("ann@example.com",
                wiki.users().create(ADMIN, NewUser.local("Ann@EXAMPLE.com", "Ann", "password-1")).email());
    }

    @Test
    void r_7_7_mustChangePasswordAppliesToLocalUsersOnly() {
        open();
        wiki.users().create(ADMIN, ann().withMustChangePassword(true));
        wiki.users().create(ADMIN, NewUser.local("bob@example.com", "Bob", null).withProvider("ldap")
                .withMustChangePassword(true));
        assertTrue(stored(3).mustChangePwd());
        assertFalse(stored(4).mustChangePwd());
        assertEquals("", stored(4).passwordHash());
        assertEquals("ldap", stored(4).providerKey());
    }

    @Test
    void r_7_7_invalidEmailIs1012WithTheValidatorMessage() {
        open();
        assertError(WikiError.INPUT_INVALID, "Email is not a valid email",
                () -> wiki.users().create(ADMIN, NewUser.local("not-an-email", "Ann", "password-1")));
        assertError(WikiError.INPUT_INVALID, "Email is not a valid email",
                () -> wiki.users().create(ADMIN, NewUser.local("ann@localhost", "Ann", "password-1")));
        assertError(WikiError.INPUT_INVALID, "Email is not a valid email",
                () -> wiki.users().create(ADMIN, NewUser.local("", "Ann", "password-1")));
    }

    @Test
    void r_7_7_quotedLocalPartsAndIpLiteralsAreValidEmails() {
        open();
        wiki.users().create(ADMIN, NewUser.local("\"john doe\"@example.com", "John", "password-1"));
        wiki.users().create(ADMIN, NewUser.local("ops@[192.168.0.1]", "Ops", "password-1"));
        assertEquals(4, userCount());
    }

    @Test
    void r_7_7_tooLongEmailIs1012() {
        open();
        String email = "a".repeat(250) + "@example.com";
        assertError(WikiError.INPUT_INVALID, "Email is too long (maximum is 255 characters)",
                () -> wiki.users().create(ADMIN, NewUser.local(email, "Ann", "password-1")));
    }

    @Test
    void r_7_7_blankOrShortPasswordIs1012ForLocalUsers() {
        open();
        assertError(WikiError.INPUT_INVALID, "Password raw can't be blank",
                () -> wiki.users().create(ADMIN, NewUser.local("ann@example.com", "Ann", null)));
        assertError(WikiError.INPUT_INVALID, "Password raw can't be blank",
                () -> wiki.users().create(ADMIN, NewUser.local("ann@example.com", "Ann", "   ")));
        assertError(WikiError.INPUT_INVALID, "Password raw is too short (minimum is 6 characters)",
                () -> wiki.users().create(ADMIN, NewUser.local("ann@example.com", "Ann", "12345")));
    }

    @Test
    void r_7_7_badNamesAre1012() {
        open();
        assertError(WikiError.INPUT_INVALID, "Name can't be blank",
                () -> wiki.users().create(ADMIN, NewUser.local("ann@example.com", " ", "password-1")));
        assertError(WikiError.INPUT_INVALID, "Name is too short (minimum is 2 characters)",
                () -> wiki.users().create(ADMIN, NewUser.local("ann@example.com", "A", "password-1")));
        assertError(WikiError.INPUT_INVALID, "Name is too long (maximum is 255 characters)",
                () -> wiki.users().create(ADMIN, NewUser.local("ann@example.com", "A".repeat(256), "password-1")));
    }

    @Test
    void r_7_7_theEmailIsCheckedBeforeThePasswordAndThePasswordBeforeTheName() {
        open();
        assertError(WikiError.INPUT_INVALID, "Email is not a valid email",
                () -> wiki.users().create(ADMIN, NewUser.local("bad", "A", "1")));
        assertError(WikiError.INPUT_INVALID, "Password raw is too short (minimum is 6 characters)",
                () -> wiki.users().create(ADMIN, NewUser.local("ann@example.com", "A", "1")));
    }

    @Test
    void r_7_7_duplicateEmailInTheProviderIs1004CaseInsensitively() {
        open();
        wiki.users().create(ADMIN, ann());
        assertError(WikiError.AUTH_ACCOUNT_ALREADY_EXISTS,
                () -> wiki.users().create(ADMIN, NewUser.local("ANN@example.com", "Ann", "password-1")));
        wiki.users().create(ADMIN, NewUser.local("ann@example.com", "Ann", null).withProvider("ldap"));
        assertEquals(4, userCount());
    }

    @Test
    void r_7_7_groupsThatDoNotExistAre1012AndNothingIsStored() {
        open();
        assertError(WikiError.INPUT_INVALID, "Invalid Group ID",
                () -> wiki.users().create(ADMIN, ann().withGroups(List.of(1, 99))));
        assertEquals(2, userCount());
    }

    @Test
    void r_7_7_createNeedsAUserScope() {
        open();
        assertPlain("Forbidden", () -> wiki.users().create(actor(9, "manage:groups"), ann()));
    }

    @Test
    void r_4_4_3_anEmptyGroupListPassesForAnyCreator() {
        open();
        assertEquals(3, wiki.users().create(actor(9, "write:users"), ann()).id());
    }

    @Test
    void r_4_4_3_contentGroupsPassForWriteUsers() {
        open();
        Group editors = group("Editors", "write:pages", "read:pages");
        assertEquals(List.of(editors),
                wiki.users().create(actor(9, "write:users"), ann().withGroups(List.of(editors.id()))).groups());
    }

    @Test
    void r_4_4_3_aGroupWithAnAdministrativeScopeNeedsManageGroups() {
        open();
        Group theme = group("Theme", "manage:theme");
        NewUser input = ann().withGroups(List.of(theme.id()));
        assertPlain(REFUSED, () -> wiki.users().create(actor(9, "write:users", "manage:users"), input));
        assertEquals(2, userCount());
        assertEquals(3, wiki.users().create(actor(9, "write:users", "manage:groups"), input).id());
    }

    @Test
    void r_4_4_3_aGroupWithManageSystemIsRefusedWithoutManageSystem() {
        open();
        NewUser input = ann().withGroups(List.of(Group.ADMINISTRATORS));
        assertPlain(REFUSED, () -> wiki.users().create(actor(9, "manage:users", "manage:groups"), input));
        assertEquals(List.of(Group.ADMINISTRATORS),
                wiki.users().create(ADMIN, input).groups().stream().map(Group::id).toList());
    }

    @Test
    void r_4_4_3_theAssignmentCheckComesBeforeValidation() {
        open();
        assertPlain(REFUSED, () -> wiki.users().create(actor(9, "write:users"),
                NewUser.local("bad", "A", "1").withGroups(List.of(Group.ADMINISTRATORS))));
    }

    @Test
    void r_7_7_welcomeMailLinksToTheLoginPage() {
        open();
        wiki.users().create(ADMIN, ann().withWelcomeEmail(true));
        assertEquals(1, mails.size());
        MailMessage mail = mails.get(0);
        assertEquals("ann@example.com", mail.to());
        assertTrue(mail.text().contains(HOST + "/login"), mail.text());
        assertTrue(mail.html().contains(HOST + "/login"), mail.html());
        assertTrue(mail.subject().contains("Acme Wiki"), mail.subject());
    }

    @Test
    void decision19_welcomeMailWithoutAMailSenderIs3002AndCreatesNothing() {
        open(b -> { });
        assertError(WikiError.MAIL_NOT_CONFIGURED, () -> wiki.users().create(ADMIN, ann().withWelcomeEmail(true)));
        assertEquals(2, userCount());
        assertEquals(3, wiki.users().create(ADMIN, ann()).id());
    }

    @Test
    void r_7_7_aFailingMailSenderIs3001AndCreatesNothing() {
        open(b -> b.mailSender(message -> {
            throw new IllegalStateException("SMTP down");
        }));
        assertError(WikiError.MAIL_GENERIC_ERROR, () -> wiki.users().create(ADMIN, ann().withWelcomeEmail(true)));
        assertEquals(2, userCount());
    }

    @Test
    void decision39_failedCreatesConsumeNoId() {
        open();
        wiki.users().create(ADMIN, ann());
        assertError(WikiError.AUTH_ACCOUNT_ALREADY_EXISTS, () -> wiki.users().create(ADMIN, ann()));
        assertError(WikiError.INPUT_INVALID, () -> wiki.users().create(ADMIN, NewUser.local("x", "Xx", "password-1")));
        assertError(WikiError.INPUT_INVALID, () -> wiki.users().create(ADMIN,
                NewUser.local("bob@example.com", "Bob", "password-1").withGroups(List.of(77))));
        assertEquals(4, wiki.users().create(ADMIN, NewUser.local("bob@example.com", "Bob", "password-1")).id());
    }

    @Test
    void r_5_5_4_aPasswordThatIsAlreadyABcryptHashIsStoredAsIs() {
        open();
        String hash = "$2a$10$" + "a".repeat(53);
        wiki.users().create(ADMIN, NewUser.local("ann@example.com", "Ann", hash));
        assertEquals(hash, stored(3).passwordHash());
    }
}
