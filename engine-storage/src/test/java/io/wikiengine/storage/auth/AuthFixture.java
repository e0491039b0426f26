package io.wikiengine.storage.auth;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.wikiengine.core.Wiki;
import io.wikiengine.core.WikiConfig;
import io.wikiengine.core.access.PageRule;
import io.wikiengine.core.auth.internal.Passwords;
import io.wikiengine.core.auth.internal.SigningKeys;
import io.wikiengine.core.group.Group;
import io.wikiengine.core.spi.Storage;
import io.wikiengine.core.user.User;
import io.wikiengine.storage.testing.TestStores;
import io.wikiengine.storage.testing.TestClock;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A wiki on a fresh in-memory store with a clock the test moves, and helpers to set users up directly. */
final class AuthFixture implements AutoCloseable {

    static final Instant T0 = Instant.parse("2026-03-04T10:00:00Z");
    static final String ADMIN_EMAIL = "admin@example.com";
    static final String ADMIN_PASSWORD = "secret-123";

    // Making an RSA-2048 pair costs a good part of a second: every fixture after the first starts from the pair
    // the first one made and stored, which also exercises loading the pair from the settings.
    private static volatile String sharedCerts;

    final TestClock clock = new TestClock(T0);
    final List<io.wikiengine.core.mail.MailMessage> mails = new ArrayList<>();
    final Wiki wiki;

    AuthFixture() {
        this(true);
    }

    AuthFixture(boolean withMail) {
        this(TestStores.fresh(), withMail);
    }

    AuthFixture(Storage storage, boolean withMail) {
        Wiki.Builder builder = Wiki.builder().storage(storage).clock(clock)
                .config(WikiConfig.DEFAULTS.withPasswordCost(4).withHost("https://wiki.example.com"))
                .admin(ADMIN_EMAIL, ADMIN_PASSWORD);
        if (withMail) {
            builder.mailSender(mails::add);
        }
        this.wiki = builder.build();
        String certs = sharedCerts;
        if (certs != null) {
            storage.run(s -> s.settings().putIfAbsent(SigningKeys.SETTING, certs));
        } else {
            wiki.auth().publicKeyPem();
            sharedCerts = storage.inTransaction(s -> s.settings().get(SigningKeys.SETTING)).orElseThrow();
        }
    }

    Storage storage() {
        return wiki.storage();
    }

    /** A group with these permissions and redirect. */
    Group group(String name, List<String> permissions, String redirect) {
        return storage().inTransaction(s -> s.groups().insert(new Group(0, name, permissions, List.<PageRule>of(),
                false, redirect, T0, T0)));
    }

    /** An active, verified local user with this password in these groups. */
    User user(String email, String password, int... groups) {
        String hash = new Passwords(4).hash(password);
        return storage().inTransaction(s -> {
            User u = s.users().insert(User.newLocal(email, "User " + email, hash, T0));
            for (int g : groups) {
                s.users().addToGroup(u.id(), g);
            }
            return u;
        });
    }

    /** Changes a stored user. */
    User edit(int id, UnaryOperator<User> change) {
        return storage().inTransaction(s -> {
            User changed = change.apply(s.users().byId(id).orElseThrow());
            s.users().update(changed);
            return changed;
        });
    }

    User stored(int id) {
        return storage().inTransaction(s -> s.users().byId(id).orElseThrow());
    }

    String loginJwt(String email, String password) {
        String jwt = wiki.auth().login(email, password, "local").jwt();
        if (jwt == null) {
            throw new AssertionError("login gave no jwt");
        }
        return jwt;
    }

    static JWTClaimsSet claims(String jwt) {
        try {
            return SignedJWT.parse(jwt).getJWTClaimsSet();
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        wiki.close();
        storage().close();
    }
}
