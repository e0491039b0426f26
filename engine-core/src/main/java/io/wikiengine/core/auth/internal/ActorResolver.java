package io.wikiengine.core.auth.internal;

import com.nimbusds.jwt.JWTClaimsSet;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.auth.RequestRejectedException;
import io.wikiengine.core.auth.RequestRejectedException.Reason;
import io.wikiengine.core.auth.Resolution;
import io.wikiengine.core.group.Group;
import io.wikiengine.core.internal.WikiContext;
import io.wikiengine.core.spi.StoredApiKey;
import io.wikiengine.core.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the actor of a request from its token (spec, decisions 16 and 23).
 *
 * <p>A token is verified once; what it resolved to is then kept in a bounded cache keyed by the token text,
 * so that a repeated request costs a map lookup. Every entry is dropped when {@code context.identities()}
 * moves (a revocation, a group or membership change, an API key revoked, the API switched), when the token
 * expires, and at the latest after a minute, so that changes made by another instance on the same store are
 * seen within that time even without a notification.
 */
public final class ActorResolver {

    /** The setting of the API switch ({@code api.isEnabled}, off by default). */
    public static final String API_SWITCH = "api.isEnabled";

    private static final int MAX_ENTRIES = 10_000;
    private static final Duration RECHECK = Duration.ofMinutes(1);

    private final WikiContext context;
    private final Jwts jwts;
    private final UserTokens tokens;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private volatile long cacheVersion = Long.MIN_VALUE;
    private volatile @Nullable Entry guest;

    private record Entry(Resolution resolution, long version, Instant validUntil) {
    }

    public ActorResolver(WikiContext context, Jwts jwts, UserTokens tokens) {
        this.context = context;
        this.jwts = jwts;
        this.tokens = tokens;
    }

    /**
     * The actor of a request carrying this token (null or blank: none).
     *
     * @throws RequestRejectedException for an API key while the API is off, or a revoked, expired or unknown key
     */
    public Resolution resolve(@Nullable String token) {
        if (token == null || token.isBlank()) {
            return guestResolution();
        }
        long version = context.identities().current();
        if (version != cacheVersion) {
            cache.clear();
            cacheVersion = version;
        }
        Instant now = context.clock().instant();
        Entry hit = cache.get(token);
        if (hit != null && hit.version == version && now.isBefore(hit.validUntil)) {
            return hit.resolution;
        }
        Optional<JWTClaimsSet> verified = jwts.verify(token);
        if (verified.isEmpty()) {
            if (Jwts.claimsApiKey(token)) {
                // A key signed before the pair was regenerated, or a forged one: never the guest (decision 23).
                throw new RequestRejectedException(Reason.API_KEY_INVALID);
            }
            return guestResolution();
        }
        JWTClaimsSet claims = verified.get();
        if (claims.getClaim("api") != null) {
            Resolution resolution = apiKey(token, claims, now);
            cache(token, new Entry(resolution, version,
                    earliest(claims.getExpirationTime().toInstant(), now.plus(RECHECK))));
            return resolution;
        }
        return user(token, claims, version, now);
    }

    /** The guest: user 2 with the current permissions of its groups (spec ). */
    public Actor guest() {
        return guestResolution().actor();
    }

    private Resolution guestResolution() {
        long version = context.identities().current();
        Instant now = context.clock().instant();
        Entry cached = guest;
        if (cached != null && cached.version == version && now.isBefore(cached.validUntil)) {
            return cached.resolution;
        }
        Actor actor = context.storage().inTransaction(session -> {
            List<Group> groups = session.groups().byIds(session.users().groupIds(Actor.GUEST_ID));
            return Actor.guest(UserTokens.permissions(groups), groups.stream().map(Group::id).toList());
        });
        Resolution resolution = new Resolution(actor, null);
        guest = new Entry(resolution, version, now.plus(RECHECK));
        return resolution;
    }

    private Resolution user(String token, JWTClaimsSet claims, long version, Instant now) {
        Instant issuedAt = claims.getIssueTime().toInstant();
        Instant expiresAt = claims.getExpirationTime().toInstant();
        Integer id = intClaim(claims, "id");
        if (id == null || id < 1) {
            return guestResolution();
        }
        if (now.isAfter(expiresAt.plus(context.config().tokenRenewal()))) {
            return guestResolution();
        }
        if (!now.isBefore(expiresAt)) {
            return renew(id);
        }
        List<Integer> groups = intList(claims, "groups");
        if (revokedSince(id, groups, issuedAt)) {
            return renew(id);
        }
        Actor actor = Actor.user(id, stringClaim(claims, "email"), stringClaim(claims, "name"),
                Set.copyOf(stringList(claims, "permissions")), groups);
        Resolution resolution = new Resolution(actor, null);
        cache(token, new Entry(resolution, version, earliest(expiresAt, now.plus(RECHECK))));
        return resolution;
    }

    // One statement for the user and every group of the token: a first use reads the store once.
    private boolean revokedSince(int userId, List<Integer> groups, Instant issuedAt) {
        List<String> subjects = new ArrayList<>(groups.size() + 1);
        subjects.add("u" + userId);
        for (int group : groups) {
            subjects.add("g" + group);
        }
        return context.storage().inTransaction(session -> session.revocations().latestRevocation(subjects))
                .filter(at -> !at.isBefore(issuedAt)).isPresent();
    }

    // Renewal and revalidation (R-5.1.4, R-5.1.5, decision 16): the user as stored now, or nobody.
    private Resolution renew(int userId) {
        Instant now = context.now();
        UserTokens.Issued issued = context.storage().inTransaction(session -> {
            Optional<User> user = session.users().byId(userId);
            if (user.isEmpty() || !user.get().isActive()) {
                return null;
            }
            return tokens.issue(session, user.get(), now);
        });
        if (issued == null) {
            return new Resolution(null, null);
        }
        return new Resolution(issued.actor(), issued.token());
    }

    private Resolution apiKey(String token, JWTClaimsSet claims, Instant now) {
        Integer keyId = intClaim(claims, "api");
        Integer group = intClaim(claims, "grp");
        return context.storage().inTransaction(session -> {
            if (!"true".equals(session.settings().get(API_SWITCH).orElse("false"))) {
                throw new RequestRejectedException(Reason.API_DISABLED);
            }
            Optional<StoredApiKey> key = keyId == null ? Optional.empty() : session.apiKeys().byId(keyId);
            // The stored key must be this very token: a row whose key was replaced no longer vouches for it.
            if (key.isEmpty() || !key.get().isValidAt(now) || !key.get().key().equals(token)
                    || !now.isBefore(claims.getExpirationTime().toInstant())) {
                throw new RequestRejectedException(Reason.API_KEY_INVALID);
            }
            List<Group> groups = group == null ? List.of() : session.groups().byIds(List.of(group));
            Actor actor = Actor.apiKey(keyId, UserTokens.permissions(groups), group == null ? List.of() : List.of(group));
            return new Resolution(actor, null);
        });
    }

    private void cache(String token, Entry entry) {
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        cache.put(token, entry);
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static @Nullable Integer intClaim(JWTClaimsSet claims, String name) {
        return claims.getClaim(name) instanceof Number n ? n.intValue() : null;
    }

    private static String stringClaim(JWTClaimsSet claims, String name) {
        return claims.getClaim(name) instanceof String s ? s : "";
    }

    private static List<String> stringList(JWTClaimsSet claims, String name) {
        List<String> result = new ArrayList<>();
        if (claims.getClaim(name) instanceof List<?> list) {
            list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(result::add);
        }
        return result;
    }

    private static List<Integer> intList(JWTClaimsSet claims, String name) {
        List<Integer> result = new ArrayList<>();
        if (claims.getClaim(name) instanceof List<?> list) {
            list.stream().filter(Number.class::isInstance).map(n -> ((Number) n).intValue()).forEach(result::add);
        }
        return result;
    }
}
