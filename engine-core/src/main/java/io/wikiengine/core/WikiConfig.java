package io.wikiengine.core;

import java.time.Duration;
import java.util.Objects;

/**
 * Typed configuration of a wiki, with the first-boot defaults of Wiki.js (spec ).
 *
 * @param siteLocale     the site's default locale ({@code lang.code}), {@code en}
 * @param siteTitle      the site title, used in TOTP enrolment URIs, {@code Wiki.js}
 * @param host           the public base URL used in mailed links, {@code ""} when unknown
 * @param passwordCost   the bcrypt cost of new password hashes, 12
 * @param tokenLifetime  how long a user JWT is valid, 30 minutes
 * @param tokenRenewal   how long after expiry a user JWT may still be renewed, 14 days
 * @param audience       the JWT audience, {@code urn:wiki.js}
 * @param maxUploadBytes the largest asset upload accepted, 5 MiB
 * @param commentsEnabled whether the comment operations are served at all (decision 27)
 * @param pageCacheBytes about how many bytes of memory the pages read last may hold, so that reading a page
 *                       again costs no query; 32 MiB; 0 turns the cache off. Writes made through the wiki, on
 *                       this instance or (through a plugin) another, drop it at once
 */
public record WikiConfig(String siteLocale, String siteTitle, String host, int passwordCost, Duration tokenLifetime,
                         Duration tokenRenewal, String audience, long maxUploadBytes, boolean commentsEnabled,
                         long pageCacheBytes) {

    /** The defaults of a fresh Wiki.js installation. */
    public static final WikiConfig DEFAULTS = new WikiConfig("en", "Wiki.js", "", 12, Duration.ofMinutes(30),
            Duration.ofDays(14), "urn:wiki.js", 5L * 1024 * 1024, true, 32L * 1024 * 1024);

    public WikiConfig {
        Objects.requireNonNull(siteLocale, "siteLocale");
        Objects.requireNonNull(siteTitle, "siteTitle");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(tokenLifetime, "tokenLifetime");
        Objects.requireNonNull(tokenRenewal, "tokenRenewal");
        Objects.requireNonNull(audience, "audience");
        if (passwordCost < 4 || passwordCost > 31) {
            throw new IllegalArgumentException("bcrypt cost must be 4 to 31: " + passwordCost);
        }
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("tokenLifetime must be positive");
        }
        if (tokenRenewal.isNegative()) {
            throw new IllegalArgumentException("tokenRenewal must not be negative");
        }
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("maxUploadBytes must be positive");
        }
        if (pageCacheBytes < 0) {
            throw new IllegalArgumentException("pageCacheBytes must not be negative");
        }
    }

    /** A copy with this bcrypt cost (tests and fixtures use a low one to stay fast). */
    public WikiConfig withPasswordCost(int cost) {
        return new WikiConfig(siteLocale, siteTitle, host, cost, tokenLifetime, tokenRenewal, audience, maxUploadBytes,
                commentsEnabled, pageCacheBytes);
    }

    /** A copy with this site locale. */
    public WikiConfig withSiteLocale(String locale) {
        return new WikiConfig(locale, siteTitle, host, passwordCost, tokenLifetime, tokenRenewal, audience,
                maxUploadBytes, commentsEnabled, pageCacheBytes);
    }

    /** A copy with these token lifetimes. */
    public WikiConfig withTokens(Duration lifetime, Duration renewal) {
        return new WikiConfig(siteLocale, siteTitle, host, passwordCost, lifetime, renewal, audience, maxUploadBytes,
                commentsEnabled, pageCacheBytes);
    }

    /** A copy with this JWT audience. */
    public WikiConfig withAudience(String newAudience) {
        return new WikiConfig(siteLocale, siteTitle, host, passwordCost, tokenLifetime, tokenRenewal, newAudience,
                maxUploadBytes, commentsEnabled, pageCacheBytes);
    }

    /** A copy with this upload limit. */
    public WikiConfig withMaxUploadBytes(long bytes) {
        return new WikiConfig(siteLocale, siteTitle, host, passwordCost, tokenLifetime, tokenRenewal, audience, bytes,
                commentsEnabled, pageCacheBytes);
    }

    /** A copy with comments switched on or off. */
    public WikiConfig withComments(boolean enabled) {
        return new WikiConfig(siteLocale, siteTitle, host, passwordCost, tokenLifetime, tokenRenewal, audience,
                maxUploadBytes, enabled, pageCacheBytes);
    }

    /** A copy with this public base URL. */
    public WikiConfig withHost(String newHost) {
        return new WikiConfig(siteLocale, siteTitle, newHost, passwordCost, tokenLifetime, tokenRenewal, audience,
                maxUploadBytes, commentsEnabled, pageCacheBytes);
    }

    /** A copy with this site title. */
    public WikiConfig withSiteTitle(String title) {
        return new WikiConfig(siteLocale, title, host, passwordCost, tokenLifetime, tokenRenewal, audience,
                maxUploadBytes, commentsEnabled, pageCacheBytes);
    }

    /** A copy whose page cache holds about this many bytes; 0 turns it off. */
    public WikiConfig withPageCacheBytes(long bytes) {
        return new WikiConfig(siteLocale, siteTitle, host, passwordCost, tokenLifetime, tokenRenewal, audience,
                maxUploadBytes, commentsEnabled, bytes);
    }
}
