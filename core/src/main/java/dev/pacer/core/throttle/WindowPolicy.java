package dev.pacer.core.throttle;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds of a lane's per-destination concurrency window and message pacing (Postfix's names where it has them).
 *
 * <ul>
 *   <li>{@code initialConcurrency}: the window of a destination never seen before;</li>
 *   <li>{@code maxConcurrency}: the most sessions this lane opens to one destination, whatever was learned;</li>
 *   <li>{@code minProbeAfter}/{@code probeAfter}: how long the window stays below the concurrency at which the receiver
 *       last refused before it may try that concurrency again: {@code minProbeAfter} after a first refusal, doubled by
 *       each refused probe up to {@code probeAfter}, back to {@code minProbeAfter} once a probe is accepted;</li>
 *   <li>{@code initialMessageDelay}/{@code maxMessageDelay}: the pause between session starts to a destination that
 *       answered with a rate limit, doubled at each rate-limit deferral up to the maximum, decaying with time;</li>
 *   <li>{@code minBackoff}/{@code maxBackoff}: how long a destination is suspended when a whole cohort of its sessions
 *       failed (it cannot be reached, or answers that it is unavailable), doubled at each failed probe;</li>
 *   <li>{@code reputationBackoff}: how long a destination is suspended after a reputation deferral (zero: not at
 *       all), doubled while they continue, up to {@code maxBackoff}.</li>
 * </ul>
 */
public final class WindowPolicy {
    private final int initialConcurrency;
    private final int maxConcurrency;
    private final Duration probeAfter;
    private final Duration initialMessageDelay;
    private final Duration maxMessageDelay;
    private final Duration minBackoff;
    private final Duration maxBackoff;
    private final Duration reputationBackoff;
    private final Duration minProbeAfter;

    public static final Duration DEFAULT_MIN_BACKOFF = Duration.ofMinutes(1);
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofHours(1);
    public static final Duration DEFAULT_REPUTATION_BACKOFF = Duration.ofMinutes(5);
    public static final Duration DEFAULT_MIN_PROBE_AFTER = Duration.ofSeconds(30);

    public WindowPolicy(int initialConcurrency, int maxConcurrency, Duration probeAfter, Duration initialMessageDelay,
                        Duration maxMessageDelay) {
        this(initialConcurrency, maxConcurrency, probeAfter, initialMessageDelay, maxMessageDelay, DEFAULT_MIN_BACKOFF,
            DEFAULT_MAX_BACKOFF, DEFAULT_REPUTATION_BACKOFF);
    }

    public WindowPolicy(int initialConcurrency, int maxConcurrency, Duration probeAfter, Duration initialMessageDelay,
                        Duration maxMessageDelay, Duration minBackoff, Duration maxBackoff, Duration reputationBackoff) {
        this(initialConcurrency, maxConcurrency, probeAfter, initialMessageDelay, maxMessageDelay, minBackoff, maxBackoff, reputationBackoff,
            DEFAULT_MIN_PROBE_AFTER.compareTo(probeAfter) < 0 ? DEFAULT_MIN_PROBE_AFTER : probeAfter);
    }

    public WindowPolicy(int initialConcurrency, int maxConcurrency, Duration probeAfter, Duration initialMessageDelay,
                        Duration maxMessageDelay, Duration minBackoff, Duration maxBackoff, Duration reputationBackoff,
                        Duration minProbeAfter) {
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
        if (minBackoff.isZero() || minBackoff.isNegative() || minBackoff.compareTo(maxBackoff) > 0) {
            throw new IllegalArgumentException("minBackoff (" + minBackoff + ") must be longer than 0 and <= maxBackoff (" + maxBackoff + ")");
        }
        if (minProbeAfter.isNegative() || minProbeAfter.compareTo(probeAfter) > 0) {
            throw new IllegalArgumentException("minProbeAfter (" + minProbeAfter + ") must be <= probeAfter (" + probeAfter + ")");
        }
        if (reputationBackoff.isNegative()) {
            throw new IllegalArgumentException("reputationBackoff must not be negative, got " + reputationBackoff);
        }
        this.initialMessageDelay = initialMessageDelay;
        this.maxMessageDelay = maxMessageDelay;
        this.minBackoff = minBackoff;
        this.maxBackoff = maxBackoff;
        this.reputationBackoff = reputationBackoff;
        this.minProbeAfter = minProbeAfter;
    }

    public Duration minProbeAfter() {
        return minProbeAfter;
    }

    public Duration minBackoff() {
        return minBackoff;
    }

    public Duration maxBackoff() {
        return maxBackoff;
    }

    public Duration reputationBackoff() {
        return reputationBackoff;
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
