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
    // By kind ordinal (null: the kind never counted): an event reads this array and its kind's counter, which holds the
    // last 24 hours and the total, instead of a map object, its array and a boxed Long.
    private final KindCounter[] kinds = new KindCounter[KINDS.length];
    /** Expired mails of the last 24 hours; null until the first (most destinations never see one, and a severity
     *  read then costs no counter to load). */
    private SlidingCounter expiredRecent;
    long affected;
    long delivered;
    long expired;
    long bounced;
    final Deque<Long> delaysMillis = new ArrayDeque<>();
    final LinkedHashSet<String> mxHosts = new LinkedHashSet<>();
    final LinkedHashSet<String> remoteIps = new LinkedHashSet<>();
    final LinkedHashSet<String> sendingIps = new LinkedHashSet<>();
    final LinkedHashSet<String> replies = new LinkedHashSet<>();
    /**
     * The newest Message-IDs (at most {@link #MAX_MESSAGE_IDS}, a ring: {@code messageIdCount} of them, the oldest at
     * {@code messageIdOldest}; allocated at the first Message-ID) and, packed in one number held by the record, a
     * 12-bit tag of each ({@link #tag}, {@link #TAG_BITS} bits per slot): a new event compares the tags and reads a
     * held Message-ID only when its tag is the same (about 1 in 800 for a Message-ID not held), so a mail not seen
     * costs no read of other mails' strings nor of a second array (with 10,000 destinations each object read is a
     * cache miss), and the answer is exact.
     */
    private String[] messageIds;
    private long messageIdTags;
    static final int TAG_BITS = 12;
    private static final int TAG_MASK = (1 << TAG_BITS) - 1;
    /** The fingerprint of the newest Message-ID held ({@link #NO_PRINT}: none). */
    private long newestMessageIdPrint = NO_PRINT;
    private int messageIdCount;
    private int messageIdOldest;
    /** Set while the record waits in its store's list of changed records (see {@code InMemoryDeferralStore}). */
    boolean changed;
    /** The last {@link #MAX_LIST} refusal points, a ring as the Message-IDs are (allocated at the first). */
    private int[] refusalPoints;
    private int refusalPointCount;
    private int refusalPointOldest;
    /**
     * The newest refusal point and how many of the newest points in a row equal it (at most {@link #MAX_LIST}): once
     * the whole ring holds one value, as it does at a destination with a fixed cap, the same point again changes
     * nothing and the ring is not written (with 10,000 destinations, one cache miss less per refusal).
     */
    private int lastRefusalPoint;
    private int lastRefusalPointRun;
    /** The counter of the kind the last event had (the common case: a destination deferring with one kind), read
     *  without going through {@link #kinds}. */
    private KindCounter lastCounter;
    private int lastCounterKind = -1;
    /** The counter of the only kind counted (null: none, or several): a count reads it without {@link #kinds}. */
    private KindCounter soleCounter;
    private int kindsCounted;
    /**
     * The first and last deferral and the newest event of any kind, as keys ({@link EpochNanos}; {@link EpochNanos#NONE}:
     * none): an event compares and stores numbers in this record, no Instant to dereference or to keep (with 10,000
     * destinations, fewer cache misses and fewer young objects referenced from old records).
     */
    private long firstKey = EpochNanos.NONE;
    private long lastKey = EpochNanos.NONE;
    private long lastEventKey = EpochNanos.NONE;
    String lastReply = "";
    /**
     * Fingerprints ({@link #print}) of the last deferral's host, addresses and reply ({@link #NO_PRINT}: none, or not
     * yet computed after a journal restored {@link #lastReply}). An event compares numbers held here instead of reading
     * the last event's strings, which with 10,000 destinations are cache misses. Two different values share a
     * fingerprint with a chance of about 2^-32 per pair; the cost of that is one value missing from the evidence lists,
     * never a count.
     */
    private long lastRemoteHostPrint = NO_PRINT;
    private long lastRemoteIpPrint = NO_PRINT;
    private long lastSendingIpPrint = NO_PRINT;
    private long lastReplyPrint = NO_PRINT;
    static final long NO_PRINT = -1;
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
        KindCounter counter = kind == lastCounterKind ? lastCounter : kinds[kind];
        if (counter == null) {
            counter = new KindCounter();
            kinds[kind] = counter;
            kindsCounted++;
            soleCounter = kindsCounted == 1 ? counter : null;
        }
        lastCounter = counter;
        lastCounterKind = kind;
        counter.add(event.time());
        counter.total++;
        if (event.firstForMail()) {
            affected++;
        }
        // The same host, addresses and reply as the last deferral are the common case: one comparison of numbers held
        // here instead of hashing into the sets (a set's order is only changed by a value not seen last).
        long hostPrint = print(event.remoteHost());
        if (hostPrint != lastRemoteHostPrint) {
            addBounded(mxHosts, event.remoteHost());
            lastRemoteHostPrint = hostPrint;
        }
        long ipPrint = print(event.remoteIp());
        if (ipPrint != lastRemoteIpPrint) {
            addBounded(remoteIps, event.remoteIp());
            lastRemoteIpPrint = ipPrint;
        }
        long sendingPrint = print(event.sendingIp());
        if (sendingPrint != lastSendingIpPrint) {
            addBounded(sendingIps, event.sendingIp());
            lastSendingIpPrint = sendingPrint;
        }
        if (!event.reply().isEmpty()) {
            if (lastReplyPrint == NO_PRINT) {
                lastReplyPrint = print(lastReply);
            }
            long replyPrint = print(event.reply());
            if (replyPrint != lastReplyPrint) {
                replies.remove(event.reply());
                addBounded(replies, event.reply());
                lastReply = event.reply();
                lastReplyPrint = replyPrint;
            }
        }
        if (!event.messageId().isEmpty() && !seenMessageId(event.messageId())) {
            addMessageId(event.messageId());
        }
        if (event.sessionsHeld().isPresent()) {
            addRefusalPoint(event.sessionsHeld().getAsInt() + 1);
        }
        long time = EpochNanos.of(event.time());
        if (firstKey == EpochNanos.NONE || time < firstKey) {
            firstKey = time;
        }
        if (time > lastKey) {
            lastKey = time;
        }
        seen(time);
    }

    /** Whether this Message-ID is held (the newest compared by fingerprint, see {@link #lastRemoteHostPrint}). */
    private boolean seenMessageId(String messageId) {
        if (print(messageId) == newestMessageIdPrint) {
            // The same mail refused again (a waiting mail retried at its destination): no need to read the ring.
            return true;
        }
        int tag = tag(messageId);
        for (int slot = 0; slot < messageIdCount; slot++) {
            if ((int) (messageIdTags >>> (slot * TAG_BITS) & TAG_MASK) == tag && messageIds[slot].equals(messageId)) {
                return true;
            }
        }
        return false;
    }

    /** A Message-ID's tag: {@link #TAG_BITS} bits of its hash code, all of its bits folded in. */
    static int tag(String messageId) {
        int hash = messageId.hashCode();
        return (hash ^ hash >>> TAG_BITS ^ hash >>> 2 * TAG_BITS) & TAG_MASK;
    }

    /** A value's fingerprint: its length and hash code in one number (never {@link #NO_PRINT}). */
    static long print(String value) {
        return value == null ? NO_PRINT - 1 : (long) value.length() << 32 | (value.hashCode() & 0xFFFF_FFFFL);
    }

    /** Adds a Message-ID, the oldest leaving when {@link #MAX_MESSAGE_IDS} are held (no check for one held already). */
    void addMessageId(String messageId) {
        if (messageIds == null) {
            messageIds = new String[MAX_MESSAGE_IDS];
        }
        int slot;
        if (messageIdCount < MAX_MESSAGE_IDS) {
            slot = (messageIdOldest + messageIdCount++) % MAX_MESSAGE_IDS;
        } else {
            slot = messageIdOldest;
            messageIdOldest = (messageIdOldest + 1) % MAX_MESSAGE_IDS;
        }
        messageIds[slot] = messageId;
        int shift = slot * TAG_BITS;
        messageIdTags = messageIdTags & ~((long) TAG_MASK << shift) | (long) tag(messageId) << shift;
        newestMessageIdPrint = print(messageId);
    }

    /** The Message-IDs held, oldest first. */
    List<String> messageIds() {
        List<String> ids = new ArrayList<>(messageIdCount);
        for (int i = 0; i < messageIdCount; i++) {
            ids.add(messageIds[(messageIdOldest + i) % MAX_MESSAGE_IDS]);
        }
        return ids;
    }

    /** Adds a refusal point, the oldest leaving when {@link #MAX_LIST} are held. */
    void addRefusalPoint(int point) {
        if (point == lastRefusalPoint && lastRefusalPointRun == MAX_LIST) {
            // The ring holds MAX_LIST times this point: dropping the oldest and adding this one leaves it as it is.
            return;
        }
        lastRefusalPointRun = point == lastRefusalPoint ? Math.min(MAX_LIST, lastRefusalPointRun + 1) : 1;
        lastRefusalPoint = point;
        if (refusalPoints == null) {
            refusalPoints = new int[MAX_LIST];
        }
        if (refusalPointCount < MAX_LIST) {
            refusalPoints[(refusalPointOldest + refusalPointCount++) % MAX_LIST] = point;
        } else {
            refusalPoints[refusalPointOldest] = point;
            refusalPointOldest = (refusalPointOldest + 1) % MAX_LIST;
        }
    }

    /** The refusal points held, oldest first. */
    List<Integer> refusalPoints() {
        List<Integer> points = new ArrayList<>(refusalPointCount);
        for (int i = 0; i < refusalPointCount; i++) {
            points.add(refusalPoints[(refusalPointOldest + i) % MAX_LIST]);
        }
        return points;
    }

    /** The expired mails' counter (null: none expired in the last 24 hours or since the journal was read). */
    SlidingCounter expiredRecent() {
        return expiredRecent;
    }

    /** The expired mails' counter, created for a journal to restore into. */
    SlidingCounter expiredCounter() {
        if (expiredRecent == null) {
            expiredRecent = new SlidingCounter();
        }
        return expiredRecent;
    }

    private long expiredLastDay(Instant now) {
        return expiredRecent == null ? 0 : expiredRecent.count(now, Duration.ofHours(24));
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
        return kinds[kind.ordinal()];
    }

    /** A restored journal's figures for one kind: its total and its last 24 hours. */
    void restore(DeferralKind kind, KindCounter counter) {
        kinds[kind.ordinal()] = counter;
        lastCounterKind = -1;
        kindsCounted = 0;
        soleCounter = null;
        for (KindCounter counted : kinds) {
            if (counted != null) {
                kindsCounted++;
                soleCounter = counted;
            }
        }
        if (kindsCounted != 1) {
            soleCounter = null;
        }
    }

    /** Deferrals by kind: the kinds counted (or restored) only. */
    Map<DeferralKind, Long> totalsByKind() {
        Map<DeferralKind, Long> byKind = new EnumMap<>(DeferralKind.class);
        for (DeferralKind kind : KINDS) {
            KindCounter counter = kinds[kind.ordinal()];
            if (counter != null) {
                byKind.put(kind, counter.total);
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
                expiredCounter().add(event.time());
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
        if (soleCounter != null) {
            return soleCounter.count(now, window);
        }
        long count = 0;
        for (SlidingCounter counter : kinds) {
            if (counter != null) {
                count += counter.count(now, window);
            }
        }
        return count;
    }

    long deferralsTotal() {
        long count = 0;
        for (KindCounter counter : kinds) {
            if (counter != null) {
                count += counter.total;
            }
        }
        return count;
    }

    long deferralsLastHour(Instant now) {
        return recentCount(now, Duration.ofHours(1));
    }

    /** As {@link #view} computes it, from two counts only. */
    Severity severity(Instant now, SeverityPolicy policy) {
        if (expiredLastDay(now) >= policy.escalateExpiredPerDay()) {
            return Severity.ESCALATE;
        }
        return deferralsLastHour(now) >= policy.watchDeferralsPerHour() ? Severity.WATCH : Severity.NORMAL;
    }

    DestinationStatistics view(Instant now, SeverityPolicy policy, boolean spread) {
        Map<DeferralKind, Long> hour = new EnumMap<>(DeferralKind.class);
        Map<DeferralKind, Long> day = new EnumMap<>(DeferralKind.class);
        for (DeferralKind kind : KINDS) {
            SlidingCounter counter = kinds[kind.ordinal()];
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
        long expiredDay = expiredLastDay(now);
        long lastHour = hour.values().stream().mapToLong(Long::longValue).sum();
        Severity severity = expiredDay >= policy.escalateExpiredPerDay() ? Severity.ESCALATE
            : lastHour >= policy.watchDeferralsPerHour() ? Severity.WATCH : Severity.NORMAL;
        return new DestinationStatistics(destination, hour, day, total, affected, delivered, expired, expiredDay, bounced,
            median(), new ArrayList<>(mxHosts), new ArrayList<>(remoteIps), new ArrayList<>(sendingIps),
            Optional.ofNullable(first()), Optional.ofNullable(last()), lastReply, new ArrayList<>(replies),
            messageIds(), refusalPoints(), severity, hint(total, day, lastHour, policy, spread));
    }

    private PatternHint hint(Map<DeferralKind, Long> total, Map<DeferralKind, Long> day, long lastHour, SeverityPolicy policy,
                             boolean spread) {
        if (total.isEmpty()) {
            return PatternHint.NONE;
        }
        boolean reputationWording = day.getOrDefault(DeferralKind.REPUTATION, 0L) > 0;
        boolean moving = refusalPointCount >= 2 && refusalPointRange() >= 2;
        if (reputationWording || moving || spread && lastHour > 0) {
            return PatternHint.REPUTATION_SUSPECT;
        }
        if (refusalPointCount >= policy.fixedCapMinRefusals() && refusalPointRange() <= 1) {
            return PatternHint.FIXED_CAP;
        }
        return PatternHint.NONE;
    }

    private int refusalPointRange() {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < refusalPointCount; i++) {
            int value = refusalPoints[i];
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
