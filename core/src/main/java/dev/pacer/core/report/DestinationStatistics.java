package dev.pacer.core.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.pacer.core.DeferralKind;

/** An immutable view of one destination's deferral statistics, severity and pattern hint. */
public final class DestinationStatistics {
    private final String destination;
    private final Map<DeferralKind, Long> lastHour;
    private final Map<DeferralKind, Long> lastDay;
    private final Map<DeferralKind, Long> total;
    private final long affectedMails;
    private final long deliveredAfterDeferral;
    private final long expired;
    private final long expiredLastDay;
    private final long bounced;
    private final Optional<Duration> medianExtraDelay;
    private final List<String> mxHosts;
    private final List<String> remoteIps;
    private final List<String> sendingIps;
    private final Optional<Instant> firstDeferral;
    private final Optional<Instant> lastDeferral;
    private final String lastReply;
    private final List<String> replies;
    private final List<String> exampleMessageIds;
    private final List<Integer> refusalPoints;
    private final Severity severity;
    private final PatternHint patternHint;

    DestinationStatistics(String destination, Map<DeferralKind, Long> lastHour, Map<DeferralKind, Long> lastDay,
                          Map<DeferralKind, Long> total, long affectedMails, long deliveredAfterDeferral, long expired,
                          long expiredLastDay, long bounced, Optional<Duration> medianExtraDelay, List<String> mxHosts,
                          List<String> remoteIps, List<String> sendingIps, Optional<Instant> firstDeferral,
                          Optional<Instant> lastDeferral, String lastReply, List<String> replies, List<String> exampleMessageIds,
                          List<Integer> refusalPoints, Severity severity, PatternHint patternHint) {
        this.destination = destination;
        this.lastHour = Map.copyOf(lastHour);
        this.lastDay = Map.copyOf(lastDay);
        this.total = Map.copyOf(total);
        this.affectedMails = affectedMails;
        this.deliveredAfterDeferral = deliveredAfterDeferral;
        this.expired = expired;
        this.expiredLastDay = expiredLastDay;
        this.bounced = bounced;
        this.medianExtraDelay = medianExtraDelay;
        this.mxHosts = List.copyOf(mxHosts);
        this.remoteIps = List.copyOf(remoteIps);
        this.sendingIps = List.copyOf(sendingIps);
        this.firstDeferral = firstDeferral;
        this.lastDeferral = lastDeferral;
        this.lastReply = lastReply;
        this.replies = List.copyOf(replies);
        this.exampleMessageIds = List.copyOf(exampleMessageIds);
        this.refusalPoints = List.copyOf(refusalPoints);
        this.severity = severity;
        this.patternHint = patternHint;
    }

    public String destination() {
        return destination;
    }

    /** Deferrals per kind in the last hour (kinds without deferrals absent). */
    public Map<DeferralKind, Long> lastHour() {
        return lastHour;
    }

    public Map<DeferralKind, Long> lastDay() {
        return lastDay;
    }

    public Map<DeferralKind, Long> total() {
        return total;
    }

    public long deferralsLastHour() {
        return sum(lastHour);
    }

    public long deferralsLastDay() {
        return sum(lastDay);
    }

    public long deferralsTotal() {
        return sum(total);
    }

    private static long sum(Map<DeferralKind, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Distinct mails deferred at least once (counted at their first deferral). */
    public long affectedMails() {
        return affectedMails;
    }

    public long deliveredAfterDeferral() {
        return deliveredAfterDeferral;
    }

    public long expired() {
        return expired;
    }

    public long expiredLastDay() {
        return expiredLastDay;
    }

    public long bounced() {
        return bounced;
    }

    /** Median time from first deferral to delivery, over the recent deliveries after deferral. */
    public Optional<Duration> medianExtraDelay() {
        return medianExtraDelay;
    }

    public List<String> mxHosts() {
        return mxHosts;
    }

    public List<String> remoteIps() {
        return remoteIps;
    }

    public List<String> sendingIps() {
        return sendingIps;
    }

    public Optional<Instant> firstDeferral() {
        return firstDeferral;
    }

    public Optional<Instant> lastDeferral() {
        return lastDeferral;
    }

    public String lastReply() {
        return lastReply;
    }

    /** Distinct verbatim replies, most recent last (bounded). */
    public List<String> replies() {
        return replies;
    }

    public List<String> exampleMessageIds() {
        return exampleMessageIds;
    }

    /** Concurrencies at which the receiver refused (sessions held + 1), most recent last (bounded). */
    public List<Integer> refusalPoints() {
        return refusalPoints;
    }

    public Severity severity() {
        return severity;
    }

    public PatternHint patternHint() {
        return patternHint;
    }
}
