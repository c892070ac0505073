package dev.pacer.core;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses durations the way James's configuration writes them: a number and a unit ({@code 30s}, {@code 5 minutes},
 * {@code 1h}, {@code 2 days}); a bare number is in {@code defaultUnit}, as RemoteDelivery's {@code delayTime} reads
 * a bare number as milliseconds.
 */
public final class Durations {
    private static final Pattern DURATION = Pattern.compile("\\s*(\\d{1,12})\\s*([a-zA-Z]*)\\s*");

    private Durations() {
    }

    /**
     * {@code duration} times {@code factor}, in long nanoseconds ({@link Duration#multipliedBy} computes in BigDecimal,
     * an allocation-heavy path for a decision taken per session); exact, through {@code multipliedBy} past 292 years.
     */
    public static Duration times(Duration duration, long factor) {
        try {
            return Duration.ofNanos(Math.multiplyExact(duration.toNanos(), factor));
        } catch (ArithmeticException tooLong) {
            return duration.multipliedBy(factor);
        }
    }

    /** {@code duration} in nanoseconds, saturated at {@link Long#MAX_VALUE} (about 292 years). */
    public static long nanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException tooLong) {
            return duration.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /** Half of {@code duration}, rounded down to the nanosecond (as {@link Duration#dividedBy(long)} by 2). */
    public static Duration half(Duration duration) {
        try {
            return Duration.ofNanos(duration.toNanos() / 2);
        } catch (ArithmeticException tooLong) {
            return duration.dividedBy(2);
        }
    }

    /** The legal units, for error messages. */
    public static final String UNITS = "ms, s, m, h, d (also msec, sec, second(s), min, minute(s), hour(s), day(s))";

    /**
     * Parses one duration.
     *
     * @throws IllegalArgumentException naming the value and the legal form
     */
    public static Duration parse(String value, ChronoUnitName defaultUnit) {
        Matcher matcher = DURATION.matcher(value == null ? "" : value);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a duration: expected a whole number and a unit, units are " + UNITS);
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2).toLowerCase(Locale.ROOT);
        ChronoUnitName resolved = unit.isEmpty() ? defaultUnit : ChronoUnitName.parse(unit, value);
        return resolved.of(amount);
    }

    /** The units a duration may be written in. */
    public enum ChronoUnitName {
        MILLISECONDS, SECONDS, MINUTES, HOURS, DAYS;

        static ChronoUnitName parse(String unit, String value) {
            switch (unit) {
                case "ms": case "msec": case "msecs": case "millisecond": case "milliseconds":
                    return MILLISECONDS;
                case "s": case "sec": case "secs": case "second": case "seconds":
                    return SECONDS;
                case "m": case "min": case "mins": case "minute": case "minutes":
                    return MINUTES;
                case "h": case "hour": case "hours":
                    return HOURS;
                case "d": case "day": case "days":
                    return DAYS;
                default:
                    throw new IllegalArgumentException("'" + value + "' has an unknown unit '" + unit + "', units are " + UNITS);
            }
        }

        Duration of(long amount) {
            switch (this) {
                case MILLISECONDS:
                    return Duration.ofMillis(amount);
                case SECONDS:
                    return Duration.ofSeconds(amount);
                case MINUTES:
                    return Duration.ofMinutes(amount);
                case HOURS:
                    return Duration.ofHours(amount);
                case DAYS:
                    return Duration.ofDays(amount);
                default:
                    throw new IllegalStateException("unhandled unit " + this);
            }
        }
    }
}
