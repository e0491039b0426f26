package io.wikiengine.storage.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wikiengine.core.access.Actor;
import io.wikiengine.core.error.WikiException;
import io.wikiengine.core.page.Page;
import io.wikiengine.core.page.PageCreate;
import io.wikiengine.core.page.PageUpdate;
import io.wikiengine.core.user.NewUser;
import io.wikiengine.core.user.UserDetail;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What users own: delete hands it over, the profile counts it, the provider is named. */
class UserContentTest extends IdentityFixture {

    private Actor writer(UserDetail user) {
        return Actor.user(user.id(), user.email(), user.name(), Set.of("manage:system"), List.of(1));
    }

    @Test
    void r_7_10_deleteHandsPagesAndVersionsToTheReplacement() {
        open();
        UserDetail ann = wiki.users().create(ADMIN, NewUser.local("ann@example.com", "Ann", "password-1"));
        Page page = wiki.pages().create(writer(ann), PageCreate.of("en", "ann/notes", "Notes", "# Notes"));
        wiki.pages().update(writer(ann), PageUpdate.of(page.id()).withContent("# Notes, again"));

        wiki.users().delete(ADMIN, ann.id(), 1);

        Page after = wiki.pages().single(ADMIN, page.id());
        assertEquals(1, after.authorId());
        assertEquals(1, after.creatorId());
        assertEquals(1, wiki.pages().history(ADMIN, page.id(), 0, 0).trail().get(0).authorId());
    }

    @Test
    void r_7_10_aReplacementThatIsNoUserIs1017AndNothingChanges() {
        open();
        UserDetail ann = wiki.users().create(ADMIN, NewUser.local("ann@example.com", "Ann", "password-1"));
        Page page = wiki.pages().create(writer(ann), PageCreate.of("en", "ann/notes", "Notes", "# Notes"));

        WikiException e = assertThrows(WikiException.class, () -> wiki.users().delete(ADMIN, ann.id(), 999));

        assertEquals(1017, e.code());
        assertEquals(ann.id(), wiki.pages().single(ADMIN, page.id()).creatorId());
        assertEquals("Ann", wiki.users().single(ADMIN, ann.id()).name());
    }

    @Test
    void r_7_5_theProfileCountsThePagesTheUserCreatedAndNamesTheProvider() {
        open();
        wiki.pages().create(ADMIN, PageCreate.of("en", "one", "One", "1"));
        wiki.pages().create(ADMIN, PageCreate.of("en", "two", "Two", "2"));
        var profile = wiki.users().profile(ADMIN);
        assertEquals(2, profile.pagesTotal());
        assertEquals("Local", profile.providerName());
    }

    @Test
    void r_7_4_singleNamesTheProviderAndWhetherItCanDoTwoFactor() {
        open();
        UserDetail admin = wiki.users().single(ADMIN, 1);
        assertEquals("Local", admin.providerName());
        assertEquals(true, admin.providerIs2FACapable());
        UserDetail bob = wiki.users().create(ADMIN, NewUser.local("bob@example.com", "Bob", null).withProvider("ldap"));
        assertEquals("Unknown", wiki.users().single(ADMIN, bob.id()).providerName());
        assertEquals(false, wiki.users().single(ADMIN, bob.id()).providerIs2FACapable());
    }
}
