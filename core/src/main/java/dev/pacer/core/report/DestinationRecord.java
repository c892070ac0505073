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
import dev.pacer.core.EpochNanos;

/** One destination's running aggregate. Guarded by the store's lock; bounded whatever the traffic. */
final class DestinationRecord {
    static final int MAX_LIST = 20;
    static final int MAX_DELAYS = 101;
    static final int MAX_MESSAGE_IDS = 5;

    private static final DeferralKind[] KINDS = DeferralKind.values();

    final String destination;
    // By kind ordinal: an event reads one array of this record instead of a map object, its array and a boxed Long.
    private final SlidingCounter[] recent = new SlidingCounter[KINDS.length];
    private final long[] total = new long[KINDS.length];
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
    /**
     * The hash codes of {@link #messageIds}, in the same order, so that a new event compares numbers held here instead
     * of dereferencing up to five strings of other mails (with 10,000 destinations, each a cache miss). Rebuilt when
     * {@code messageIds} was filled without it (a restored journal).
     */
    private final int[] messageIdHashes = new int[MAX_MESSAGE_IDS];
    private int messageIdHashCount;
    /** Set while the record waits in its store's list of changed records (see {@code InMemoryDeferralStore}). */
    boolean changed;
    final Deque<Integer> refusalPoints = new ArrayDeque<>();
    /**
     * The first and last deferral and the newest event of any kind, as keys ({@link EpochNanos}; {@link EpochNanos#NONE}:
     * none): an event compares and stores numbers in this record, no Instant to dereference or to keep (with 10,000
     * destinations, fewer cache misses and fewer young objects referenced from old records).
     */
    private long firstKey = EpochNanos.NONE;
    private long lastKey = EpochNanos.NONE;
    private long lastEventKey = EpochNanos.NONE;
    String lastReply = "";
    private String lastRemoteHost;
    private String lastRemoteIp;
    private String lastSendingIp;
    /** The store's indexes of this record (InMemoryDeferralStore): its ranking bound (-1: not ranked) and the times
     *  it was last placed in the last-deferral and last-activity orders. Guarded by the store's lock. */
    long rankBound = -1;
    /** The ranking level the record is filed under (InMemoryDeferralStore), -1: not ranked. */
    int rankLevel = -1;
    /** Keys ({@link EpochNanos}) of the times the record was last placed in those orders; {@link EpochNanos#NONE}: never. */
    long indexedDeferral = EpochNanos.NONE;
    long indexedActivity = EpochNanos.NONE;

    DestinationRecord(String destination) {
        this.destination = destination;
    }

    void add(DeferralEvent event) {
        int kind = event.kind().ordinal();
        if (recent[kind] == null) {
            recent[kind] = new SlidingCounter();
        }
        recent[kind].add(event.time());
        total[kind]++;
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
        if (!event.messageId().isEmpty() && !seenMessageId(event.messageId())) {
            push(messageIds, event.messageId(), MAX_MESSAGE_IDS);
            rememberMessageIdHash(event.messageId().hashCode());
        }
        event.sessionsHeld().ifPresent(held -> push(refusalPoints, held + 1, MAX_LIST));
        long time = EpochNanos.of(event.time());
        if (firstKey == EpochNanos.NONE || time < firstKey) {
            firstKey = time;
        }
        if (time > lastKey) {
            lastKey = time;
        }
        seen(time);
    }

    private boolean seenMessageId(String messageId) {
        if (messageIdHashCount != messageIds.size()) {
            messageIdHashCount = 0;
            for (String id : messageIds) {
                messageIdHashes[messageIdHashCount++] = id.hashCode();
            }
        }
        int hash = messageId.hashCode();
        int i = 0;
        for (String id : messageIds) {
            if (messageIdHashes[i++] == hash && id.equals(messageId)) {
                return true;
            }
        }
        return false;
    }

    /** Called after {@code push(messageIds, ...)}: keeps the hashes in the deque's order (oldest dropped first). */
    private void rememberMessageIdHash(int hash) {
        if (messageIdHashCount == MAX_MESSAGE_IDS) {
            System.arraycopy(messageIdHashes, 1, messageIdHashes, 0, MAX_MESSAGE_IDS - 1);
            messageIdHashCount--;
        }
        messageIdHashes[messageIdHashCount++] = hash;
    }

    private void seen(long time) {
        if (time > lastEventKey) {
            lastEventKey = time;
        }
    }

    /** The first and the last deferral counted here, and the newest event of any kind (null: none). */
    Instant first() {
        return EpochNanos.instant(firstKey);
    }

    Instant last() {
        return EpochNanos.instant(lastKey);
    }

    Instant lastEvent() {
        return EpochNanos.instant(lastEventKey);
    }

    /** Restored from a journal (null: none). */
    void restoreTimes(Instant first, Instant last) {
        firstKey = first == null ? EpochNanos.NONE : EpochNanos.of(first);
        lastKey = last == null ? EpochNanos.NONE : EpochNanos.of(last);
    }

    void restoreLastEvent(Instant lastEvent) {
        lastEventKey = EpochNanos.of(lastEvent);
    }

    /** The counter of the last 24 hours of this kind (null: none yet). */
    SlidingCounter recent(DeferralKind kind) {
        return recent[kind.ordinal()];
    }

    /** A restored journal's figures for one kind. */
    void restore(DeferralKind kind, long count, SlidingCounter counter) {
        total[kind.ordinal()] = count;
        recent[kind.ordinal()] = counter;
    }

    /** Deferrals by kind: the kinds counted (or restored) only. */
    Map<DeferralKind, Long> totalsByKind() {
        Map<DeferralKind, Long> byKind = new EnumMap<>(DeferralKind.class);
        for (DeferralKind kind : KINDS) {
            if (total[kind.ordinal()] > 0 || recent[kind.ordinal()] != null) {
                byKind.put(kind, total[kind.ordinal()]);
            }
        }
        return byKind;
    }

    Instant lastActivity() {
        long newest = lastEventKey != EpochNanos.NONE ? lastEventKey : lastKey;
        return newest == EpochNanos.NONE ? Instant.EPOCH : EpochNanos.instant(newest);
    }

    void add(OutcomeEvent event) {
        seen(EpochNanos.of(event.time()));
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
        return recentCount(now, Duration.ofHours(24));
    }

    private long recentCount(Instant now, Duration window) {
        long count = 0;
        for (SlidingCounter counter : recent) {
            if (counter != null) {
                count += counter.count(now, window);
            }
        }
        return count;
    }

    long deferralsTotal() {
        long count = 0;
        for (long kind : total) {
            count += kind;
        }
        return count;
    }

    long deferralsLastHour(Instant now) {
        return recentCount(now, Duration.ofHours(1));
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
        for (DeferralKind kind : KINDS) {
            SlidingCounter counter = recent[kind.ordinal()];
            if (counter == null) {
                continue;
            }
            long h = counter.count(now, Duration.ofHours(1));
            long d = counter.count(now, Duration.ofHours(24));
            if (h > 0) {
                hour.put(kind, h);
            }
            if (d > 0) {
                day.put(kind, d);
            }
        }
        Map<DeferralKind, Long> total = totalsByKind();
        long expiredDay = expiredRecent.count(now, Duration.ofHours(24));
        long lastHour = hour.values().stream().mapToLong(Long::longValue).sum();
        Severity severity = expiredDay >= policy.escalateExpiredPerDay() ? Severity.ESCALATE
            : lastHour >= policy.watchDeferralsPerHour() ? Severity.WATCH : Severity.NORMAL;
        return new DestinationStatistics(destination, hour, day, total, affected, delivered, expired, expiredDay, bounced,
            median(), new ArrayList<>(mxHosts), new ArrayList<>(remoteIps), new ArrayList<>(sendingIps),
            Optional.ofNullable(first()), Optional.ofNullable(last()), lastReply, new ArrayList<>(replies),
            new ArrayList<>(messageIds), new ArrayList<>(refusalPoints), severity, hint(total, day, lastHour, policy, spread));
    }

    private PatternHint hint(Map<DeferralKind, Long> total, Map<DeferralKind, Long> day, long lastHour, SeverityPolicy policy,
                             boolean spread) {
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
