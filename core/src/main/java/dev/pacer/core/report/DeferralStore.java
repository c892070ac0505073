package dev.pacer.core.report;

import java.util.List;
import java.util.Optional;

/**
 * Where deferral events and outcomes go, and the statistics drawn from them. Implementations are thread-safe and
 * bounded: recent events are kept up to a capacity (the oldest dropped first, and counted), aggregates per
 * destination stay small whatever the traffic. {@code DeferralStoreContract} is the behaviour every backend passes.
 */
public interface DeferralStore {
    void record(DeferralEvent event);

    void record(OutcomeEvent event);

    /** The most recent events, newest first, at most {@code limit}. */
    List<DeferralEvent> recentEvents(int limit);

    /** The most recent events of one destination, newest first, at most {@code limit}. */
    List<DeferralEvent> recentEvents(String destination, int limit);

    /** Events dropped from the recent list to keep it within its capacity. */
    long droppedEvents();

    /** Every destination that ever deferred, sorted. */
    List<String> destinations();

    /** Statistics of one destination; empty for a destination that never deferred. */
    Optional<DestinationStatistics> statistics(String destination);

    /** Statistics of every destination, most deferrals in the last 24 h first. */
    List<DestinationStatistics> allStatistics();

    /**
     * The {@code limit} destinations with the most deferrals in the last 24 h, as {@link #allStatistics()} orders
     * them. Stores with many destinations answer it without visiting the others.
     */
    default List<DestinationStatistics> topStatistics(int limit) {
        List<DestinationStatistics> all = allStatistics();
        return all.size() > limit ? List.copyOf(all.subList(0, limit)) : all;
    }

    /** The severity of one destination ({@code NORMAL} for one that never deferred), cheaper than its statistics. */
    default Severity severity(String destination) {
        return statistics(destination).map(DestinationStatistics::severity).orElse(Severity.NORMAL);
    }

    /** Server totals: deferrals, and the outcomes of deferred mail. */
    default DeferralTotals totals() {
        DeferralTotals totals = new DeferralTotals();
        for (DestinationStatistics stats : allStatistics()) {
            totals.deferrals += stats.deferralsTotal();
            totals.delivered += stats.deliveredAfterDeferral();
            totals.expired += stats.expired();
            totals.bounced += stats.bounced();
        }
        return totals;
    }

    /** Writes what must survive a restart (no-op for memory-only stores). */
    default void flush() {
    }

    /** Writes what must survive a restart and stops any background writer. */
    default void close() {
        flush();
    }
}
