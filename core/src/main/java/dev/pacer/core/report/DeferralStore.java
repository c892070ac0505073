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

    /** Writes what must survive a restart (no-op for memory-only stores). */
    default void flush() {
    }
}
