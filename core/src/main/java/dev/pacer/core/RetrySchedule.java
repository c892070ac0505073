package dev.pacer.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The delays between delivery attempts, in RemoteDelivery's {@code delayTime} grammar: a comma separated list of
 * {@code [count*]duration}, e.g. {@code 2*30s, 5m, 1h}; a bare number is milliseconds, as in RemoteDelivery.
 * Retry {@code n} (1-based) waits the n-th delay; past the end of the list the last delay written repeats. A count
 * may be 0, as in the {@code 0*1s} RemoteDelivery accepts: it lists no delay but still names the one that repeats.
 */
public final class RetrySchedule {
    private static final Pattern ENTRY = Pattern.compile("\\s*(?:(\\d{1,4})\\s*\\*\\s*)?(.+?)\\s*");
    private static final int MAX_ENTRIES = 1000;

    private final List<Duration> delays;
    private final Duration repeated;

    private RetrySchedule(List<Duration> delays, Duration repeated) {
        this.delays = List.copyOf(delays);
        this.repeated = repeated;
    }

    /** A schedule of the given delays. */
    public static RetrySchedule of(List<Duration> delays) {
        for (Duration delay : delays) {
            if (delay.isNegative()) {
                throw new IllegalArgumentException("retry delays must not be negative, got " + delay);
            }
        }
        if (delays.isEmpty()) {
            throw new IllegalArgumentException("a retry schedule needs at least one delay");
        }
        return new RetrySchedule(delays, delays.get(delays.size() - 1));
    }

    /**
     * Parses a {@code delayTime} value.
     *
     * @throws IllegalArgumentException naming the entry at fault and the expected form
     */
    public static RetrySchedule parse(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("expected a comma separated list of [count*]duration such as '2*30s, 5m, 1h', got '" + value + "'");
        }
        List<Duration> delays = new ArrayList<>();
        Duration repeated = null;
        for (String entry : value.split(",")) {
            Matcher matcher = ENTRY.matcher(entry);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("empty entry in '" + value + "': expected [count*]duration such as '2*30s'");
            }
            int count = matcher.group(1) == null ? 1 : Integer.parseInt(matcher.group(1));
            Duration delay;
            try {
                delay = Durations.parse(matcher.group(2), Durations.ChronoUnitName.MILLISECONDS);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("entry '" + entry.trim() + "' of '" + value + "': " + e.getMessage(), e);
            }
            if (delays.size() + count > MAX_ENTRIES) {
                throw new IllegalArgumentException("'" + value + "' has more than " + MAX_ENTRIES + " delays");
            }
            for (int i = 0; i < count; i++) {
                delays.add(delay);
            }
            repeated = delay;
        }
        return new RetrySchedule(delays, repeated);
    }

    /** The delay before retry {@code retryNumber} (1 = the first retry, after the first failed attempt). */
    public Duration delayBeforeRetry(int retryNumber) {
        if (retryNumber < 1) {
            throw new IllegalArgumentException("retry numbers start at 1, got " + retryNumber);
        }
        return retryNumber <= delays.size() ? delays.get(retryNumber - 1) : repeated;
    }

    /** The delays as listed, expanded (possibly empty: {@code 0*1s}). */
    public List<Duration> delays() {
        return delays;
    }

    /** The schedule in the grammar it was parsed from, expanded ({@code 30000ms, 30000ms, 300000ms}). */
    public String asString() {
        String listed = delays.stream().map(d -> d.toMillis() + "ms").collect(Collectors.joining(", "));
        return listed.isEmpty() ? "0*" + repeated.toMillis() + "ms" : listed;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetrySchedule && delays.equals(((RetrySchedule) o).delays)
            && repeated.equals(((RetrySchedule) o).repeated);
    }

    @Override
    public int hashCode() {
        return Objects.hash(delays, repeated);
    }

    @Override
    public String toString() {
        return asString();
    }
}
