package dev.pacer.core.report;

import java.time.Duration;
import java.time.Instant;
import java.util.StringJoiner;

/**
 * Counts events over the last 24 hours in 5-minute buckets (288 counters, whatever the rate), so "deferrals in the
 * last hour" is a sum of 12 buckets. Not thread-safe: its owner synchronizes.
 */
final class SlidingCounter {
    static final Duration BUCKET = Duration.ofMinutes(5);
    static final int BUCKETS = 288;

    // Allocated at the first event: most destinations never count an expired mail, and 10,000 idle counters would
    // otherwise hold 46 MB.
    private long[] counts;
    private long[] bucketOf;
    /** The newest bucket ever added to: a count over buckets all older than it is 0 without reading the arrays. */
    private long newestAdded = Long.MIN_VALUE;

    private static long bucket(Instant time) {
        return Math.floorDiv(time.toEpochMilli(), BUCKET.toMillis());
    }

    void add(Instant time) {
        add(bucket(time), 1);
    }

    private void add(long bucket, long amount) {
        if (counts == null) {
            counts = new long[BUCKETS];
            bucketOf = new long[BUCKETS];
        }
        int slot = (int) Math.floorMod(bucket, (long) BUCKETS);
        if (bucketOf[slot] != bucket) {
            bucketOf[slot] = bucket;
            counts[slot] = 0;
        }
        counts[slot] += amount;
        newestAdded = Math.max(newestAdded, bucket);
    }

    /** Events in the {@code window} (at most 24 h) before {@code now}, to bucket precision. */
    long count(Instant now, Duration window) {
        long newest = bucket(now);
        long span = Math.min(BUCKETS, Math.max(1, window.toMillis() / BUCKET.toMillis()));
        if (counts == null || newestAdded < newest - span + 1) {
            return 0;
        }
        long total = 0;
        for (long b = newest - span + 1; b <= newest; b++) {
            int slot = (int) Math.floorMod(b, (long) BUCKETS);
            if (bucketOf[slot] == b) {
                total += counts[slot];
            }
        }
        return total;
    }

    /** {@code bucket:count} pairs of the last 24 h, for the journal. */
    String serialize(Instant now) {
        long newest = bucket(now);
        StringJoiner joiner = new StringJoiner(",");
        if (counts == null) {
            return "";
        }
        for (int slot = 0; slot < BUCKETS; slot++) {
            if (counts[slot] > 0 && bucketOf[slot] > newest - BUCKETS) {
                joiner.add(bucketOf[slot] + ":" + counts[slot]);
            }
        }
        return joiner.toString();
    }

    /** The newest bucket holding events, or {@link Long#MIN_VALUE}: a restored counter must not count the future. */
    long newestBucket() {
        long newest = Long.MIN_VALUE;
        for (int slot = 0; counts != null && slot < BUCKETS; slot++) {
            if (counts[slot] > 0) {
                newest = Math.max(newest, bucketOf[slot]);
            }
        }
        return newest;
    }

    static long bucketOf(Instant time) {
        return bucket(time);
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
