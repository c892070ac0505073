package dev.pacer.core.throttle;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * The per-destination budget a lane's scheduler draws from: slots of each destination's window and the pacing of
 * its session starts. This is all a {@link LaneScheduler} knows of destinations, so that a budget shared by several
 * James nodes can replace the local one ({@link Destinations}) without touching the scheduler.
 */
public interface DestinationSlots {
    Clock clock();

    /**
     * Takes a slot of {@code destination}'s window if the window (capped by the lane's {@code maxConcurrency}) and
     * the destination's pacing allow a session to start at {@code now}.
     */
    Optional<Slot> tryAcquire(DestinationKey destination, WindowPolicy policy, Instant now);

    /** When a session to {@code destination} may start as far as pacing goes (the past when it may start now). */
    Instant nextStartAt(DestinationKey destination);

    /**
     * A session open to {@code destination} may carry another mail now as far as its pacing goes (a rate-limited
     * destination gets one mail per pause, reused session or not); when true, the pause starts again.
     */
    boolean tryPaceNextMessage(DestinationKey destination, Instant now);

    /** The most mails one session to {@code destination} may carry, when the receiver told us (empty: unknown). */
    OptionalInt messagesPerSession(DestinationKey destination);

    /** The receiver refused a mail because a session to it carried {@code accepted} mails already. */
    void limitMessagesPerSession(DestinationKey destination, int accepted);

    /**
     * Registers {@code listener} to hear that {@code destination} may have room again: a slot was released (by any
     * lane), or an operator changed the window. Called on the releasing thread, after the window adapted.
     */
    void onRelease(Consumer<DestinationKey> listener);

    void removeReleaseListener(Consumer<DestinationKey> listener);
}
