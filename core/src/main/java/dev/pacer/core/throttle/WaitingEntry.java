package dev.pacer.core.throttle;

import java.time.Instant;
import java.util.Objects;

/**
 * The index entry of one waiting mail: its key in the lane's waiting repository, the destination it waits for and
 * the earliest time it may start. The mail itself stays in the repository; this is all the scheduler keeps in memory.
 */
public final class WaitingEntry {
    private final String id;
    private final DestinationKey destination;
    private final Instant notBefore;

    public WaitingEntry(String id, DestinationKey destination, Instant notBefore) {
        this.id = Objects.requireNonNull(id);
        this.destination = Objects.requireNonNull(destination);
        this.notBefore = Objects.requireNonNull(notBefore);
    }

    public String id() {
        return id;
    }

    public DestinationKey destination() {
        return destination;
    }

    public Instant notBefore() {
        return notBefore;
    }

    @Override
    public String toString() {
        return id + "@" + destination + " notBefore=" + notBefore;
    }
}
