package dev.pacer.core;

import java.time.Duration;
import java.time.Instant;

/**
 * An Instant as one long: nanoseconds since the epoch, saturated outside the years 1678 to 2262. Hot per-destination
 * state keeps its times this way, so that an event compares and stores numbers instead of dereferencing (and
 * keeping) an Instant per field: with 10,000 destinations each dereference is a cache miss.
 */
public final class EpochNanos {
    /** No time: before every real time. */
    public static final long NONE = Long.MIN_VALUE;

    private static final long NANOS = 1_000_000_000L;

    private EpochNanos() {
    }

    public static long of(Instant time) {
        long seconds = time.getEpochSecond();
        if (seconds >= Long.MAX_VALUE / NANOS) {
            return Long.MAX_VALUE;
        }
        if (seconds <= Long.MIN_VALUE / NANOS) {
            return NONE + 1;
        }
        return seconds * NANOS + time.getNano();
    }

    /** The Instant of a key; null for {@link #NONE}. */
    public static Instant instant(long key) {
        return key == NONE ? null : Instant.ofEpochSecond(Math.floorDiv(key, NANOS), Math.floorMod(key, NANOS));
    }

    /** {@code key} plus {@code duration}, saturated. */
    public static long plus(long key, Duration duration) {
        try {
            return Math.addExact(key, duration.toNanos());
        } catch (ArithmeticException tooFar) {
            return duration.isNegative() ? NONE + 1 : Long.MAX_VALUE;
        }
    }
}
