package dev.pacer.mailets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.pacer.core.throttle.DestinationKey;
import dev.pacer.core.throttle.LaneScheduler;

/**
 * The delivery lanes of one James server (one per {@code ThrottledRemoteDelivery}), bound once by
 * {@link PacerModule}: what operators see of waiting mail and act on, and the rule that two lanes never share a
 * queue or a waiting repository (each lane rebuilds its index from its repository at start; a shared one would make
 * two lanes deliver the same mail).
 */
public final class Lanes {
    /** What waits for one destination in one lane. */
    public static final class Waiting {
        private final String lane;
        private final LaneScheduler.DestinationView view;

        Waiting(String lane, LaneScheduler.DestinationView view) {
            this.lane = lane;
            this.view = view;
        }

        public String lane() {
            return lane;
        }

        public LaneScheduler.DestinationView view() {
            return view;
        }
    }

    private final Map<String, DeliveryLane> lanes = new LinkedHashMap<>();

    /** @throws IllegalStateException naming the parameter two lanes share */
    synchronized void register(DeliveryLane lane) {
        for (DeliveryLane other : lanes.values()) {
            if (other.name().equals(lane.name())) {
                throw new IllegalStateException("two lanes use outgoingQueue '" + lane.name() + "': give each ThrottledRemoteDelivery its own");
            }
            if (other.waitingRepository().equals(lane.waitingRepository())) {
                throw new IllegalStateException("lanes '" + other.name() + "' and '" + lane.name() + "' use the same waitingRepository '"
                    + lane.waitingRepository() + "': give each ThrottledRemoteDelivery its own");
            }
        }
        lanes.put(lane.name(), lane);
    }

    synchronized void unregister(DeliveryLane lane) {
        lanes.remove(lane.name(), lane);
    }

    private synchronized List<DeliveryLane> all() {
        return new ArrayList<>(lanes.values());
    }

    /** Mails waiting in every lane. */
    public long totalWaiting() {
        return all().stream().mapToLong(lane -> lane.scheduler().waiting()).sum();
    }

    /** Per lane, the destinations with the most waiting mail, at most {@code limit} per lane. */
    public List<Waiting> waiting(int limit) {
        List<Waiting> waiting = new ArrayList<>();
        for (DeliveryLane lane : all()) {
            lane.scheduler().views(limit).forEach(view -> waiting.add(new Waiting(lane.name(), view)));
        }
        return waiting;
    }

    /** What waits for {@code destination} in each lane that has mail for it. */
    public List<Waiting> waiting(DestinationKey destination) {
        List<Waiting> waiting = new ArrayList<>();
        for (DeliveryLane lane : all()) {
            lane.scheduler().view(destination).ifPresent(view -> waiting.add(new Waiting(lane.name(), view)));
        }
        return waiting;
    }

    /** Makes every mail waiting for {@code destination}, in every lane, ready now; returns how many waited for their time. */
    public int retryNow(DestinationKey destination) {
        return all().stream().mapToInt(lane -> lane.retryNow(destination)).sum();
    }

    /** Makes every waiting mail of every lane ready now; returns how many waited for their time. */
    public int retryAll() {
        return all().stream().mapToInt(DeliveryLane::retryAll).sum();
    }
}
