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

    @Override
    public long getTotalDeferrals() {
        return reporting.store().totals().deferrals();
    }

    @Override
    public long getDeliveredAfterDeferral() {
        return reporting.store().totals().delivered();
    }

    @Override
    public long getExpired() {
        return reporting.store().totals().expired();
    }

    @Override
    public long getBounced() {
        return reporting.store().totals().bounced();
    }

    @Override
    public long getDroppedEvents() {
        return reporting.store().droppedEvents();
    }

    @Override
    public List<DestinationView> getTopDestinations() {
        return reporting.store().topStatistics(20).stream().map(this::view).collect(Collectors.toList());
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
