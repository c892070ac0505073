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
        return destinations.snapshots().stream().map(WindowView::new).collect(Collectors.toList());
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
