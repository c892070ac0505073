package dev.pacer.core.report;

import java.time.Duration;
import java.time.Instant;
import java.util.StringJoiner;

/**
 * Counts events over the last 24 hours in 5-minute buckets (288 counters, whatever the rate), so "deferrals in the
 * last hour" is a sum of 12 buckets. A ring: the slot of a bucket is reused 24 hours later, cleared when the newest
 * bucket moves past it; an event older than the ring is not counted, an event older than the newest but within the
 * ring is counted in its own bucket. Not thread-safe: its owner synchronizes.
 */
class SlidingCounter {
    static final Duration BUCKET = Duration.ofMinutes(5);
    static final int BUCKETS = 288;

    // Allocated at the first event (most destinations never count an expired mail); ints, 1.1 KB a counter: with
    // 10,000 destinations the counters an event touches stay few and small.
    private int[] counts;
    /** The newest bucket counted; the ring holds the buckets (newestBucket - BUCKETS, newestBucket]. */
    private long newestBucket = Long.MIN_VALUE;

    private static long bucket(Instant time) {
        return Math.floorDiv(time.toEpochMilli(), BUCKET.toMillis());
    }

    static long bucketOf(Instant time) {
        return bucket(time);
    }

    private static int slot(long bucket) {
        return (int) Math.floorMod(bucket, (long) BUCKETS);
    }

    void add(Instant time) {
        add(bucket(time), 1);
    }

    private void add(long bucket, long amount) {
        if (amount <= 0) {
            return;
        }
        if (counts == null) {
            counts = new int[BUCKETS];
            newestBucket = bucket;
        }
        if (bucket > newestBucket) {
            // Clear the slots the ring moves over: they held buckets now older than 24 hours.
            long steps = Math.min(BUCKETS, bucket - newestBucket);
            for (long b = newestBucket + 1; b <= newestBucket + steps; b++) {
                counts[slot(b)] = 0;
            }
            newestBucket = bucket;
        } else if (bucket <= newestBucket - BUCKETS) {
            return;
        }
        int slot = slot(bucket);
        counts[slot] = (int) Math.min(Integer.MAX_VALUE, counts[slot] + amount);
    }

    /** Events in the {@code window} (at most 24 h) before {@code now}, to bucket precision. */
    long count(Instant now, Duration window) {
        if (counts == null) {
            return 0;
        }
        long newest = bucket(now);
        long span = Math.min(BUCKETS, Math.max(1, window.toMillis() / BUCKET.toMillis()));
        long from = Math.max(newest - span + 1, newestBucket - BUCKETS + 1);
        long to = Math.min(newest, newestBucket);
        long total = 0;
        for (long b = from; b <= to; b++) {
            total += counts[slot(b)];
        }
        return total;
    }

    /** {@code bucket:count} pairs of the last 24 h, for the journal. */
    String serialize(Instant now) {
        StringJoiner joiner = new StringJoiner(",");
        if (counts == null) {
            return "";
        }
        long from = Math.max(bucket(now) - BUCKETS + 1, newestBucket - BUCKETS + 1);
        for (long b = from; b <= newestBucket; b++) {
            int count = counts[slot(b)];
            if (count > 0) {
                joiner.add(b + ":" + count);
            }
        }
        return joiner.toString();
    }

    /** The newest bucket holding events, or {@link Long#MIN_VALUE}: a restored counter must not count the future. */
    long newestBucket() {
        return counts == null ? Long.MIN_VALUE : newestBucket;
    }

    void restore(String serialized) {
        if (serialized.isBlank()) {
            return;
        }
        for (String pair : serialized.split(",")) {
            String[] parts = pair.split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("counter '" + pair + "' is not bucket:count");
            }
            long count = Long.parseLong(parts[1]);
            if (count < 0) {
                throw new IllegalArgumentException("negative count in '" + pair + "'");
            }
            add(Long.parseLong(parts[0]), count);
        }
    }
}
