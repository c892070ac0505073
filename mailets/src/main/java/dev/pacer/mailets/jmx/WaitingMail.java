package dev.pacer.mailets.jmx;

import java.util.List;
import java.util.stream.Collectors;

import dev.pacer.core.throttle.DestinationKey;
import dev.pacer.mailets.Lanes;

/** The {@link WaitingMailMXBean} over the server's {@link Lanes}. */
public final class WaitingMail implements WaitingMailMXBean {
    static final int LIMIT_PER_LANE = 100;

    private final Lanes lanes;

    public WaitingMail(Lanes lanes) {
        this.lanes = lanes;
    }

    @Override
    public long getTotalWaiting() {
        return lanes.totalWaiting();
    }

    @Override
    public List<WaitingView> getDestinations() {
        return lanes.waiting(LIMIT_PER_LANE).stream().map(WaitingView::new).collect(Collectors.toList());
    }

    @Override
    public List<WaitingView> destination(String destination) {
        return lanes.waiting(DestinationKey.parse(destination)).stream().map(WaitingView::new).collect(Collectors.toList());
    }

    @Override
    public int retryNow(String destination) {
        return lanes.retryNow(DestinationKey.parse(destination));
    }

    @Override
    public int retryAll() {
        return lanes.retryAll();
    }
}
