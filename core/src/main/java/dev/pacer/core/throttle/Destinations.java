package dev.pacer.core.throttle;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every destination's shared state: concurrency windows, pacing and throttles, used by all lanes, matchers and
 * mailets of one James server (bound once by Pacer's Guice module). Thread-safe. It is the local
 * {@link DestinationSlots}: the budget of one James node.
 *
 * <p>Learned state is saved to the {@link DestinationStore} at each change of window, refusal point or throttle
 * (rare events; one log line each), and loaded at creation, so a restart keeps what was learned.
 */
public final class Destinations implements DestinationSlots {
    private static final Logger LOGGER = LoggerFactory.getLogger(Destinations.class);

    private final ConcurrentMap<DestinationKey, DestinationState> states = new ConcurrentHashMap<>();
    private final List<Consumer<DestinationKey>> releaseListeners = new CopyOnWriteArrayList<>();
    private final DestinationStore store;
    private final Clock clock;
    private volatile Optional<DestinationResolver> resolver = Optional.empty();
    /** Writes the state off the delivery threads; one write pending at most, changes meanwhile ride along. */
    private final java.util.concurrent.Executor writer;
    private final java.util.concurrent.atomic.AtomicBoolean writePending = new java.util.concurrent.atomic.AtomicBoolean();
    /** The background writer rewrites the file at most once per this (0 when writing on the changing thread). */
    private final long minSaveIntervalNanos;
    private volatile long lastSaveNanos = System.nanoTime() - java.util.concurrent.TimeUnit.SECONDS.toNanos(1);
    public static final Duration DEFAULT_FORGET_AFTER = Duration.ofDays(7);
    /** Destinations idle this long are forgotten (see {@link #forgetIdle}). */
    private volatile Duration forgetAfter = DEFAULT_FORGET_AFTER;

    /** State written by a background thread after each change (a crash loses the changes of the write in progress). */
    public Destinations(DestinationStore store, Clock clock) {
        this(store, clock, java.util.concurrent.Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "pacer-destination-state-writer");
            thread.setDaemon(true);
            return thread;
        }), java.util.concurrent.TimeUnit.SECONDS.toNanos(1));
    }

    /** With the executor that writes the state after a change ({@code Runnable::run}: on the changing thread). */
    Destinations(DestinationStore store, Clock clock, java.util.concurrent.Executor writer) {
        this(store, clock, writer, 0);
    }

    private Destinations(DestinationStore store, Clock clock, java.util.concurrent.Executor writer, long minSaveIntervalNanos) {
        this.minSaveIntervalNanos = minSaveIntervalNanos;
        this.store = store;
        this.clock = clock;
        this.writer = writer;
        try {
            for (DestinationSnapshot snapshot : store.load()) {
                DestinationState state = new DestinationState(snapshot.key(), snapshot.window());
                state.restore(snapshot, clock.instant());
                states.put(snapshot.key(), state);
            }
            if (!states.isEmpty()) {
                LOGGER.info("restored learned state of {} destination(s)", states.size());
            }
        } catch (IOException e) {
            LOGGER.warn("could not read learned destination state, starting from scratch: {}", e.toString());
        }
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Optional<Slot> tryAcquire(DestinationKey destination, WindowPolicy policy, Instant now) {
        DestinationState state = state(destination, policy.initialConcurrency());
        Optional<DestinationState.Session> session = state.tryStart(policy.maxConcurrency(), now);
        if (session.isEmpty() && state.isRetired()) {
            // Forgotten between the lookup and the start: the fresh state decides.
            DestinationState fresh = state(destination, policy.initialConcurrency());
            return fresh.tryStart(policy.maxConcurrency(), now).map(started -> new LocalSlot(fresh, started, policy));
        }
        return session.map(started -> new LocalSlot(state, started, policy));
    }

    @Override
    public Instant nextStartAt(DestinationKey destination) {
        DestinationState state = states.get(destination);
        return state == null ? Instant.EPOCH : state.nextStartAt();
    }

    @Override
    public boolean tryPaceNextMessage(DestinationKey destination, Instant now) {
        DestinationState state = states.get(destination);
        return state == null || state.tryPace(now);
    }

    @Override
    public OptionalInt messagesPerSession(DestinationKey destination) {
        DestinationState state = states.get(destination);
        return state == null ? OptionalInt.empty() : state.messagesPerSession();
    }

    @Override
    public void limitMessagesPerSession(DestinationKey destination, int accepted) {
        DestinationState state = states.get(destination);
        if (state != null) {
            state.limitMessagesPerSession(accepted).ifPresent(this::changed);
        }
    }

    /** A slot of this node's budget: one session of a {@link DestinationState}. */
    private final class LocalSlot implements Slot {
        private final DestinationState state;
        private final DestinationState.Session session;
        private final WindowPolicy policy;
        private final AtomicBoolean released = new AtomicBoolean();

        LocalSlot(DestinationState state, DestinationState.Session session, WindowPolicy policy) {
            this.state = state;
            this.session = session;
            this.policy = policy;
        }

        @Override
        public DestinationKey destination() {
            return state.key();
        }

        @Override
        public int othersOpenAtEnd() {
            return Math.max(0, session.openAtEnd());
        }

        @Override
        public void greeted() {
            Optional<DestinationState.Transition> transition = state.accepted(session, policy.maxConcurrency());
            if (transition.isPresent()) {
                changed(transition.get());
                notifyRelease(state.key());
            }
        }

        @Override
        public void closedByServer() {
            state.ended(session);
        }

        @Override
        public void delivered() {
            Optional<DestinationState.Transition> transition = state.delivered(session, policy, clock.instant());
            if (transition.isPresent()) {
                changed(transition.get());
                notifyRelease(state.key());
            }
        }

        @Override
        public boolean keepOpen() {
            return state.keepOpen(session, policy.maxConcurrency());
        }

        @Override
        public void release(SessionOutcome outcome) {
            if (released.compareAndSet(false, true)) {
                finish(state, session, outcome, policy);
            }
        }

        @Override
        public OptionalInt sessionsHeldAtRefusal() {
            return session.informedWindow() ? OptionalInt.of(session.heldAtEnd()) : OptionalInt.empty();
        }
    }

    /** The state of {@code key}, created with {@code initialWindow} if it was never seen. */
    public DestinationState state(DestinationKey key, int initialWindow) {
        return states.computeIfAbsent(key, k -> {
            DestinationState created = new DestinationState(k, initialWindow);
            created.touch(clock.instant());
            return created;
        });
    }

    /**
     * Forgets destinations idle for {@code forgetAfter} (no session asked for, nothing in flight, no override,
     * throttle or suspension): memory and the state file stay bounded by the destinations in use. Returns how many.
     */
    int forgetIdle(Instant now) {
        Instant horizon = now.minus(forgetAfter);
        int forgotten = 0;
        for (DestinationState state : states.values()) {
            if (state.retireIfForgettable(horizon, now) && states.remove(state.key(), state)) {
                forgotten++;
            }
        }
        if (forgotten > 0) {
            LOGGER.info("forgot {} destination(s) idle for more than {}", forgotten, forgetAfter);
        }
        return forgotten;
    }

    /** The state of a known destination. */
    public Optional<DestinationState> find(DestinationKey key) {
        return Optional.ofNullable(states.get(key));
    }

    /**
     * Ends a session and tells every lane that a slot of this destination is free; logs and saves a state change.
     */
    Optional<DestinationState.Transition> finish(DestinationState state, DestinationState.Session session, SessionOutcome outcome,
                                                        WindowPolicy policy) {
        Optional<DestinationState.Transition> transition = state.finish(session, outcome, policy, clock.instant());
        transition.ifPresent(this::changed);
        notifyRelease(state.key());
        return transition;
    }

    private void notifyRelease(DestinationKey key) {
        for (Consumer<DestinationKey> listener : releaseListeners) {
            try {
                listener.accept(key);
            } catch (RuntimeException e) {
                // One lane's failure must not keep the others from hearing of the free slot.
                LOGGER.error("destination={} a lane failed to take the released slot into account", key, e);
            }
        }
    }

    /**
     * Records an operator's action on {@code key} (unthrottle, window set by hand, reset): logs and saves it, and tells
     * every lane, since a larger window frees slots no session end will announce.
     */
    public void operatorChanged(DestinationKey key, DestinationState.Transition transition) {
        changed(transition);
        notifyRelease(key);
    }

    /** Throttles a destination for {@code duration} from now (PowerMTA's backoff mode), re-arming it if it was. */
    public void throttle(DestinationKey key, Duration duration, String reason, int initialWindow) {
        DestinationState state = state(key, initialWindow);
        boolean wasThrottled = state.isThrottled(clock.instant());
        state.throttle(clock.instant().plus(duration), reason);
        if (!wasThrottled) {
            changed(new DestinationState.Transition("destination=" + key + " throttled for " + duration + " reason=" + reason));
        }
    }

    public boolean isThrottled(DestinationKey key) {
        DestinationState state = states.get(key);
        return state != null && state.isThrottled(clock.instant());
    }

    /** How long a destination may stay idle before it is forgotten (default {@link #DEFAULT_FORGET_AFTER}). */
    public Destinations forgetAfter(Duration idle) {
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("forgetAfter must be longer than 0, got " + idle);
        }
        this.forgetAfter = idle;
        return this;
    }

    /**
     * Records an operator's action or another change, logs it and has the state written by the writer thread: a
     * delivery thread (maybe in the middle of an SMTP session) never waits for the file.
     */
    public void changed(DestinationState.Transition transition) {
        if (LOGGER.isInfoEnabled()) {
            LOGGER.info("{}", transition.describe());
        }
        if (store == DestinationStore.NONE || !writePending.compareAndSet(false, true)) {
            return;
        }
        try {
            writer.execute(() -> {
                // At most one whole rewrite a second, whatever the rate of changes (10,000 destinations are a few
                // hundred kilobytes): the changes of that second are coalesced into the next write.
                long wait = lastSaveNanos + minSaveIntervalNanos - System.nanoTime();
                if (wait > 0) {
                    try {
                        java.util.concurrent.TimeUnit.NANOSECONDS.sleep(wait);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                // Cleared before the snapshot: a change made while writing schedules the next write.
                writePending.set(false);
                save();
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            writePending.set(false);
            save();
        }
    }

    /**
     * Writes the learned state now (also called when a lane stops). Synchronized so that the snapshot and its write
     * are one step: two threads saving at once must not let the older snapshot land last.
     */
    public synchronized void save() {
        lastSaveNanos = System.nanoTime();
        forgetIdle(clock.instant());
        try {
            store.save(snapshots());
        } catch (IOException e) {
            LOGGER.warn("could not save learned destination state: {}", e.toString());
        }
    }

    public List<DestinationSnapshot> snapshots() {
        return states.values().stream().map(DestinationState::snapshot)
            .sorted(Comparator.comparing(DestinationSnapshot::key))
            .collect(Collectors.toCollection(ArrayList::new));
    }

    @Override
    public void onRelease(Consumer<DestinationKey> listener) {
        releaseListeners.add(listener);
    }

    @Override
    public void removeReleaseListener(Consumer<DestinationKey> listener) {
        releaseListeners.remove(listener);
    }

    /**
     * Sets how domains map to destinations. Every lane must agree, or windows would be learned under one key and
     * throttles checked under another: a second, different resolver is refused.
     *
     * @throws IllegalStateException naming both configurations
     */
    public synchronized void useResolver(DestinationResolver candidate) {
        if (resolver.isPresent() && !resolver.get().settings().equals(candidate.settings())) {
            Map<String, String> first = resolver.get().settings();
            Map<String, String> asked = candidate.settings();
            String differing = new java.util.TreeSet<>(first.keySet()).stream()
                .filter(name -> !java.util.Objects.equals(first.get(name), asked.get(name)))
                .map(name -> "parameter '" + name + "' is '" + first.get(name) + "' in the lane started first and '" + asked.get(name) + "' in this one")
                .collect(java.util.stream.Collectors.joining("; "));
            throw new IllegalStateException(differing + ": every ThrottledRemoteDelivery must give the same " + String.join(", ", first.keySet())
                + " (they decide which destination a mail belongs to, and lanes share the destinations)");
        }
        if (resolver.isEmpty()) {
            resolver = Optional.of(candidate);
        }
    }

    /** The destination of a recipient domain; a domain key until a lane has set the resolver. */
    public DestinationKey keyFor(String domain) {
        return resolver.map(r -> r.keyFor(domain)).orElseGet(() -> DestinationKey.domain(domain));
    }
}
