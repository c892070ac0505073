package dev.pacer.core.throttle;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds of a lane's per-destination concurrency window and message pacing (Postfix's names where it has them).
 *
 * <ul>
 *   <li>{@code initialConcurrency}: the window of a destination never seen before;</li>
 *   <li>{@code maxConcurrency}: the most sessions this lane opens to one destination, whatever was learned;</li>
 *   <li>{@code probeAfter}: how long the window stays below the concurrency at which the receiver last refused before
 *       it may try that concurrency again;</li>
 *   <li>{@code initialMessageDelay}/{@code maxMessageDelay}: the pause between session starts to a destination that
 *       answered with a rate limit, doubled at each rate-limit deferral up to the maximum, halved as deliveries
 *       succeed.</li>
 * </ul>
 */
public final class WindowPolicy {
    private final int initialConcurrency;
    private final int maxConcurrency;
    private final Duration probeAfter;
    private final Duration initialMessageDelay;
    private final Duration maxMessageDelay;

    public WindowPolicy(int initialConcurrency, int maxConcurrency, Duration probeAfter, Duration initialMessageDelay,
                        Duration maxMessageDelay) {
        if (initialConcurrency < 1 || maxConcurrency < 1) {
            throw new IllegalArgumentException("concurrency bounds must be >= 1, got initial=" + initialConcurrency + " max=" + maxConcurrency);
        }
        if (initialConcurrency > maxConcurrency) {
            throw new IllegalArgumentException("initialConcurrency (" + initialConcurrency + ") must be <= maxConcurrency (" + maxConcurrency + ")");
        }
        if (initialMessageDelay.compareTo(maxMessageDelay) > 0) {
            throw new IllegalArgumentException("initialMessageDelay (" + initialMessageDelay + ") must be <= maxMessageDelay (" + maxMessageDelay + ")");
        }
        this.initialConcurrency = initialConcurrency;
        this.maxConcurrency = maxConcurrency;
        this.probeAfter = Objects.requireNonNull(probeAfter);
        this.initialMessageDelay = initialMessageDelay;
        this.maxMessageDelay = maxMessageDelay;
    }

    public int initialConcurrency() {
        return initialConcurrency;
    }

    public int maxConcurrency() {
        return maxConcurrency;
    }

    public Duration probeAfter() {
        return probeAfter;
    }

    public Duration initialMessageDelay() {
        return initialMessageDelay;
    }

    public Duration maxMessageDelay() {
        return maxMessageDelay;
    }
}
