package dev.pacer.core.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The store's records by destination: an open-addressing table (linear probing, at most half full) holding each
 * slot's hash in an array beside the records. Finding a record reads its slot's hash and reference, two independent
 * loads the CPU overlaps, then the record itself; a {@code HashMap} reads its bucket, then the node, then the record,
 * one after the other. With 10,000 destinations each of those reads is a cache miss (about 170 ns each on the
 * benchmark machine), and finding the record is on every event's path. Not thread-safe: the store's lock guards it.
 */
final class RecordTable {
    private static final int MIN_CAPACITY = 16;

    private int[] hashes = new int[MIN_CAPACITY];
    private DestinationRecord[] slots = new DestinationRecord[MIN_CAPACITY];
    private int size;

    /** The destination's hash as the table uses it: its high bits folded into the low ones the mask keeps. */
    private static int hash(String destination) {
        int hash = destination.hashCode();
        return hash ^ hash >>> 16;
    }

    private int find(String destination, int hash) {
        int mask = slots.length - 1;
        for (int index = hash & mask; ; index = index + 1 & mask) {
            DestinationRecord record = slots[index];
            if (record == null || hashes[index] == hash && (record.destination == destination || record.destination.equals(destination))) {
                return index;
            }
        }
    }

    /** The record of {@code destination}, or null. */
    DestinationRecord get(String destination) {
        return slots[find(destination, hash(destination))];
    }

    /** The record of {@code destination}, created empty if there was none. */
    DestinationRecord getOrCreate(String destination) {
        int hash = hash(destination);
        int index = find(destination, hash);
        DestinationRecord record = slots[index];
        if (record == null) {
            record = new DestinationRecord(destination);
            insert(index, hash, record);
        }
        return record;
    }

    /** Adds or replaces the record of its destination. */
    void put(DestinationRecord record) {
        int hash = hash(record.destination);
        int index = find(record.destination, hash);
        if (slots[index] != null) {
            slots[index] = record;
        } else {
            insert(index, hash, record);
        }
    }

    private void insert(int index, int hash, DestinationRecord record) {
        slots[index] = record;
        hashes[index] = hash;
        size++;
        if (size * 2 > slots.length) {
            resize(slots.length * 2);
        }
    }

    /** Removes the record of {@code destination}; returns it, or null. */
    DestinationRecord remove(String destination) {
        int index = find(destination, hash(destination));
        DestinationRecord removed = slots[index];
        if (removed == null) {
            return null;
        }
        // Backward-shift deletion: move later records of the probe run into the hole when their home slot allows it,
        // so that every record stays reachable from its home slot without tombstones.
        int mask = slots.length - 1;
        int hole = index;
        for (int next = hole + 1 & mask; slots[next] != null; next = next + 1 & mask) {
            int home = hashes[next] & mask;
            // The record at `next` may fill the hole if its home is not in (hole, next] (cyclically).
            boolean homeAfterHole = hole <= next ? hole < home && home <= next : hole < home || home <= next;
            if (!homeAfterHole) {
                slots[hole] = slots[next];
                hashes[hole] = hashes[next];
                hole = next;
            }
        }
        slots[hole] = null;
        hashes[hole] = 0;
        size--;
        if (slots.length > MIN_CAPACITY && size * 8 < slots.length) {
            resize(slots.length / 2);
        }
        return removed;
    }

    int size() {
        return size;
    }

    /** Every record, in no particular order (a copy). */
    List<DestinationRecord> values() {
        List<DestinationRecord> values = new ArrayList<>(size);
        for (DestinationRecord record : slots) {
            if (record != null) {
                values.add(record);
            }
        }
        return values;
    }

    private void resize(int capacity) {
        int[] oldHashes = hashes;
        DestinationRecord[] oldSlots = slots;
        hashes = new int[capacity];
        slots = new DestinationRecord[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldSlots[i] != null) {
                int index = oldHashes[i] & mask;
                while (slots[index] != null) {
                    index = index + 1 & mask;
                }
                slots[index] = oldSlots[i];
                hashes[index] = oldHashes[i];
            }
        }
    }
}
