package dev.pacer.core.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/** An immutable view of one destination's state: what JMX shows and what survives a restart. */
public final class DestinationSnapshot {
    private final DestinationKey key;
    private final int window;
    private final int inFlight;
    private final OptionalInt refusalPoint;
    private final Optional<Instant> lastRefusal;
    private final Duration messageDelay;
    private final Optional<Instant> throttledUntil;
    private final Optional<String> throttleReason;
    private final boolean manualWindow;
    private final Optional<Instant> suspendedUntil;
    private final Optional<String> suspensionReason;

    public DestinationSnapshot(DestinationKey key, int window, int inFlight, OptionalInt refusalPoint, Optional<Instant> lastRefusal,
                               Duration messageDelay, Optional<Instant> throttledUntil, Optional<String> throttleReason,
                               boolean manualWindow) {
        this(key, window, inFlight, refusalPoint, lastRefusal, messageDelay, throttledUntil, throttleReason, manualWindow, Optional.empty(),
            Optional.empty());
    }

    /** With the destination's suspension (health), which is not persisted: a restart probes the destination afresh. */
    public DestinationSnapshot(DestinationKey key, int window, int inFlight, OptionalInt refusalPoint, Optional<Instant> lastRefusal,
                               Duration messageDelay, Optional<Instant> throttledUntil, Optional<String> throttleReason,
                               boolean manualWindow, Optional<Instant> suspendedUntil, Optional<String> suspensionReason) {
        this.suspendedUntil = suspendedUntil;
        this.suspensionReason = suspensionReason;
        this.key = key;
        this.window = window;
        this.inFlight = inFlight;
        this.refusalPoint = refusalPoint;
        this.lastRefusal = lastRefusal;
        this.messageDelay = messageDelay;
        this.throttledUntil = throttledUntil;
        this.throttleReason = throttleReason;
        this.manualWindow = manualWindow;
    }

    public DestinationKey key() {
        return key;
    }

    public int window() {
        return window;
    }

    public int inFlight() {
        return inFlight;
    }

    /** The concurrency at which the receiver last refused, while it still bounds the window. */
    public OptionalInt refusalPoint() {
        return refusalPoint;
    }

    public Optional<Instant> lastRefusal() {
        return lastRefusal;
    }

    public Duration messageDelay() {
        return messageDelay;
    }

    public Optional<Instant> throttledUntil() {
        return throttledUntil;
    }

    public Optional<String> throttleReason() {
        return throttleReason;
    }

    /** True when an operator set the window by hand; adaptation then leaves it alone until reset. */
    public boolean manualWindow() {
        return manualWindow;
    }

    /** When the destination's suspension ends (it is then probed one session at a time); empty when healthy. */
    public Optional<Instant> suspendedUntil() {
        return suspendedUntil;
    }

    public Optional<String> suspensionReason() {
        return suspensionReason;
    }
}
