package io.wikiengine.core.auth.internal;

import io.wikiengine.core.access.Actor;
import io.wikiengine.core.group.Group;
import io.wikiengine.core.spi.StorageSession;
import io.wikiengine.core.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Issues user JWTs (spec) and turns a user's current groups into an actor. */
public final class UserTokens {

    private final Jwts jwts;
    private final Duration lifetime;

    public UserTokens(Jwts jwts, Duration lifetime) {
        this.jwts = jwts;
        this.lifetime = lifetime;
    }

    /** A token and the actor it stands for. */
    public record Issued(String token, Actor actor) {
    }

    /**
     * Signs a token with the user's current groups and permissions and records the issue as the user's last
     * login (spec ), in the caller's transaction.
     */
    public Issued issue(StorageSession session, User user, Instant now) {
        List<Group> groups = session.groups().byIds(session.users().groupIds(user.id()));
        List<Integer> groupIds = groups.stream().map(Group::id).toList();
        Set<String> permissions = permissions(groups);
        Map<String, @Nullable Object> claims = new LinkedHashMap<>();
        claims.put("id", user.id());
        claims.put("email", user.email());
        claims.put("name", user.name());
        claims.put("av", user.pictureUrl());
        claims.put("tz", user.timezone());
        claims.put("lc", user.localeCode());
        claims.put("df", user.dateFormat());
        claims.put("ap", user.appearance());
        claims.put("permissions", new ArrayList<>(permissions));
        claims.put("groups", new ArrayList<>(groupIds));
        String token = jwts.sign(claims, now, now.plus(lifetime));
        session.users().update(UserEdits.loggedIn(user, now));
        return new Issued(token, Actor.user(user.id(), user.email(), user.name(), permissions, groupIds));
    }

    /** The union of the groups' permissions, de-duplicated, in group order. */
    public static Set<String> permissions(List<Group> groups) {
        Set<String> permissions = new LinkedHashSet<>();
        groups.forEach(g -> permissions.addAll(g.permissions()));
        return permissions;
    }
}
