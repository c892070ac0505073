package dev.pacer.mailets.jmx;

import java.util.List;
import java.util.stream.Collectors;

import dev.pacer.core.Texts;
import dev.pacer.core.throttle.DestinationKey;
import dev.pacer.core.throttle.DestinationSnapshot;
import dev.pacer.core.throttle.DestinationState;
import dev.pacer.core.throttle.Destinations;

/** The {@link ThrottleMXBean} over the shared {@link Destinations}. */
public final class Throttle implements ThrottleMXBean {
    private final Destinations destinations;

    public Throttle(Destinations destinations) {
        this.destinations = destinations;
    }

    @Override
    public List<WindowView> getWindows() {
        return destinations.snapshots().stream()
            .sorted(MOST_NOTEWORTHY_FIRST)
            .limit(MAX_WINDOWS)
            .map(WindowView::new)
            .collect(Collectors.toList());
    }

    /** At most this many destinations in {@code Windows}: the ones an operator looks for first. */
    static final int MAX_WINDOWS = 100;

    /** Suspended, throttled, overridden or refused destinations first, then by sessions in flight, then by name. */
    private static final java.util.Comparator<DestinationSnapshot> MOST_NOTEWORTHY_FIRST =
        java.util.Comparator.comparing((DestinationSnapshot snapshot) -> !noteworthy(snapshot))
            .thenComparing(DestinationSnapshot::inFlight, java.util.Comparator.reverseOrder())
            .thenComparing(DestinationSnapshot::key);

    private static boolean noteworthy(DestinationSnapshot snapshot) {
        return snapshot.suspendedUntil().isPresent() || snapshot.throttledUntil().isPresent() || snapshot.manualWindow()
            || snapshot.refusalPoint().isPresent();
    }

    @Override
    public void unthrottle(String destination) {
        DestinationState state = known(destination);
        destinations.operatorChanged(state.key(), state.unthrottle());
    }

    @Override
    public void setWindow(String destination, int window) {
        DestinationState state = known(destination);
        destinations.operatorChanged(state.key(), state.setWindow(window));
    }

    @Override
    public void resume(String destination) {
        DestinationState state = known(destination);
        destinations.operatorChanged(state.key(), state.resume());
    }

    @Override
    public void reset(String destination) {
        DestinationState state = known(destination);
        destinations.operatorChanged(state.key(), state.reset(1));
    }

    private DestinationState known(String destination) {
        DestinationKey key = DestinationKey.parse(destination);
        return destinations.find(key).orElseThrow(() -> new IllegalArgumentException("unknown destination '" + Texts.echo(destination)
            + "'; known destinations: " + Texts.firstOf(destinations.snapshots().stream().map(DestinationSnapshot::key).map(DestinationKey::value)
            .collect(Collectors.toList()), 20)));
    }
}
