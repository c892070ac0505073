package dev.pacer.core.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.pacer.core.DeferralKind;

/** One destination's running aggregate. Guarded by the store's lock; bounded whatever the traffic. */
final class DestinationRecord {
    static final int MAX_LIST = 20;
    static final int MAX_DELAYS = 101;

    final String destination;
    final Map<DeferralKind, SlidingCounter> recent = new EnumMap<>(DeferralKind.class);
    final Map<DeferralKind, Long> total = new EnumMap<>(DeferralKind.class);
    final SlidingCounter expiredRecent = new SlidingCounter();
    long affected;
    long delivered;
    long expired;
    long bounced;
    final Deque<Long> delaysMillis = new ArrayDeque<>();
    final LinkedHashSet<String> mxHosts = new LinkedHashSet<>();
    final LinkedHashSet<String> remoteIps = new LinkedHashSet<>();
    final LinkedHashSet<String> sendingIps = new LinkedHashSet<>();
    final LinkedHashSet<String> replies = new LinkedHashSet<>();
    final Deque<String> messageIds = new ArrayDeque<>();
    final Deque<Integer> refusalPoints = new ArrayDeque<>();
    Instant first;
    Instant last;
    String lastReply = "";
    private String lastRemoteHost;
    private String lastRemoteIp;
    private String lastSendingIp;
    /** The time of its newest event of any kind (deferral or outcome): idle destinations are forgotten by it. */
    Instant lastEvent;
    /** The store's indexes of this record (InMemoryDeferralStore): its ranking bound (-1: not ranked) and the times
     *  it was last placed in the last-deferral and last-activity orders. Guarded by the store's lock. */
    long rankBound = -1;
    Instant indexedDeferral;
    Instant indexedActivity;

    DestinationRecord(String destination) {
        this.destination = destination;
    }

    void add(DeferralEvent event) {
        recent.computeIfAbsent(event.kind(), k -> new SlidingCounter()).add(event.time());
        total.merge(event.kind(), 1L, Long::sum);
        if (event.firstForMail()) {
            affected++;
        }
        // The same host, addresses and reply as the last deferral are the common case: one comparison instead of
        // hashing into the sets (a set's order is only changed by a value not seen last).
        if (!event.remoteHost().equals(lastRemoteHost)) {
            addBounded(mxHosts, event.remoteHost());
            lastRemoteHost = event.remoteHost();
        }
        if (!event.remoteIp().equals(lastRemoteIp)) {
            addBounded(remoteIps, event.remoteIp());
            lastRemoteIp = event.remoteIp();
        }
        if (!event.sendingIp().equals(lastSendingIp)) {
            addBounded(sendingIps, event.sendingIp());
            lastSendingIp = event.sendingIp();
        }
        if (!event.reply().isEmpty() && !event.reply().equals(lastReply)) {
            replies.remove(event.reply());
            addBounded(replies, event.reply());
            lastReply = event.reply();
        }
        if (!event.messageId().isEmpty() && !messageIds.contains(event.messageId())) {
            push(messageIds, event.messageId(), 5);
        }
        event.sessionsHeld().ifPresent(held -> push(refusalPoints, held + 1, MAX_LIST));
        if (first == null || event.time().isBefore(first)) {
            first = event.time();
        }
        if (last == null || event.time().isAfter(last)) {
            last = event.time();
        }
        seen(event.time());
    }

    private void seen(Instant time) {
        if (lastEvent == null || time.isAfter(lastEvent)) {
            lastEvent = time;
        }
    }

    Instant lastActivity() {
        return lastEvent != null ? lastEvent : last != null ? last : Instant.EPOCH;
    }

    void add(OutcomeEvent event) {
        seen(event.time());
        switch (event.outcome()) {
            case DELIVERED_AFTER_DEFERRAL:
                delivered++;
                push(delaysMillis, event.extraDelay().toMillis(), MAX_DELAYS);
                break;
            case EXPIRED:
                expired++;
                expiredRecent.add(event.time());
                break;
            case BOUNCED:
                bounced++;
                break;
            default:
                throw new IllegalStateException("unhandled outcome " + event.outcome());
        }
    }

    private static void addBounded(LinkedHashSet<String> set, String value) {
        if (value == null || value.isEmpty() || set.contains(value)) {
            return;
        }
        if (set.size() >= MAX_LIST) {
            set.remove(set.iterator().next());
        }
        set.add(value);
    }

    private static <T> void push(Deque<T> deque, T value, int max) {
        if (deque.size() >= max) {
            deque.removeFirst();
        }
        deque.addLast(value);
    }

    long deferralsLastDay(Instant now) {
        return recent.values().stream().mapToLong(counter -> counter.count(now, Duration.ofHours(24))).sum();
    }

    long deferralsTotal() {
        return total.values().stream().mapToLong(Long::longValue).sum();
    }

    long deferralsLastHour(Instant now) {
        return recent.values().stream().mapToLong(counter -> counter.count(now, Duration.ofHours(1))).sum();
    }

    /** As {@link #view} computes it, from two counts only. */
    Severity severity(Instant now, SeverityPolicy policy) {
        if (expiredRecent.count(now, Duration.ofHours(24)) >= policy.escalateExpiredPerDay()) {
            return Severity.ESCALATE;
        }
        return deferralsLastHour(now) >= policy.watchDeferralsPerHour() ? Severity.WATCH : Severity.NORMAL;
    }

    DestinationStatistics view(Instant now, SeverityPolicy policy, boolean spread) {
        Map<DeferralKind, Long> hour = new EnumMap<>(DeferralKind.class);
        Map<DeferralKind, Long> day = new EnumMap<>(DeferralKind.class);
        recent.forEach((kind, counter) -> {
            long h = counter.count(now, Duration.ofHours(1));
            long d = counter.count(now, Duration.ofHours(24));
            if (h > 0) {
                hour.put(kind, h);
            }
            if (d > 0) {
                day.put(kind, d);
            }
        });
        long expiredDay = expiredRecent.count(now, Duration.ofHours(24));
        long lastHour = hour.values().stream().mapToLong(Long::longValue).sum();
        Severity severity = expiredDay >= policy.escalateExpiredPerDay() ? Severity.ESCALATE
            : lastHour >= policy.watchDeferralsPerHour() ? Severity.WATCH : Severity.NORMAL;
        return new DestinationStatistics(destination, hour, day, total, affected, delivered, expired, expiredDay, bounced,
            median(), new ArrayList<>(mxHosts), new ArrayList<>(remoteIps), new ArrayList<>(sendingIps),
            Optional.ofNullable(first), Optional.ofNullable(last), lastReply, new ArrayList<>(replies),
            new ArrayList<>(messageIds), new ArrayList<>(refusalPoints), severity, hint(day, lastHour, policy, spread));
    }

    private PatternHint hint(Map<DeferralKind, Long> day, long lastHour, SeverityPolicy policy, boolean spread) {
        if (total.isEmpty()) {
            return PatternHint.NONE;
        }
        boolean reputationWording = day.getOrDefault(DeferralKind.REPUTATION, 0L) > 0;
        boolean moving = refusalPoints.size() >= 2 && range(refusalPoints) >= 2;
        if (reputationWording || moving || spread && lastHour > 0) {
            return PatternHint.REPUTATION_SUSPECT;
        }
        if (refusalPoints.size() >= policy.fixedCapMinRefusals() && range(refusalPoints) <= 1) {
            return PatternHint.FIXED_CAP;
        }
        return PatternHint.NONE;
    }

    private static int range(Deque<Integer> values) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int value : values) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        return max - min;
    }

    private Optional<Duration> median() {
        if (delaysMillis.isEmpty()) {
            return Optional.empty();
        }
        List<Long> sorted = new ArrayList<>(delaysMillis);
        sorted.sort(Long::compare);
        return Optional.of(Duration.ofMillis(sorted.get(sorted.size() / 2)));
    }
}
