package dev.pacer.core.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.pacer.core.EpochNanos;

/**
 * The default store: recent events in a ring of {@code capacity} (oldest dropped first, counted), aggregates per
 * destination in memory. One lock; recording an event touches its destination's record and a few indexes, whatever
 * the number of destinations: server totals are running counters, the ranking for {@link #topStatistics(int)} is
 * kept incrementally, destinations changed since the journal last wrote are tracked, and idle destinations leave in
 * the order they went idle ({@link #forgetIdle(Instant)}).
 */
public class InMemoryDeferralStore implements DeferralStore {
    private final int capacity;
    private final Clock clock;
    private final SeverityPolicy policy;
    private final Deque<DeferralEvent> events = new ArrayDeque<>();
    final RecordTable records = new RecordTable();
    /**
     * Destinations by the time of their last deferral, oldest first (appended at each deferral, at most once per
     * {@link #INDEX_PRECISION}): how many deferred in the last hour is the count of records in it once older heads
     * are evicted, without scanning every destination per event. A record is in it while its
     * {@code indexedDeferral} is set.
     */
    private final StampOrder lastDeferral = new StampOrder(record -> record.indexedDeferral);
    /** Records with a current entry in {@link #lastDeferral}. */
    private int deferringRecently;
    private long dropped;
    /** Destinations by the time of their last event of any kind, oldest first (see {@link #lastDeferral}). */
    private final StampOrder lastActivity = new StampOrder(record -> record.indexedActivity);
    /**
     * Records changed since {@link #drainChanges()}, in the order they first changed (a record's own flag says it is
     * listed, so an event sets a field of the record it already holds instead of hashing into a set of every
     * destination); destinations forgotten since.
     */
    private final List<DestinationRecord> changed = new ArrayList<>();
    private final Set<String> forgotten = new LinkedHashSet<>();
    private final DeferralTotals totals = new DeferralTotals();
    private boolean totalsChanged;
    /**
     * Destinations by an upper bound of their deferrals in the last 24 hours (raised by one per deferral, lowered to
     * the true count when a read finds it lower), grouped by the bound's bit length (level 0: bound 0; level k:
     * bounds 2^(k-1) to 2^k - 1). A deferral raises its record's bound and moves it to another group only when the
     * bound reaches a power of two, so most events touch no group; the threshold algorithm reads the top N from the
     * highest level down, stopping where every destination left below holds fewer than those found.
     */
    private final TreeMap<Integer, Set<String>> ranking = new TreeMap<>();
    /**
     * How stale the time indexes may be: a destination moves to the young end of {@code lastDeferral} and
     * {@code lastActivity} at most once per this, so a burst of deferrals at one destination reorders them once. Ageing
     * and the last-hour count allow for it (never early).
     */
    static final Duration INDEX_PRECISION = Duration.ofMinutes(1);
    private static final long INDEX_PRECISION_KEY = INDEX_PRECISION.toNanos();

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
        DestinationRecord record = records.getOrCreate(event.destination());
        record.add(event);
        long time = EpochNanos.of(event.time());
        if (record.indexedDeferral == EpochNanos.NONE || time - record.indexedDeferral >= INDEX_PRECISION_KEY) {
            if (record.indexedDeferral == EpochNanos.NONE) {
                deferringRecently++;
            }
            record.indexedDeferral = time;
            lastDeferral.append(record, time, deferringRecently);
        }
        totals.deferrals++;
        setRank(record, record.rankBound < 0 ? 1 : record.rankBound + 1);
        touched(record, time);
    }

    @Override
    public synchronized void record(OutcomeEvent event) {
        DestinationRecord record = records.getOrCreate(event.destination());
        record.add(event);
        switch (event.outcome()) {
            case DELIVERED_AFTER_DEFERRAL:
                totals.delivered++;
                break;
            case EXPIRED:
                totals.expired++;
                break;
            default:
                totals.bounced++;
                break;
        }
        if (record.rankBound < 0) {
            setRank(record, 0);
        }
        touched(record, EpochNanos.of(event.time()));
    }

    private void touched(DestinationRecord record, long time) {
        totalsChanged = true;
        if (!record.changed) {
            record.changed = true;
            if (changed.size() > 2 * records.size() + 1024) {
                // Bounded when nobody drains (no journal) and destinations come and go: forgotten records leave.
                changed.removeIf(listed -> records.get(listed.destination) != listed);
            }
            changed.add(record);
        }
        if (!forgotten.isEmpty()) {
            forgotten.remove(record.destination);
        }
        if (record.indexedActivity == EpochNanos.NONE || time - record.indexedActivity >= INDEX_PRECISION_KEY) {
            record.indexedActivity = time;
            lastActivity.append(record, time, records.size());
        }
    }

    /** The ranking level of a bound: its bit length. */
    static int level(long bound) {
        return 64 - Long.numberOfLeadingZeros(bound);
    }

    private void setRank(DestinationRecord record, long bound) {
        int level = level(bound);
        if (record.rankLevel != level) {
            unrank(record);
            ranking.computeIfAbsent(level, created -> new HashSet<>()).add(record.destination);
            record.rankLevel = level;
        }
        record.rankBound = bound;
    }

    private void unrank(DestinationRecord record) {
        if (record.rankLevel >= 0) {
            Set<String> level = ranking.get(record.rankLevel);
            level.remove(record.destination);
            if (level.isEmpty()) {
                ranking.remove(record.rankLevel);
            }
            record.rankLevel = -1;
            record.rankBound = -1;
        }
    }

    /** Server totals (running counters: no destination is visited). */
    @Override
    public synchronized DeferralTotals totals() {
        return totals.copy();
    }

    /**
     * The {@code limit} destinations with the most deferrals in the last 24 hours (ties by name), without visiting
     * the others: bounds are checked from the top and lowered where the window has moved on, until {@code limit}
     * destinations hold their bound.
     */
    @Override
    public synchronized List<DestinationStatistics> topStatistics(int limit) {
        Instant now = clock.instant();
        boolean spread = spread(now);
        // Every destination found at or above a level holds more than any left below it (bounds are upper bounds).
        List<DestinationRecord> found = new ArrayList<>();
        Integer level = ranking.isEmpty() ? null : ranking.lastKey();
        while (found.size() < limit && level != null) {
            // Check this level's destinations; those whose count fell below it move down and are met again lower.
            for (String destination : List.copyOf(ranking.get(level))) {
                DestinationRecord record = records.get(destination);
                long actual = record.deferralsLastDay(now);
                setRank(record, actual);
                if (record.rankLevel == level) {
                    found.add(record);
                }
            }
            level = ranking.lowerKey(level);
        }
        found.sort(Comparator.comparingLong((DestinationRecord record) -> record.rankBound).reversed()
            .thenComparing(record -> record.destination));
        List<DestinationStatistics> statistics = new ArrayList<>();
        for (DestinationRecord record : found.subList(0, Math.min(limit, found.size()))) {
            statistics.add(record.view(now, policy, spread));
        }
        return statistics;
    }

    /**
     * Forgets every destination whose last event is before {@code horizon}: its statistics leave memory (and the
     * journal). Visits only the destinations it removes (plus one). Returns how many left.
     */
    public synchronized int forgetIdle(Instant horizon) {
        long horizonKey = EpochNanos.of(horizon);
        int removed = 0;
        for (DestinationRecord record = lastActivity.oldest(); record != null; record = lastActivity.oldest()) {
            if (!lastActivity.oldestIsCurrent()) {
                lastActivity.removeOldest();
                continue;
            }
            // The index may be a minute stale (INDEX_PRECISION): wait that long more, never forget early.
            if (lastActivity.oldestStamp() >= horizonKey - INDEX_PRECISION_KEY) {
                break;
            }
            lastActivity.removeOldest();
            forget(record);
            removed++;
        }
        return removed;
    }

    /** Takes a record out of the store and its indexes (its entries in the orders become stale). */
    private void forget(DestinationRecord record) {
        records.remove(record.destination);
        record.indexedActivity = EpochNanos.NONE;
        if (record.indexedDeferral != EpochNanos.NONE) {
            record.indexedDeferral = EpochNanos.NONE;
            deferringRecently--;
        }
        unrank(record);
        forgotten.add(record.destination);
    }

    /** What changed since the last call: records to write (serialized now, under the lock) and destinations gone. */
    synchronized Changes drainChanges() {
        Instant now = clock.instant();
        List<String> blocks = new ArrayList<>(changed.size());
        for (DestinationRecord record : changed) {
            record.changed = false;
            // A record forgotten (or forgotten and recreated) since it changed is not this destination's any more.
            if (records.get(record.destination) == record) {
                blocks.add(StatisticsJournal.block(record, now));
            }
        }
        Changes changes = new Changes(blocks, new ArrayList<>(forgotten), totalsChanged ? totals.copy() : null);
        changed.clear();
        forgotten.clear();
        totalsChanged = false;
        return changes;
    }

    /** Serialized blocks of every record, {@code from} the given position of the sorted names, at most {@code count}. */
    synchronized List<String> blocks(List<String> names, int from, int count) {
        Instant now = clock.instant();
        List<String> blocks = new ArrayList<>();
        for (int i = from; i < Math.min(names.size(), from + count); i++) {
            DestinationRecord record = records.get(names.get(i));
            if (record != null) {
                blocks.add(StatisticsJournal.block(record, now));
            }
        }
        return blocks;
    }

    /** A batch for the journal: changed records, forgotten destinations, totals when they changed. */
    static final class Changes {
        final List<String> blocks;
        final List<String> forgotten;
        final DeferralTotals totals;

        Changes(List<String> blocks, List<String> forgotten, DeferralTotals totals) {
            this.blocks = blocks;
            this.forgotten = forgotten;
            this.totals = totals;
        }

        boolean isEmpty() {
            return blocks.isEmpty() && forgotten.isEmpty() && totals == null;
        }
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
        List<String> names = new ArrayList<>(records.size());
        for (DestinationRecord record : records.values()) {
            names.add(record.destination);
        }
        names.sort(null);
        return names;
    }

    @Override
    public synchronized Optional<DestinationStatistics> statistics(String destination) {
        Instant now = clock.instant();
        return Optional.ofNullable(records.get(destination)).map(record -> record.view(now, policy, spread(now)));
    }

    @Override
    public synchronized Severity severity(String destination) {
        DestinationRecord record = records.get(destination);
        return record == null ? Severity.NORMAL : record.severity(clock.instant(), policy);
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
        long horizon = EpochNanos.of(now.minus(Duration.ofHours(1)));
        for (DestinationRecord record = lastDeferral.oldest(); record != null; record = lastDeferral.oldest()) {
            if (lastDeferral.oldestIsCurrent()) {
                // Indexed up to INDEX_PRECISION before the real last deferral: kept that much longer, never dropped early.
                if (lastDeferral.oldestStamp() > horizon - INDEX_PRECISION_KEY) {
                    break;
                }
                record.indexedDeferral = EpochNanos.NONE;
                deferringRecently--;
            }
            lastDeferral.removeOldest();
        }
        return deferringRecently >= policy.spreadDestinations();
    }

    /**
     * Rebuilds the indexes after records were restored without events (a journal): last deferral, last activity,
     * ranking; and the totals, from the records when the journal held none.
     */
    synchronized void indexRestoredRecords(DeferralTotals restored) {
        Instant now = clock.instant();
        lastDeferral.clear();
        lastActivity.clear();
        deferringRecently = 0;
        ranking.clear();
        records.values().forEach(record -> {
            record.indexedDeferral = EpochNanos.NONE;
            record.indexedActivity = EpochNanos.NONE;
        });
        records.values().stream().filter(record -> record.last() != null)
            .sorted(Comparator.comparing((DestinationRecord record) -> record.last()))
            .forEach(record -> {
                record.indexedDeferral = EpochNanos.of(record.last());
                deferringRecently++;
                lastDeferral.append(record, record.indexedDeferral, deferringRecently);
            });
        records.values().stream()
            .sorted(Comparator.comparing((DestinationRecord record) -> record.lastActivity()))
            .forEach(record -> {
                record.indexedActivity = EpochNanos.of(record.lastActivity());
                lastActivity.append(record, record.indexedActivity, records.size());
            });
        records.values().forEach(record -> {
            record.rankBound = -1;
            record.rankLevel = -1;
            setRank(record, record.deferralsLastDay(now));
        });
        if (restored != null) {
            totals.deferrals = restored.deferrals;
            totals.delivered = restored.delivered;
            totals.expired = restored.expired;
            totals.bounced = restored.bounced;
        } else {
            for (DestinationRecord record : records.values()) {
                totals.deferrals += record.deferralsTotal();
                totals.delivered += record.delivered;
                totals.expired += record.expired;
                totals.bounced += record.bounced;
            }
        }
    }

    Clock clock() {
        return clock;
    }
}
