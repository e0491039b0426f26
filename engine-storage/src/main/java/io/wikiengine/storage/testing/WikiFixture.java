package io.wikiengine.storage.testing;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.WikiConfig;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.PageRule;
import io.wikiengine.core.asset.Asset;
import io.wikiengine.core.asset.AssetFolder;
import io.wikiengine.core.group.Group;
import io.wikiengine.core.group.GroupMinimal;
import io.wikiengine.core.group.GroupUpdate;
import io.wikiengine.core.io.ImportOptions;
import io.wikiengine.core.io.ImportReport;
import io.wikiengine.core.io.WikiImporter;
import io.wikiengine.core.page.Page;
import io.wikiengine.core.page.PageCreate;
import io.wikiengine.core.user.NewUser;
import io.wikiengine.core.user.UserDetail;
import io.wikiengine.core.user.UserMinimal;
import io.wikiengine.storage.JdbiStorage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A throw-away wiki for tests, in one line:
 *
 * <pre>{@code
 * try (WikiFixture fixture = WikiFixture.create()) {
 *     fixture.page("docs/intro", "# Hello");
 *     Page page = fixture.wiki().pages().singleByPath(fixture.admin(), "docs/intro", "en");
 * }
 *
 * WikiFixture fixture = WikiFixture.builder()
 *         .group("Editors", List.of("read:pages", "write:pages"), List.of(PageRule.allow("r1", RuleMatch.START, "docs", List.of("read:pages", "write:pages"))))
 *         .user("ed@example.com", "Ed", "password-1", "Editors")
 *         .page("docs/intro", "# Hello")
 *         .asset("img/logo.png", pngBytes)
 *         .importResource("wikis/handbook")
 *         .build();
 * Actor ed = fixture.actor("ed@example.com");
 * }</pre>
 *
 * <p>Each fixture has its own private store from {@link TestStores#fresh()} (H2 in memory, or a PostgreSQL
 * schema when the environment asks for it), gone on {@link #close()}. It is bootstrapped as
 * Wiki.js setup makes a wiki (groups 1 Administrators and 2 Guests, user 1 {@value #ADMIN_EMAIL} with password
 * {@value #ADMIN_PASSWORD}, user 2 the guest), with bcrypt cost 4 so that passwords cost nothing, and does no
 * other work when it opens: the token signing keys are made on the first login only. The builder's steps run
 * in the order given, through the public services as {@link Actor#system()}, so ids follow that order
 * (decision 39): the first group added is 3, the first user 3, the first page 1.
 */
public final class WikiFixture implements AutoCloseable {

    /** The administrator's email. */
    public static final String ADMIN_EMAIL = "admin@example.com";
    /** The administrator's password. */
    public static final String ADMIN_PASSWORD = "admin-password";
    /** The bcrypt cost of a fixture: the lowest there is. */
    public static final int PASSWORD_COST = 4;

    private final Wiki wiki;
    private final Actor system = Actor.system();
    private volatile boolean closed;

    private WikiFixture(Wiki wiki) {
        this.wiki = wiki;
    }

    /** An empty wiki: the administrator, the guest and the two system groups. */
    public static WikiFixture create() {
        return builder().build();
    }

    /** A builder for a fixture with content. */
    public static Builder builder() {
        return new Builder();
    }

    /** The wiki. */
    public Wiki wiki() {
        return wiki;
    }

    /** The administrator (user 1), as a signed-in user of group 1. */
    public Actor admin() {
        return actor(ADMIN_EMAIL);
    }

    /** The host itself, which passes every check. */
    public Actor system() {
        return system;
    }

    /** The guest, with the current permissions of its groups. */
    public Actor guest() {
        return wiki.auth().guest();
    }

    /**
     * A user as a signed-in actor with the current permissions of its groups, as a fresh token would carry.
     *
     * @throws IllegalArgumentException when no user has this email
     */
    public Actor actor(String email) {
        Objects.requireNonNull(email, "email");
        String wanted = email.toLowerCase(Locale.ROOT);
        UserMinimal found = wiki.users().list(system).stream().filter(u -> u.email().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No user has the email " + email));
        UserDetail user = wiki.users().single(system, found.id());
        Set<String> permissions = new LinkedHashSet<>();
        List<Integer> groups = new ArrayList<>();
        for (Group group : user.groups()) {
            permissions.addAll(group.permissions());
            groups.add(group.id());
        }
        return Actor.user(user.id(), user.email(), user.name(), permissions, groups);
    }

    /**
     * The id of the group with this name.
     *
     * @throws IllegalArgumentException when none has it
     */
    public int groupId(String name) {
        Objects.requireNonNull(name, "name");
        return wiki.groups().list(system).stream().filter(g -> g.name().equals(name)).map(GroupMinimal::id)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No group is named " + name));
    }

    /** Adds a group with these global permissions and page rules; returns it. */
    public Group group(String name, List<String> permissions, List<PageRule> rules) {
        Group created = wiki.groups().create(system, name);
        return wiki.groups().update(system, new GroupUpdate(created.id(), name, created.redirectOnLogin(),
                permissions, rules)).orElseThrow();
    }

    /** Adds a local user in the groups with these names; returns it. */
    public UserDetail user(String email, String name, String password, String... groups) {
        List<Integer> ids = Arrays.stream(groups).map(this::groupId).toList();
        return wiki.users().create(system, NewUser.local(email, name, password).withGroups(ids));
    }

    /** Adds a published markdown page of the site locale, titled after the last segment of its path. */
    public Page page(String path, String content) {
        String title = path.substring(path.lastIndexOf('/') + 1);
        return page(PageCreate.of(wiki.config().siteLocale(), path, title, content));
    }

    /** Adds a page. */
    public Page page(PageCreate input) {
        return wiki.pages().create(system, input);
    }

    /**
     * Adds an asset at this asset path ({@code img/logo.png}), creating the folders it names.
     */
    public Asset asset(String assetPath, byte[] data) {
        Objects.requireNonNull(assetPath, "assetPath");
        Objects.requireNonNull(data, "data");
        String[] parts = assetPath.split("/");
        int folder = AssetFolder.ROOT;
        for (int i = 0; i < parts.length - 1; i++) {
            int parent = folder;
            String slug = parts[i];
            folder = wiki.assets().folders(system, parent).stream()
                    .filter(f -> f.slug().equals(slug.toLowerCase(Locale.ROOT))).map(AssetFolder::id).findFirst()
                    .orElseGet(() -> wiki.assets().createFolder(system, parent, slug, slug).id());
        }
        return wiki.assets().upload(system, folder, parts[parts.length - 1], new ByteArrayInputStream(data), null);
    }

    /** Imports a Wiki.js storage folder with {@link ImportOptions#DEFAULTS}. */
    public ImportReport importFolder(Path folder) {
        return importFolder(folder, ImportOptions.DEFAULTS);
    }

    /** Imports a Wiki.js storage folder. */
    public ImportReport importFolder(Path folder, ImportOptions options) {
        return new WikiImporter(wiki).importFolder(folder, options);
    }

    /**
     * Imports a Wiki.js storage folder found on the class path (in a directory or inside a jar), such as
     * {@code wikis/handbook} for {@code src/test/resources/wikis/handbook}.
     *
     * @throws IllegalArgumentException when the class path has no such folder
     */
    public ImportReport importResource(String name) {
        return importResource(name, ImportOptions.DEFAULTS);
    }

    /** Imports a Wiki.js storage folder found on the class path, with these options. */
    public ImportReport importResource(String name, ImportOptions options) {
        Objects.requireNonNull(name, "name");
        String resource = name.startsWith("/") ? name.substring(1) : name;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        URL url = (loader == null ? WikiFixture.class.getClassLoader() : loader).getResource(resource);
        if (url == null) {
            throw new IllegalArgumentException("No folder " + resource + " on the class path");
        }
        try {
            URI uri = url.toURI();
            if (!uri.getScheme().equals("jar")) {
                return importFolder(Path.of(uri), options);
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return importFolder(jar.provider().getPath(uri), options);
            }
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("Cannot open the class-path folder " + resource, e));
        }
    }

    /** Closes the wiki and drops its database. Closing twice does nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        wiki.storage().close();
        wiki.close();
    }

    /** Builds a {@link WikiFixture}; every step runs, in order, when {@link #build()} opens the wiki. */
    public static final class Builder {

        private WikiConfig config = WikiConfig.DEFAULTS.withPasswordCost(PASSWORD_COST);
        private @Nullable Clock clock;
        private final List<Consumer<WikiFixture>> steps = new ArrayList<>();

        private Builder() {
        }

        /** The configuration, its bcrypt cost included; the default is {@link WikiConfig#DEFAULTS} with cost 4. */
        public Builder config(WikiConfig value) {
            this.config = Objects.requireNonNull(value, "config");
            return this;
        }

        /** The clock the wiki reads the time from. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Adds a group with these global permissions and page rules. */
        public Builder group(String name, List<String> permissions, List<PageRule> rules) {
            Objects.requireNonNull(name, "name");
            List<String> perms = List.copyOf(permissions);
            List<PageRule> pageRules = List.copyOf(rules);
            steps.add(f -> f.group(name, perms, pageRules));
            return this;
        }

        /** Adds a local user in the groups with these names (added before). */
        public Builder user(String email, String name, String password, String... groups) {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(password, "password");
            String[] names = groups.clone();
            steps.add(f -> f.user(email, name, password, names));
            return this;
        }

        /** Adds a published markdown page of the site locale, titled after the last segment of its path. */
        public Builder page(String path, String content) {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(content, "content");
            steps.add(f -> f.page(path, content));
            return this;
        }

        /** Adds a page. */
        public Builder page(PageCreate input) {
            Objects.requireNonNull(input, "input");
            steps.add(f -> f.page(input));
            return this;
        }

        /** Adds an asset at this asset path, creating its folders. */
        public Builder asset(String assetPath, byte[] data) {
            Objects.requireNonNull(assetPath, "assetPath");
            byte[] copy = data.clone();
            steps.add(f -> f.asset(assetPath, copy));
            return this;
        }

        /** Imports a Wiki.js storage folder. */
        public Builder importFolder(Path folder) {
            Objects.requireNonNull(folder, "folder");
            steps.add(f -> f.importFolder(folder));
            return this;
        }

        /** Imports a Wiki.js storage folder from the class path. */
        public Builder importResource(String name) {
            Objects.requireNonNull(name, "name");
            steps.add(f -> f.importResource(name));
            return this;
        }

        /** Opens the wiki and runs the steps; a failing step closes the wiki and propagates. */
        public WikiFixture build() {
            JdbiStorage storage = TestStores.fresh();
            Wiki.Builder builder = Wiki.builder().storage(storage).config(config).admin(ADMIN_EMAIL, ADMIN_PASSWORD);
            if (clock != null) {
                builder.clock(clock);
            }
            Wiki wiki;
            try {
                wiki = builder.build();
            } catch (RuntimeException e) {
                storage.close();
                throw e;
            }
            WikiFixture fixture = new WikiFixture(wiki);
            try {
                steps.forEach(step -> step.accept(fixture));
            } catch (RuntimeException e) {
                fixture.close();
                throw e;
            }
            return fixture;
        }
    }
}
