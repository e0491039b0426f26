package io.wikiengine.core.comment.internal;

import com.nimbusds.jose.util.JSONObjectUtils;
import io.wikiengine.core.KeyValue;
import io.wikiengine.core.comment.CommentProvider;
import io.wikiengine.core.comment.CommentProviderInput;
import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.error.WikiException;
import io.wikiengine.core.spi.SettingsRepository;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The comment provider modules and the settings of the built-in one.
 *
 * <p>Only {@code default}, comments stored in the wiki, can run here. Artalk, Commento and Disqus work by
 * injecting their own client code into the page, which a library has no page for: they are listed, not
 * available, and enabling one is refused.
 */
public final class Providers {

    /** The key of the built-in provider. */
    public static final String DEFAULT = "default";
    /** The delay between two comments of one author that a fresh wiki enforces (R-10.5 step 7). */
    public static final long DEFAULT_MIN_DELAY_SECONDS = 30;
    /** The most a delay may be set to: one day. */
    public static final long MAX_MIN_DELAY_SECONDS = 86_400;

    private static final String ENABLED = "comments.default.isEnabled";
    private static final String MIN_DELAY = "comments.default.minDelay";
    private static final String MIN_DELAY_KEY = "minDelay";

    private static final CommentProvider ARTALK = external("artalk", "Artalk",
            "A self-hosted comment system that runs in the reader's browser.", "https://artalk.js.org");
    private static final CommentProvider COMMENTO = external("commento", "Commento",
            "A hosted comment service that runs in the reader's browser.", "https://commento.io");
    private static final CommentProvider DISQUS = external("disqus", "Disqus",
            "A hosted comment service that runs in the reader's browser.", "https://disqus.com");

    private Providers() {
    }

    /** The settings of the built-in provider as stored now. */
    public record State(boolean enabled, long minDelaySeconds) {

        /** The delay between two comments of one author; zero when there is none. */
        public Duration minDelay() {
            return Duration.ofSeconds(minDelaySeconds);
        }
    }

    /** The stored state; a wiki that never changed it has the provider on with a 30-second delay. */
    public static State read(SettingsRepository settings) {
        boolean enabled = settings.get(ENABLED).map(Boolean::parseBoolean).orElse(true);
        long delay = settings.get(MIN_DELAY).map(Long::parseLong).orElse(DEFAULT_MIN_DELAY_SECONDS);
        return new State(enabled, delay);
    }

    /**
     * Every module, sorted by key. The built-in one shows as enabled only when the host serves comments
     * ({@code hostSwitch}), and as available only then.
     */
    public static List<CommentProvider> list(State state, boolean hostSwitch) {
        CommentProvider builtIn = new CommentProvider(state.enabled() && hostSwitch, DEFAULT, "Default",
                "Comments stored in the wiki itself.", "https://static.requarks.io/logo/wikijs.svg",
                "https://wiki.js.org", hostSwitch, List.of(new KeyValue(MIN_DELAY_KEY, minDelayJson(state))));
        return List.of(ARTALK, COMMENTO, builtIn, DISQUS);
    }

    /**
     * Checks every input and then stores the built-in provider's switch and settings. Nothing is stored when any
     * input is refused.
     *
     * @throws WikiException 1012 for an unknown module, for enabling a module that is not available, for an
     *                       unknown setting, or for a delay that is not a whole number of seconds from 0 to one day
     */
    public static void update(SettingsRepository settings, List<CommentProviderInput> inputs) {
        State current = read(settings);
        boolean enabled = current.enabled();
        long delay = current.minDelaySeconds();
        for (CommentProviderInput input : inputs) {
            Objects.requireNonNull(input, "provider input");
            if (!input.key().equals(DEFAULT)) {
                checkExternal(input);
                continue;
            }
            enabled = input.isEnabled();
            for (KeyValue entry : input.config()) {
                if (!entry.key().equals(MIN_DELAY_KEY)) {
                    throw WikiException.of(WikiError.INPUT_INVALID,
                            "Unknown setting " + entry.key() + " of comment provider default: the only one is "
                                    + MIN_DELAY_KEY + ".");
                }
                delay = seconds(entry.value());
            }
        }
        settings.put(ENABLED, Boolean.toString(enabled));
        settings.put(MIN_DELAY, Long.toString(delay));
    }

    private static void checkExternal(CommentProviderInput input) {
        boolean known = List.of(ARTALK, COMMENTO, DISQUS).stream().anyMatch(p -> p.key().equals(input.key()));
        if (!known) {
            throw WikiException.of(WikiError.INPUT_INVALID, "Unknown comment provider " + input.key() + ".");
        }
        if (input.isEnabled()) {
            throw WikiException.of(WikiError.INPUT_INVALID, "Comment provider " + input.key()
                    + " runs in the reader's browser and is not available here: only default can be enabled.");
        }
    }

    /** The seconds of a {@code {"v": n}} value: a whole number from 0 to one day, as a number or a string. */
    private static long seconds(String json) {
        Object value;
        try {
            value = JSONObjectUtils.parse(json).get("v");
        } catch (ParseException e) {
            value = null;
        }
        long seconds = -1;
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            seconds = number.longValue();
        } else if (value instanceof String text && text.strip().matches("\\d{1,6}")) {
            seconds = Long.parseLong(text.strip());
        }
        if (seconds < 0 || seconds > MAX_MIN_DELAY_SECONDS) {
            throw WikiException.of(WikiError.INPUT_INVALID,
                    "minDelay must be a whole number of seconds from 0 to " + MAX_MIN_DELAY_SECONDS
                            + ", given as {\"v\": n}.");
        }
        return seconds;
    }

    private static String minDelayJson(State state) {
        return "{\"type\":\"number\",\"title\":\"Minimum delay\",\"hint\":\"Seconds an author must wait between two "
                + "comments; 0 turns the limit off.\",\"order\":1,\"default\":" + DEFAULT_MIN_DELAY_SECONDS
                + ",\"value\":" + state.minDelaySeconds() + "}";
    }

    private static CommentProvider external(String key, String title, String description, String website) {
        return new CommentProvider(false, key, title, description, "https://static.requarks.io/logo/" + key + ".svg",
                website, false, List.of());
    }
}
