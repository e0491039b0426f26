package io.wikiengine.core.user;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A mutable copy of a stored user, for the service to change a few fields of it in one expression. */
final class UserEdit {

    private final User base;
    private String email;
    private String name;
    private String providerKey;
    private String passwordHash;
    private boolean tfaIsActive;
    private @Nullable String tfaSecret;
    private String jobTitle;
    private String location;
    private String timezone;
    private String dateFormat;
    private String appearance;
    private boolean isActive;
    private boolean isVerified;
    private boolean mustChangePwd;
    private Instant updatedAt;

    UserEdit(User user) {
        this.base = user;
        this.email = user.email();
        this.name = user.name();
        this.providerKey = user.providerKey();
        this.passwordHash = user.passwordHash();
        this.tfaIsActive = user.tfaIsActive();
        this.tfaSecret = user.tfaSecret();
        this.jobTitle = user.jobTitle();
        this.location = user.location();
        this.timezone = user.timezone();
        this.dateFormat = user.dateFormat();
        this.appearance = user.appearance();
        this.isActive = user.isActive();
        this.isVerified = user.isVerified();
        this.mustChangePwd = user.mustChangePwd();
        this.updatedAt = user.updatedAt();
    }

    UserEdit email(String value) {
        this.email = value;
        return this;
    }

    UserEdit name(String value) {
        this.name = value;
        return this;
    }

    UserEdit provider(String value) {
        this.providerKey = value;
        return this;
    }

    UserEdit passwordHash(String value) {
        this.passwordHash = value;
        return this;
    }

    UserEdit tfa(boolean active, @Nullable String secret) {
        this.tfaIsActive = active;
        this.tfaSecret = secret;
        return this;
    }

    UserEdit jobTitle(String value) {
        this.jobTitle = value;
        return this;
    }

    UserEdit location(String value) {
        this.location = value;
        return this;
    }

    UserEdit timezone(String value) {
        this.timezone = value;
        return this;
    }

    UserEdit dateFormat(String value) {
        this.dateFormat = value;
        return this;
    }

    UserEdit appearance(String value) {
        this.appearance = value;
        return this;
    }

    UserEdit active(boolean value) {
        this.isActive = value;
        return this;
    }

    UserEdit verified(boolean value) {
        this.isVerified = value;
        return this;
    }

    UserEdit mustChangePwd(boolean value) {
        this.mustChangePwd = value;
        return this;
    }

    UserEdit updatedAt(Instant value) {
        this.updatedAt = value;
        return this;
    }

    User build() {
        return new User(base.id(), email, name, providerKey, base.providerId(), passwordHash, tfaIsActive, tfaSecret,
                jobTitle, location, base.pictureUrl(), timezone, base.localeCode(), base.defaultEditor(), dateFormat,
                appearance, base.isSystem(), isActive, isVerified, mustChangePwd, base.createdAt(), updatedAt,
                base.lastLoginAt());
    }
}
