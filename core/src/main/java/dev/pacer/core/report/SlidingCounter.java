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

    private final long[] counts = new long[BUCKETS];
    private final long[] bucketOf = new long[BUCKETS];

    private static long bucket(Instant time) {
        return Math.floorDiv(time.toEpochMilli(), BUCKET.toMillis());
    }

    void add(Instant time) {
        add(bucket(time), 1);
    }

    private void add(long bucket, long amount) {
        int slot = (int) Math.floorMod(bucket, (long) BUCKETS);
        if (bucketOf[slot] != bucket) {
            bucketOf[slot] = bucket;
            counts[slot] = 0;
        }
        counts[slot] += amount;
    }

    /** Events in the {@code window} (at most 24 h) before {@code now}, to bucket precision. */
    long count(Instant now, Duration window) {
        long newest = bucket(now);
        long span = Math.min(BUCKETS, Math.max(1, window.toMillis() / BUCKET.toMillis()));
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
        for (int slot = 0; slot < BUCKETS; slot++) {
            if (counts[slot] > 0 && bucketOf[slot] > newest - BUCKETS) {
                joiner.add(bucketOf[slot] + ":" + counts[slot]);
            }
        }
        return joiner.toString();
    }

    void restore(String serialized) {
        if (serialized.isBlank()) {
            return;
        }
        for (String pair : serialized.split(",")) {
            String[] parts = pair.split(":");
            add(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        }
    }
}
