package dev.pacer.core.report;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The default store: recent events in a ring of {@code capacity} (oldest dropped first, counted), aggregates per
 * destination in memory. One lock; every operation is a few map and deque operations.
 */
public class InMemoryDeferralStore implements DeferralStore {
    private final int capacity;
    private final Clock clock;
    private final SeverityPolicy policy;
    private final Deque<DeferralEvent> events = new ArrayDeque<>();
    final Map<String, DestinationRecord> records = new TreeMap<>();
    /**
     * Destinations by the time of their last deferral, oldest first (re-inserted at each deferral): how many deferred
     * in the last hour is the size once older heads are evicted, without scanning every destination per event.
     */
    private final java.util.LinkedHashMap<String, Instant> lastDeferral = new java.util.LinkedHashMap<>();
    private long dropped;

    public InMemoryDeferralStore(int capacity, Clock clock, SeverityPolicy policy) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
        }
        this.capacity = capacity;
        this.clock = clock;
        this.policy = policy;
    }

    @Override
    public synchronized void record(DeferralEvent event) {
        if (events.size() >= capacity) {
            events.removeFirst();
            dropped++;
        }
        events.addLast(event);
        records.computeIfAbsent(event.destination(), DestinationRecord::new).add(event);
        lastDeferral.remove(event.destination());
        lastDeferral.put(event.destination(), event.time());
    }

    @Override
    public synchronized void record(OutcomeEvent event) {
        records.computeIfAbsent(event.destination(), DestinationRecord::new).add(event);
    }

    @Override
    public synchronized List<DeferralEvent> recentEvents(int limit) {
        List<DeferralEvent> newest = new ArrayList<>();
        for (Iterator<DeferralEvent> it = events.descendingIterator(); it.hasNext() && newest.size() < limit; ) {
            newest.add(it.next());
        }
        return newest;
    }

    @Override
    public synchronized List<DeferralEvent> recentEvents(String destination, int limit) {
        List<DeferralEvent> newest = new ArrayList<>();
        for (Iterator<DeferralEvent> it = events.descendingIterator(); it.hasNext() && newest.size() < limit; ) {
            DeferralEvent event = it.next();
            if (event.destination().equals(destination)) {
                newest.add(event);
            }
        }
        return newest;
    }

    @Override
    public synchronized long droppedEvents() {
        return dropped;
    }

    @Override
    public synchronized List<String> destinations() {
        return new ArrayList<>(records.keySet());
    }

    @Override
    public synchronized Optional<DestinationStatistics> statistics(String destination) {
        Instant now = clock.instant();
        return Optional.ofNullable(records.get(destination)).map(record -> record.view(now, policy, spread(now)));
    }

    @Override
    public synchronized List<DestinationStatistics> allStatistics() {
        Instant now = clock.instant();
        boolean spread = spread(now);
        return records.values().stream()
            .map(record -> record.view(now, policy, spread))
            .sorted(Comparator.comparingLong(DestinationStatistics::deferralsLastDay).reversed()
                .thenComparing(DestinationStatistics::destination))
            .collect(Collectors.toList());
    }

    /**
     * Deferrals at many destinations in the same hour point at the sender, not at one receiver's cap. Amortised
     * constant time: each destination leaves the index once per deferral that put it there.
     */
    private boolean spread(Instant now) {
        Instant horizon = now.minus(java.time.Duration.ofHours(1));
        for (java.util.Iterator<Instant> oldest = lastDeferral.values().iterator(); oldest.hasNext(); ) {
            if (oldest.next().isAfter(horizon)) {
                break;
            }
            oldest.remove();
        }
        return lastDeferral.size() >= policy.spreadDestinations();
    }

    /** Rebuilds the last-deferral index after records were restored without events (a journal). */
    synchronized void indexRestoredRecords() {
        lastDeferral.clear();
        records.values().stream().filter(record -> record.last != null)
            .sorted(Comparator.comparing((DestinationRecord record) -> record.last))
            .forEach(record -> lastDeferral.put(record.destination, record.last));
    }

    Clock clock() {
        return clock;
    }
}
