package dev.pacer.core.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, for one delivery lane, which waiting item may start a session now: at most {@code globalLimit} sessions
 * in the lane, at most the destination's window (capped by the lane's {@code maxConcurrency}) per destination, no
 * earlier than the destination's pacing allows. Items that must wait are held per destination, at most
 * {@code maxHeldPerDestination} each; past that an offer overflows and the caller puts the item back into its queue.
 *
 * <p>Nothing here blocks or spins: an item waits as an entry in a deque; the lane calls {@link #drain()} when a
 * session ends (of any lane: the window is shared) and at {@link #nextWakeUp()} when pacing holds items back.
 * Destinations are served round-robin so one busy destination cannot starve the others. Thread-safe (synchronized).
 *
 * @param <T> the lane's item (a dequeued mail)
 */
public final class LaneDispatcher<T> {
    /** A session to run now: the item, its destination state and the session. */
    public static final class Start<T> {
        private final T item;
        private final DestinationState destination;
        private final DestinationState.Session session;

        Start(T item, DestinationState destination, DestinationState.Session session) {
            this.item = item;
            this.destination = destination;
            this.session = session;
        }

        public T item() {
            return item;
        }

        public DestinationState destination() {
            return destination;
        }

        public DestinationState.Session session() {
            return session;
        }
    }

    /** What became of an offered item. */
    public enum Decision {
        STARTED, HELD, OVERFLOW
    }

    /** The answer to {@link #offer}: the decision and, when started, the session to run. */
    public static final class Offer<T> {
        private final Decision decision;
        private final Optional<Start<T>> start;
        private final Duration putBackFor;

        private Offer(Decision decision, Optional<Start<T>> start, Duration putBackFor) {
            this.decision = decision;
            this.start = start;
            this.putBackFor = putBackFor;
        }

        public Decision decision() {
            return decision;
        }

        public Optional<Start<T>> start() {
            return start;
        }

        /** For {@link Decision#OVERFLOW}: how long the item should stay in the queue before it is offered again. */
        public Duration putBackFor() {
            return putBackFor;
        }
    }

    /** Shortest and longest stay in the queue of an overflowing item. */
    static final Duration MIN_PUT_BACK = Duration.ofSeconds(1);
    static final Duration MAX_PUT_BACK = Duration.ofHours(1);
    /** Session duration assumed for a destination before one was measured. */
    static final Duration ASSUMED_SESSION = Duration.ofSeconds(1);

    private final Destinations destinations;
    private final WindowPolicy policy;
    private final int globalLimit;
    private final int maxHeldPerDestination;
    private final Map<DestinationKey, Deque<T>> held = new LinkedHashMap<>();
    private final Map<DestinationKey, Integer> putBack = new HashMap<>();
    private final Map<DestinationKey, Duration> sessionDuration = new HashMap<>();
    private int running;
    private int heldCount;

    public LaneDispatcher(Destinations destinations, WindowPolicy policy, int globalLimit, int maxHeldPerDestination) {
        if (globalLimit < 1 || maxHeldPerDestination < 1) {
            throw new IllegalArgumentException("globalLimit and maxHeldPerDestination must be >= 1, got " + globalLimit + " and " + maxHeldPerDestination);
        }
        this.destinations = destinations;
        this.policy = policy;
        this.globalLimit = globalLimit;
        this.maxHeldPerDestination = maxHeldPerDestination;
    }

    /** Offers an item for {@code key}: started now, held, or overflowing (the caller re-queues it). */
    public synchronized Offer<T> offer(DestinationKey key, T item) {
        DestinationState state = destinations.state(key, policy.initialConcurrency());
        Deque<T> waiting = held.get(key);
        if ((waiting == null || waiting.isEmpty()) && running < globalLimit) {
            Optional<DestinationState.Session> session = state.tryStart(policy.maxConcurrency(), destinations.clock().instant());
            if (session.isPresent()) {
                running++;
                return new Offer<>(Decision.STARTED, Optional.of(new Start<>(item, state, session.get())), Duration.ZERO);
            }
        }
        if (waiting == null) {
            waiting = new ArrayDeque<>();
            held.put(key, waiting);
        }
        if (waiting.size() >= maxHeldPerDestination) {
            int parked = putBack.merge(key, 1, Integer::sum);
            return new Offer<>(Decision.OVERFLOW, Optional.empty(), putBackDelay(key, state, waiting.size() + parked));
        }
        waiting.addLast(item);
        heldCount++;
        return new Offer<>(Decision.HELD, Optional.empty(), Duration.ZERO);
    }

    /**
     * How long an overflowing item should wait in the queue: about the time the destination needs for the items
     * ahead of it (held and already put back) at its window and measured session duration. Rejected alternative: a
     * fixed or per-item doubling delay, which with thousands of waiting items keeps dequeuing and re-queuing them
     * all the time; this way each item comes back about when it can go, and the lane stays idle meanwhile.
     */
    private Duration putBackDelay(DestinationKey key, DestinationState state, int ahead) {
        int window = Math.max(1, Math.min(state.snapshot().window(), policy.maxConcurrency()));
        Duration perSession = sessionDuration.getOrDefault(key, ASSUMED_SESSION);
        Duration delay = perSession.multipliedBy(ahead).dividedBy(window);
        if (delay.compareTo(MIN_PUT_BACK) < 0) {
            return MIN_PUT_BACK;
        }
        return delay.compareTo(MAX_PUT_BACK) > 0 ? MAX_PUT_BACK : delay;
    }

    /** An item put back earlier for {@code key} is offered again. */
    public synchronized void returned(DestinationKey key) {
        putBack.computeIfPresent(key, (k, count) -> count <= 1 ? null : count - 1);
    }

    /**
     * A session of this lane to {@code key} ended after {@code took} (call before {@link Destinations#finish}, whose
     * listeners drain). Session durations are averaged per destination (weight 1/4 to the newest).
     */
    public synchronized void sessionEnded(DestinationKey key, Duration took) {
        if (running <= 0) {
            throw new IllegalStateException("sessionEnded() without a running session");
        }
        running--;
        sessionDuration.merge(key, took, (average, latest) -> average.multipliedBy(3).plus(latest).dividedBy(4));
    }

    /** The held items that may start now, destinations taken in turn. */
    public synchronized List<Start<T>> drain() {
        List<Start<T>> starts = new ArrayList<>();
        Instant now = destinations.clock().instant();
        boolean progress = true;
        while (progress && running < globalLimit && heldCount > 0) {
            progress = false;
            List<DestinationKey> served = new ArrayList<>();
            for (Iterator<Map.Entry<DestinationKey, Deque<T>>> entries = held.entrySet().iterator(); entries.hasNext() && running < globalLimit; ) {
                Map.Entry<DestinationKey, Deque<T>> entry = entries.next();
                if (entry.getValue().isEmpty()) {
                    entries.remove();
                    continue;
                }
                DestinationState state = destinations.state(entry.getKey(), policy.initialConcurrency());
                Optional<DestinationState.Session> session = state.tryStart(policy.maxConcurrency(), now);
                if (session.isPresent()) {
                    T item = entry.getValue().removeFirst();
                    heldCount--;
                    running++;
                    starts.add(new Start<>(item, state, session.get()));
                    served.add(entry.getKey());
                    progress = true;
                }
            }
            // Round robin: a destination just served goes to the back of the line.
            for (DestinationKey key : served) {
                Deque<T> waiting = held.remove(key);
                if (waiting != null && !waiting.isEmpty()) {
                    held.put(key, waiting);
                }
            }
        }
        return starts;
    }

    /** When held items blocked only by pacing may start; empty when none waits for pacing. */
    public synchronized Optional<Instant> nextWakeUp() {
        Instant now = destinations.clock().instant();
        Optional<Instant> earliest = Optional.empty();
        for (Map.Entry<DestinationKey, Deque<T>> entry : held.entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            Instant next = destinations.state(entry.getKey(), policy.initialConcurrency()).nextStartAt();
            if (next.isAfter(now) && (earliest.isEmpty() || next.isBefore(earliest.get()))) {
                earliest = Optional.of(next);
            }
        }
        return earliest;
    }

    /** Removes and returns every held item (the lane gives them back to its queue when it stops). */
    public synchronized List<T> releaseAll() {
        List<T> all = new ArrayList<>();
        held.values().forEach(all::addAll);
        held.clear();
        heldCount = 0;
        return all;
    }

    public synchronized int running() {
        return running;
    }

    public synchronized int held() {
        return heldCount;
    }

    public synchronized int held(DestinationKey key) {
        Deque<T> waiting = held.get(key);
        return waiting == null ? 0 : waiting.size();
    }
}
