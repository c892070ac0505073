package dev.pacer.mailets.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One delivery attempt's deadline and its emergency stop, shared by the delivering thread and a watchdog: every host
 * and address of the attempt must be done by the deadline, and {@link #abort} closes the connection in progress so a
 * blocked read returns at once. Thread-safe.
 */
public final class AttemptHandle {
    private final Clock clock;
    private final Instant deadline;
    private volatile SessionSockets current;
    private volatile String abortReason;

    public AttemptHandle(Clock clock, Duration timeout) {
        this.clock = clock;
        this.deadline = clock.instant().plus(timeout);
    }

    public Instant deadline() {
        return deadline;
    }

    /** Time left before the deadline (zero when past it). */
    Duration remaining() {
        Duration left = Duration.between(clock.instant(), deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    void using(SessionSockets sockets) {
        current = sockets;
        if (abortReason != null) {
            sockets.close();
        }
    }

    /** Stops the attempt: the connection in progress is closed, no other host is tried. */
    public void abort(String reason) {
        abortReason = reason;
        SessionSockets sockets = current;
        if (sockets != null) {
            sockets.close();
        }
    }

    /** Why the attempt was stopped, if it was. */
    public Optional<String> abortReason() {
        return Optional.ofNullable(abortReason);
    }
}
