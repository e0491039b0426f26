package io.wikiengine.storage.assets;

import io.wikiengine.core.Wiki;
import io.wikiengine.core.WikiConfig;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.access.PageRule;
import io.wikiengine.core.access.RuleMatch;
import io.wikiengine.core.group.Group;
import io.wikiengine.core.spi.StoredAsset;
import io.wikiengine.core.user.User;
import io.wikiengine.storage.JdbiStorage;
import io.wikiengine.storage.testing.TestStores;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A wiki on a private throw-away store (TestStores) with groups and users set up in storage before it starts, so that the
 * permission engine loads their rules when the wiki opens.
 */
final class AssetFixture implements AutoCloseable {

    static final Instant T0 = Instant.parse("2026-03-04T05:06:07.890Z");
    static final List<String> ALL_ASSETS = List.of("read:assets", "write:assets", "manage:assets");

    private final JdbiStorage storage = TestStores.fresh();
    private final List<Wiki> opened = new ArrayList<>();
    private WikiConfig config = WikiConfig.DEFAULTS.withPasswordCost(4);

    AssetFixture() {
        open().close();
    }

    AssetFixture config(WikiConfig value) {
        this.config = value;
        return this;
    }

    /** A user in a new group with these permissions and rules (in this order). */
    Actor member(String email, List<String> permissions, List<PageRule> rules) {
        return storage.inTransaction(s -> {
            Group group = s.groups().insert(new Group(0, "G " + email, permissions, rules, false, "/", T0, T0));
            User user = s.users().insert(User.newLocal(email, "Name " + email, "$2a$04$abcdefghijklmnopqrstuu", T0));
            s.users().addToGroup(user.id(), group.id());
            return Actor.user(user.id(), user.email(), user.name(), new HashSet<>(permissions), List.of(group.id()));
        });
    }

    /** A user allowed every asset scope everywhere. */
    Actor editor(String email) {
        return member(email, ALL_ASSETS, List.of(allow(RuleMatch.START, "", ALL_ASSETS)));
    }

    static PageRule allow(RuleMatch match, String path, List<String> roles) {
        return PageRule.allow("a-" + match + path, match, path, roles);
    }

    static PageRule deny(RuleMatch match, String path, List<String> roles) {
        return PageRule.deny("d-" + match + path, match, path, roles);
    }

    static Actor admin() {
        return Actor.user(1, "admin@example.com", "Administrator", Set.of("manage:system"), List.of(1));
    }

    /** Opens the wiki with the groups as they are now. */
    Wiki open() {
        Wiki wiki = Wiki.builder()
                .storage(storage)
                .config(config)
                .clock(Clock.fixed(T0, ZoneOffset.UTC))
                .admin("admin@example.com", "secret-123")
                .build();
        opened.add(wiki);
        return wiki;
    }

    JdbiStorage storage() {
        return storage;
    }

    StoredAsset stored(int id) {
        return storage.inTransaction(s -> s.assets().byId(id)).orElseThrow();
    }

    List<Integer> chunkSizes(int id) {
        String key = stored(id).blobKey();
        return storage.inTransaction(s -> s.assets().chunkSizes(key));
    }

    static ByteArrayInputStream text(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    static ByteArrayInputStream bytes(byte[] content) {
        return new ByteArrayInputStream(content);
    }

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Override
    public void close() {
        opened.forEach(Wiki::close);
        storage.close();
    }
}
