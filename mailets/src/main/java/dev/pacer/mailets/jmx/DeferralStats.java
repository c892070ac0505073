package dev.pacer.mailets.jmx;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.pacer.core.report.DestinationStatistics;
import dev.pacer.core.throttle.DestinationKey;
import dev.pacer.mailets.Reporting;

/** The {@link DeferralStatsMXBean} over Pacer's reporting. */
public final class DeferralStats implements DeferralStatsMXBean {
    private final Reporting reporting;

    public DeferralStats(Reporting reporting) {
        this.reporting = reporting;
    }

    private List<DestinationStatistics> all() {
        return reporting.store().allStatistics();
    }

    @Override
    public long getTotalDeferrals() {
        return all().stream().mapToLong(DestinationStatistics::deferralsTotal).sum();
    }

    @Override
    public long getDeliveredAfterDeferral() {
        return all().stream().mapToLong(DestinationStatistics::deliveredAfterDeferral).sum();
    }

    @Override
    public long getExpired() {
        return all().stream().mapToLong(DestinationStatistics::expired).sum();
    }

    @Override
    public long getBounced() {
        return all().stream().mapToLong(DestinationStatistics::bounced).sum();
    }

    @Override
    public long getDroppedEvents() {
        return reporting.store().droppedEvents();
    }

    @Override
    public List<DestinationView> getTopDestinations() {
        return all().stream().limit(20).map(this::view).collect(Collectors.toList());
    }

    @Override
    public List<EventView> getRecentEvents() {
        return reporting.store().recentEvents(50).stream().map(EventView::new).collect(Collectors.toList());
    }

    @Override
    public DestinationView destination(String destination) {
        return view(reporting.statistics(destination));
    }

    @Override
    public Map<String, Long> getRuleHits() {
        return reporting.ruleHits();
    }

    @Override
    public String escalationReport(String destination) {
        return reporting.report(destination);
    }

    private DestinationView view(DestinationStatistics stats) {
        java.util.Optional<dev.pacer.core.throttle.DestinationSnapshot> window;
        try {
            window = reporting.destinations().find(DestinationKey.parse(stats.destination())).map(state -> state.snapshot());
        } catch (IllegalArgumentException e) {
            window = java.util.Optional.empty();
        }
        return new DestinationView(stats, window);
    }
}
