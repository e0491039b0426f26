package io.wikiengine.storage.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.user.NewUser;
import io.wikiengine.core.user.UserUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A user's text the store cannot hold is refused as 1012 before anything is written. */
class UserInputLimitsTest extends IdentityFixture {

    private static final String BIG = "x".repeat(256);

    @BeforeEach
    void setUp() {
        open();
    }

    @Test
    void decision39_overLongProviderKeyOnCreateIs1012AndConsumesNoId() {
        assertError(WikiError.INPUT_INVALID, "Provider key is too long (maximum is 255 characters)",
                () -> wiki.users().create(SYSTEM, NewUser.local("a@example.com", "Alice", "password-1")
                        .withProvider(BIG)));
        assertEquals(3, user("b@example.com").id());
    }

    @Test
    void r_7_8_overLongNameIs1012() {
        int id = user("a@example.com").id();
        assertError(WikiError.INPUT_INVALID, "Name is too long (maximum is 255 characters)",
                () -> wiki.users().update(SYSTEM, UserUpdate.of(id).withName(BIG)));
        assertEquals("User a@example.com", stored(id).name());
    }

    @Test
    void r_7_8_overLongEmailIs1012() {
        int id = user("a@example.com").id();
        assertError(WikiError.INPUT_INVALID, "Email is too long (maximum is 255 characters)",
                () -> wiki.users().update(SYSTEM, UserUpdate.of(id).withEmail(BIG + "@example.com")));
        assertEquals("a@example.com", stored(id).email());
    }

    @Test
    void r_7_8_overLongProfileFieldsAre1012() {
        int id = user("a@example.com").id();
        var before = stored(id);
        assertError(WikiError.INPUT_INVALID, "Location is too long (maximum is 255 characters)",
                () -> wiki.users().update(SYSTEM, new UserUpdate(id, null, null, null, null, BIG, null, null, null,
                        null)));
        assertError(WikiError.INPUT_INVALID, "Job title is too long (maximum is 255 characters)",
                () -> wiki.users().update(SYSTEM, new UserUpdate(id, null, null, null, null, null, BIG, null, null,
                        null)));
        assertError(WikiError.INPUT_INVALID, "Timezone is too long (maximum is 255 characters)",
                () -> wiki.users().update(SYSTEM, new UserUpdate(id, null, null, null, null, null, null, BIG, null,
                        null)));
        assertError(WikiError.INPUT_INVALID, "Date format is too long (maximum is 255 characters)",
                () -> wiki.users().update(SYSTEM, new UserUpdate(id, null, null, null, null, null, null, null, BIG,
                        null)));
        assertError(WikiError.INPUT_INVALID, "Appearance is too long (maximum is 255 characters)",
                () -> wiki.users().update(SYSTEM, new UserUpdate(id, null, null, null, null, null, null, null, null,
                        BIG)));
        assertEquals(before, stored(id));
    }

    @Test
    void r_7_8_fieldsOfExactlyTheColumnSizeAreKept() {
        int id = user("a@example.com").id();
        String fits = "y".repeat(255);
        wiki.users().update(SYSTEM, new UserUpdate(id, null, fits, null, null, fits, fits, fits, fits, fits));
        assertEquals(fits, stored(id).jobTitle());
        assertEquals(fits, stored(id).appearance());
    }
}
