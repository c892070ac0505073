package dev.pacer.core.throttle;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every destination's shared state: concurrency windows, pacing and throttles, used by all lanes, matchers and
 * mailets of one James server (bound once by Pacer's Guice module). Thread-safe.
 *
 * <p>Learned state is saved to the {@link DestinationStore} at each change of window, refusal point or throttle
 * (rare events; one log line each), and loaded at creation, so a restart keeps what was learned.
 */
public final class Destinations {
    private static final Logger LOGGER = LoggerFactory.getLogger(Destinations.class);

    private final ConcurrentMap<DestinationKey, DestinationState> states = new ConcurrentHashMap<>();
    private final List<Consumer<DestinationKey>> releaseListeners = new CopyOnWriteArrayList<>();
    private final DestinationStore store;
    private final Clock clock;
    private volatile Optional<DestinationResolver> resolver = Optional.empty();

    public Destinations(DestinationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        try {
            for (DestinationSnapshot snapshot : store.load()) {
                DestinationState state = new DestinationState(snapshot.key(), snapshot.window());
                state.restore(snapshot);
                states.put(snapshot.key(), state);
            }
            if (!states.isEmpty()) {
                LOGGER.info("restored learned state of {} destination(s)", states.size());
            }
        } catch (IOException e) {
            LOGGER.warn("could not read learned destination state, starting from scratch: {}", e.toString());
        }
    }

    public Clock clock() {
        return clock;
    }

    /** The state of {@code key}, created with {@code initialWindow} if it was never seen. */
    public DestinationState state(DestinationKey key, int initialWindow) {
        return states.computeIfAbsent(key, k -> new DestinationState(k, initialWindow));
    }

    /** The state of a known destination. */
    public Optional<DestinationState> find(DestinationKey key) {
        return Optional.ofNullable(states.get(key));
    }

    /**
     * Ends a session and tells every lane that a slot of this destination is free; logs and saves a state change.
     */
    public Optional<DestinationState.Transition> finish(DestinationState state, DestinationState.Session session, SessionOutcome outcome,
                                                        WindowPolicy policy) {
        Optional<DestinationState.Transition> transition = state.finish(session, outcome, policy, clock.instant());
        transition.ifPresent(this::changed);
        for (Consumer<DestinationKey> listener : releaseListeners) {
            listener.accept(state.key());
        }
        return transition;
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

    /** Records an operator's action or another change, logs it and saves the state. */
    public void changed(DestinationState.Transition transition) {
        LOGGER.info("{}", transition.describe());
        save();
    }

    /** Writes the learned state now (also called when a lane stops). */
    public void save() {
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

    /** Lanes register to hear that a destination has a free slot (a session of any lane ended). */
    public void onRelease(Consumer<DestinationKey> listener) {
        releaseListeners.add(listener);
    }

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
        if (resolver.isPresent() && !resolver.get().description().equals(candidate.description())) {
            throw new IllegalStateException("destinations are already resolved as '" + resolver.get().description()
                + "', this lane asks for '" + candidate.description() + "': every ThrottledRemoteDelivery must use the same destinationKey and routes");
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
