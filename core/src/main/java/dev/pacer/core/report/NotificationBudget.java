package dev.pacer.core.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A server-wide cap on escalation mails: at most {@code maxPerHour} in any hour, whatever the number of destinations
 * (10,000 destinations must not mean 10,000 mails an hour to the postmaster). What was refused is remembered (up
 * to {@link #MAX_REMEMBERED} destinations) and handed to the next report that goes, so it can name them.
 */
public final class NotificationBudget {
    static final int MAX_REMEMBERED = 1_000;
    private static final Duration HOUR = Duration.ofHours(1);

    private final int maxPerHour;
    private final Deque<Instant> sent = new ArrayDeque<>();
    private final Set<String> suppressed = new LinkedHashSet<>();
    private long suppressedBeyondMemory;

    public NotificationBudget(int maxPerHour) {
        if (maxPerHour < 1) {
            throw new IllegalArgumentException("maxPerHour must be at least 1, got " + maxPerHour);
        }
        this.maxPerHour = maxPerHour;
    }

    /** What a report may carry about the destinations whose reports the budget held back. */
    public static final class Grant {
        private final List<String> heldBack;
        private final long heldBackUnnamed;

        Grant(List<String> heldBack, long heldBackUnnamed) {
            this.heldBack = heldBack;
            this.heldBackUnnamed = heldBackUnnamed;
        }

        /** Destinations whose report was held back since the last report went, oldest first. */
        public List<String> heldBack() {
            return heldBack;
        }

        /** How many more were held back than are named. */
        public long heldBackUnnamed() {
            return heldBackUnnamed;
        }
    }

    /**
     * May a report about {@code destination} go at {@code now}? Empty when the hour's budget is spent (the destination
     * is remembered for the next report).
     */
    public synchronized Optional<Grant> tryAcquire(String destination, Instant now) {
        while (!sent.isEmpty() && !sent.peekFirst().isAfter(now.minus(HOUR))) {
            sent.pollFirst();
        }
        if (sent.size() >= maxPerHour) {
            if (suppressed.size() < MAX_REMEMBERED || suppressed.contains(destination)) {
                suppressed.add(destination);
            } else {
                suppressedBeyondMemory++;
            }
            return Optional.empty();
        }
        sent.addLast(now);
        suppressed.remove(destination);
        Grant grant = new Grant(List.copyOf(suppressed), suppressedBeyondMemory);
        suppressed.clear();
        suppressedBeyondMemory = 0;
        return Optional.of(grant);
    }
}
