package io.wikiengine.core;

import io.wikiengine.core.access.PermissionEngine;
import io.wikiengine.core.asset.AssetService;
import io.wikiengine.core.auth.AuthService;
import io.wikiengine.core.auth.StrategyService;
import io.wikiengine.core.comment.CommentService;
import io.wikiengine.core.group.GroupService;
import io.wikiengine.core.internal.Bootstrap;
import io.wikiengine.core.internal.ChangeCounter;
import io.wikiengine.core.internal.Changes;
import io.wikiengine.core.internal.WikiContext;
import io.wikiengine.core.mail.MailSender;
import io.wikiengine.core.page.PageService;
import io.wikiengine.core.page.internal.Rendering;
import io.wikiengine.core.plugin.Topic;
import io.wikiengine.core.plugin.WikiPlugin;
import io.wikiengine.core.render.PageRenderer;
import io.wikiengine.core.search.SearchEngine;
import io.wikiengine.core.spi.Storage;
import io.wikiengine.core.spi.StorageProvider;
import io.wikiengine.core.user.UserService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * A wiki: the one object a host application holds. Everything else hangs off it.
 *
 * <pre>{@code
 * try (Wiki wiki = Wiki.builder().admin("admin@example.com", "s3cret-pass").build()) {
 *     // wiki.pages(), wiki.users(), ... each method takes the calling Actor first
 * }
 * }</pre>
 *
 * <p>A wiki is thread-safe. Opening an empty store bootstraps what Wiki.js setup makes (groups 1
 * Administrators and 2 Guests, user 1 the administrator, user 2 the guest); opening a bootstrapped store
 * changes nothing.
 */
public final class Wiki implements AutoCloseable {

    private final WikiContext context;
    private final boolean ownsStorage;
    private final UserService users;
    private final GroupService groups;
    private final AssetService assets;
    private final PageService pages;
    private final AuthService auth;
    private final StrategyService strategies;
    private final CommentService comments;

    private Wiki(Builder builder, Storage storage, boolean ownsStorage) {
        ChangeCounter identities = new ChangeCounter();
        PermissionEngine permissions = new PermissionEngine();
        Changes changes = new Changes(storage, permissions, identities);
        builder.plugins.forEach(changes::install);
        this.context = new WikiContext(storage, builder.config, builder.clock, identities, permissions, changes);
        this.ownsStorage = ownsStorage;
        try {
            new Bootstrap(storage, builder.config, builder.clock).run(builder.adminEmail, builder.adminPassword);
            this.users = new UserService(context, builder.mailSender);
            this.groups = new GroupService(context);
            this.assets = new AssetService(context);
            this.pages = new PageService(context, builder.search, new Rendering(new PageRenderer()));
            this.auth = new AuthService(context, builder.mailSender);
            this.strategies = new StrategyService(context);
            this.comments = new CommentService(context);
            // Plugins start listening before the groups are read, so no change committed elsewhere in between
            // goes unseen.
            changes.startPlugins();
            context.permissions().load(storage.inTransaction(session -> session.groups().all()));
        } catch (RuntimeException e) {
            changes.closePlugins();
            throw e;
        }
    }

    /** A builder for a wiki. */
    public static Builder builder() {
        return new Builder();
    }

    /** The {@code users} operations (spec §7). */
    public UserService users() {
        return users;
    }

    /** The {@code groups} operations (spec §8). */
    public GroupService groups() {
        return groups;
    }

    /** The configuration the wiki was built with. */
    public WikiConfig config() {
        return context.config();
    }

    /** The permission engine that decides every call, from the current groups. */
    public PermissionEngine permissions() {
        return context.permissions();
    }

    /** The page operations ({@code pages.*} of the API). */
    public PageService pages() {
        return pages;
    }

    /** The store the wiki keeps its data in. */
    public Storage storage() {
        return context.storage();
    }

    /** Asset folders, assets, uploads and downloads (spec §9). */
    public AssetService assets() {
        return assets;
    }

    /** The clock the wiki reads the time from. */
    public Clock clock() {
        return context.clock();
    }

    /** Authentication: resolving callers from tokens, login, registration, passwords, API keys. */
    public AuthService auth() {
        return auth;
    }

    /** The authentication strategies and their configuration (spec ). */
    public StrategyService strategies() {
        return strategies;
    }

    /** Comments on pages and the comment providers (spec §10). */
    public CommentService comments() {
        return comments;
    }

    /**
     * Makes this instance, and through the plugins every other instance, drop or reload what it holds of
     * these topics. The wiki's own operations do this after each commit; a host that writes to
     * {@link #storage()} directly calls it after its transaction committed.
     */
    public void changed(Topic topic, Topic... more) {
        Objects.requireNonNull(topic, "topic");
        for (Topic each : more) {
            Objects.requireNonNull(each, "topic");
        }
        context.changed(topic, more);
    }

    /**
     * Closes the plugins, and the store when the wiki opened it itself; a store given to the builder stays
     * open.
     */
    @Override
    public void close() {
        context.changes().closePlugins();
        if (ownsStorage) {
            context.storage().close();
        }
    }

    /** Builds a {@link Wiki}. */
    public static final class Builder {

        private @Nullable Storage storage;
        private WikiConfig config = WikiConfig.DEFAULTS;
        private Clock clock = Clock.systemUTC();
        private SearchEngine search = SearchEngine.database();
        private @Nullable String adminEmail;
        private @Nullable String adminPassword;
        private final List<WikiPlugin> plugins = new ArrayList<>();
        private @Nullable MailSender mailSender;

        private Builder() {
        }

        /**
         * Installs a plugin, for example the one that keeps several instances over one PostgreSQL database
         * coherent. Plugins start in the order installed, once the store is open; the wiki closes them.
         */
        public Builder plugin(WikiPlugin value) {
            plugins.add(Objects.requireNonNull(value, "plugin"));
            return this;
        }

        /**
         * The sender of the mails the wiki sends (welcome mails, password resets). Without one, every
         * operation that needs mail answers 3002 MailNotConfigured and changes nothing.
         */
        public Builder mailSender(MailSender value) {
            this.mailSender = Objects.requireNonNull(value, "mailSender");
            return this;
        }

        /** The store to open. Without one, the default found with {@link ServiceLoader} (H2 in memory). */
        public Builder storage(Storage value) {
            this.storage = Objects.requireNonNull(value, "storage");
            return this;
        }

        /** The configuration; {@link WikiConfig#DEFAULTS} otherwise. */
        public Builder config(WikiConfig value) {
            this.config = Objects.requireNonNull(value, "config");
            return this;
        }

        /** The clock to read the time from; the system UTC clock otherwise. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** The search engine behind {@code pages.search}; {@link SearchEngine#database()} otherwise. */
        public Builder search(SearchEngine value) {
            this.search = Objects.requireNonNull(value, "search");
            return this;
        }

        /**
         * The first administrator, created when the store is empty (and ignored otherwise).
         *
         * @param email    the administrator's email; stored lower-case
         * @param password at least 6 characters
         */
        public Builder admin(String email, String password) {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(password, "password");
            if (email.isBlank()) {
                throw new IllegalArgumentException("admin email must not be blank");
            }
            if (password.length() < 6) {
                throw new IllegalArgumentException("admin password must have at least 6 characters");
            }
            this.adminEmail = email;
            this.adminPassword = password;
            return this;
        }

        /**
         * Opens the wiki, bootstrapping an empty store.
         *
         * @throws IllegalStateException if the store is empty and no administrator was given, or if no
         *                               store was given and none is on the class path
         */
        public Wiki build() {
            if (storage != null) {
                return new Wiki(this, storage, false);
            }
            Storage found = ServiceLoader.load(StorageProvider.class).stream()
                    .map(ServiceLoader.Provider::get)
                    .max(Comparator.comparingInt(StorageProvider::priority))
                    .orElseThrow(() -> new IllegalStateException(
                            "No storage given and none on the class path: add engine-storage or call storage(...)"))
                    .open();
            try {
                return new Wiki(this, found, true);
            } catch (RuntimeException e) {
                found.close();
                throw e;
            }
        }
    }
}
