package io.wikiengine.core.auth.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations in the {@code ms} notation Wiki.js configures lifetimes with (spec ): a number, an optional
 * space and an optional unit, short or long ({@code 30m}, {@code 14d}, {@code 1y}, {@code 2 days},
 * {@code 1.5h}); a bare number is milliseconds and one year is 365.25 days.
 */
public final class MsDuration {

    private static final Pattern SHAPE = Pattern.compile("(-?\\d*\\.?\\d+) *([a-z]*)");
    private static final long SECOND = 1000L;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final BigDecimal YEAR = BigDecimal.valueOf(DAY).multiply(new BigDecimal("365.25"));
    private static final Map<String, BigDecimal> UNITS = units();

    private MsDuration() {
    }

    /** The duration the text names, or empty when it is not in the notation (or absurdly long). */
    public static Optional<Duration> parse(String text) {
        if (text.length() > 100) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal factor = UNITS.get(m.group(2));
        if (factor == null) {
            return Optional.empty();
        }
        BigDecimal millis = new BigDecimal(m.group(1)).multiply(factor).setScale(0, RoundingMode.HALF_UP);
        if (millis.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) > 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(millis.longValueExact()));
    }

    private static Map<String, BigDecimal> units() {
        Map<String, BigDecimal> units = new HashMap<>();
        put(units, BigDecimal.ONE, "", "ms", "msec", "msecs", "millisecond", "milliseconds");
        put(units, BigDecimal.valueOf(SECOND), "s", "sec", "secs", "second", "seconds");
        put(units, BigDecimal.valueOf(MINUTE), "m", "min", "mins", "minute", "minutes");
        put(units, BigDecimal.valueOf(HOUR), "h", "hr", "hrs", "hour", "hours");
        put(units, BigDecimal.valueOf(DAY), "d", "day", "days");
        put(units, BigDecimal.valueOf(7 * DAY), "w", "week", "weeks");
        put(units, YEAR, "y", "yr", "yrs", "year", "years");
        return Map.copyOf(units);
    }

    private static void put(Map<String, BigDecimal> units, BigDecimal factor, String... names) {
        for (String name : names) {
            units.put(name, factor);
        }
    }
}
