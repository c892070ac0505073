package dev.pacer.core.report;

import java.util.Arrays;
import java.util.function.ToLongFunction;

import dev.pacer.core.EpochNanos;

/**
 * Destination records in the order they were last stamped, oldest first: a record is appended with its new stamp and
 * never moved. An entry is current while its stamp is still the one its record holds ({@code stampOf}); an older
 * entry of the same record, or an entry of a record whose stamp was cleared ({@link EpochNanos#NONE}: forgotten, or
 * taken out of the order), is stale and skipped.
 *
 * <p>Why not a linked map re-inserting the destination at each stamp: moving an entry hashes the destination's name
 * and rewires the neighbours' links, which with 10,000 destinations are cache misses on every move. Appending writes
 * the tail only. Stale entries leave when they reach the head, or when the order is compacted: as soon as it holds
 * more than twice as many entries as current ones (plus a margin), so it stays within a small multiple of the
 * records it orders, and each compaction is paid for by as many appends as it visits entries. Not thread-safe: the
 * store's lock guards it.
 */
final class StampOrder {
    private static final int MARGIN = 1024;

    private final ToLongFunction<DestinationRecord> stampOf;
    private DestinationRecord[] records = new DestinationRecord[16];
    private long[] stamps = new long[16];
    private int head;
    private int size;

    StampOrder(ToLongFunction<DestinationRecord> stampOf) {
        this.stampOf = stampOf;
    }

    /**
     * Appends {@code record}, whose stamp has just been set to {@code stamp}; {@code current} is how many records
     * hold a current entry after this one (bounds the stale entries kept).
     */
    void append(DestinationRecord record, long stamp, int current) {
        if (size > 2 * current + MARGIN) {
            compact();
        }
        if (size == records.length) {
            grow();
        }
        int tail = (head + size) % records.length;
        records[tail] = record;
        stamps[tail] = stamp;
        size++;
    }

    /** The oldest entry's record, current or stale (null: empty); see {@link #oldestStamp()}, {@link #oldestIsCurrent()}. */
    DestinationRecord oldest() {
        return size == 0 ? null : records[head];
    }

    long oldestStamp() {
        return stamps[head];
    }

    boolean oldestIsCurrent() {
        return isCurrent(head);
    }

    /** Drops the oldest entry. */
    void removeOldest() {
        records[head] = null;
        head = (head + 1) % records.length;
        size--;
    }

    int size() {
        return size;
    }

    void clear() {
        Arrays.fill(records, null);
        head = 0;
        size = 0;
    }

    private boolean isCurrent(int index) {
        long stamp = stampOf.applyAsLong(records[index]);
        return stamp != EpochNanos.NONE && stamp == stamps[index];
    }

    /** Keeps the current entries only, in their order. */
    private void compact() {
        // Sized to the entries held (at most a small multiple of the current ones): fewer destinations, less memory.
        int capacity = Math.max(16, Integer.highestOneBit(Math.max(1, size)) * 2);
        DestinationRecord[] keptRecords = new DestinationRecord[capacity];
        long[] keptStamps = new long[capacity];
        int kept = 0;
        for (int i = 0; i < size; i++) {
            int index = (head + i) % records.length;
            if (isCurrent(index)) {
                keptRecords[kept] = records[index];
                keptStamps[kept] = stamps[index];
                kept++;
            }
        }
        records = keptRecords;
        stamps = keptStamps;
        head = 0;
        size = kept;
    }

    private void grow() {
        DestinationRecord[] grownRecords = new DestinationRecord[records.length * 2];
        long[] grownStamps = new long[stamps.length * 2];
        for (int i = 0; i < size; i++) {
            int index = (head + i) % records.length;
            grownRecords[i] = records[index];
            grownStamps[i] = stamps[index];
        }
        records = grownRecords;
        stamps = grownStamps;
        head = 0;
    }
}
