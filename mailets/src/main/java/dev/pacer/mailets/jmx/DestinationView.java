package dev.pacer.mailets.jmx;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.pacer.core.report.DestinationStatistics;
import dev.pacer.core.throttle.DestinationSnapshot;

/** One destination as JMX shows it: statistics, severity, pattern, and the lane's window and throttle. */
public final class DestinationView {
    private final DestinationStatistics stats;
    private final Optional<DestinationSnapshot> window;

    DestinationView(DestinationStatistics stats, Optional<DestinationSnapshot> window) {
        this.stats = stats;
        this.window = window;
    }

    public String getDestination() {
        return stats.destination();
    }

    public String getSeverity() {
        return stats.severity().name();
    }

    public String getPatternHint() {
        return stats.patternHint().name();
    }

    public long getDeferralsLastHour() {
        return stats.deferralsLastHour();
    }

    public long getDeferralsLastDay() {
        return stats.deferralsLastDay();
    }

    public long getDeferralsTotal() {
        return stats.deferralsTotal();
    }

    /** Deferrals by kind in the last hour, the last 24 hours and in total, as {@code KIND=hour/day/total}. */
    public Map<String, String> getDeferralsByKind() {
        Map<String, String> byKind = new TreeMap<>();
        stats.total().forEach((kind, total) -> byKind.put(kind.name(),
            stats.lastHour().getOrDefault(kind, 0L) + "/" + stats.lastDay().getOrDefault(kind, 0L) + "/" + total));
        return byKind;
    }

    public long getAffectedMails() {
        return stats.affectedMails();
    }

    public long getDeliveredAfterDeferral() {
        return stats.deliveredAfterDeferral();
    }

    /** Median delay added by deferrals to mail delivered after them, in seconds; -1 when none was delivered yet. */
    public long getMedianExtraDelaySeconds() {
        return stats.medianExtraDelay().map(d -> d.toMillis() / 1000).orElse(-1L);
    }

    public long getExpired() {
        return stats.expired();
    }

    public long getBounced() {
        return stats.bounced();
    }

    public List<String> getMxHosts() {
        return stats.mxHosts();
    }

    public List<String> getRemoteIps() {
        return stats.remoteIps();
    }

    public int getDistinctMxHosts() {
        return stats.mxHosts().size();
    }

    public int getDistinctRemoteIps() {
        return stats.remoteIps().size();
    }

    public String getFirstDeferral() {
        return stats.firstDeferral().map(Object::toString).orElse("");
    }

    public String getLastDeferral() {
        return stats.lastDeferral().map(Object::toString).orElse("");
    }

    public String getLastReply() {
        return stats.lastReply();
    }

    /** The current concurrency window; 0 when no lane has sent to the destination since the server started. */
    public int getWindow() {
        return window.map(DestinationSnapshot::window).orElse(0);
    }

    /** The learned refusal point; 0 when none. */
    public int getRefusalPoint() {
        return window.map(w -> w.refusalPoint().orElse(0)).orElse(0);
    }

    public int getInFlight() {
        return window.map(DestinationSnapshot::inFlight).orElse(0);
    }

    /** When the destination's throttle ends; empty when it is not throttled. */
    public String getThrottledUntil() {
        return window.flatMap(DestinationSnapshot::throttledUntil).map(Object::toString).orElse("");
    }
}
