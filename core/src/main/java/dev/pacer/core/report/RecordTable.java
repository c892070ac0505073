package dev.pacer.core.report;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's records by destination: an open-addressing table (linear probing, at most half full) holding each
 * slot's hash in an array beside the records. Finding a record reads its slot's hash and reference, two independent
 * loads the CPU overlaps, then the record itself; a {@code HashMap} reads its bucket, then the node, then the record,
 * one after the other. With 10,000 destinations each of those reads is a cache miss (about 170 ns each on the
 * benchmark machine), and finding the record is on every event's path. Not thread-safe: the store's lock guards it.
 *
 * <p>Destination names come from the network (a receiver deferring mail for names an attacker chose), and names
 * sharing a {@code String.hashCode} are easy to make ("Aa" and "BB" hash alike): with that hash alone they would
 * pile up in one probe run and make every event cost a walk through all of them, under the store's lock. So when an
 * insertion walks more than {@link #LONG_PROBE} slots, the table switches for good to a hash of the name's characters
 * keyed by a random seed, which nobody outside can aim at, and says so in the log. ({@code HashMap} answers the same
 * threat by turning long buckets into trees.)
 */
final class RecordTable {
    private static final Logger LOGGER = LoggerFactory.getLogger(RecordTable.class);
    private static final int MIN_CAPACITY = 16;
    /**
     * Slots an insertion may walk before the table takes the keyed hash. With a good hash and the table at most half
     * full, runs are a few slots long (a few dozen at most with 100,000 names): only names made to collide reach this.
     */
    static final int LONG_PROBE = 64;

    private int[] hashes = new int[MIN_CAPACITY];
    private DestinationRecord[] slots = new DestinationRecord[MIN_CAPACITY];
    private int size;
    /** 0: {@code String.hashCode}; otherwise the seed of the keyed hash. */
    private long seed;
    /** Slots the last {@link #find} walked. */
    private int probes;

    /**
     * The destination's hash as the table uses it: {@code String.hashCode} (cached in the string, so no character is
     * read) mixed so that every bit moves the low bits the mask keeps; names differing in a digit have nearby hash
     * codes, and linear probing would lay them in long runs.
     */
    private int hash(String destination) {
        if (seed != 0) {
            return keyedHash(destination, seed);
        }
        int hash = destination.hashCode();
        hash ^= hash >>> 16;
        hash *= 0x85EBCA6B;
        hash ^= hash >>> 13;
        hash *= 0xC2B2AE35;
        return hash ^ hash >>> 16;
    }

    /** A hash of the characters keyed by {@code seed}: names made to collide under one seed do not under another. */
    static int keyedHash(String value, long seed) {
        long hash = seed;
        for (int i = 0; i < value.length(); i++) {
            hash = (hash ^ value.charAt(i)) * 0x9E3779B97F4A7C15L;
            hash ^= hash >>> 29;
        }
        hash ^= hash >>> 32;
        hash *= 0xBF58476D1CE4E5B9L;
        hash ^= hash >>> 29;
        return (int) hash;
    }

    private int find(String destination, int hash) {
        int mask = slots.length - 1;
        probes = 0;
        for (int index = hash & mask; ; index = index + 1 & mask) {
            probes++;
            DestinationRecord record = slots[index];
            if (record == null || hashes[index] == hash && (record.destination == destination || record.destination.equals(destination))) {
                return index;
            }
        }
    }

    /** Slots a lookup of {@code destination} walks (for tests). */
    int probeLength(String destination) {
        find(destination, hash(destination));
        return probes;
    }

    /** Whether the table took the keyed hash. */
    boolean keyed() {
        return seed != 0;
    }

    /** Switches to the keyed hash (see the class comment) and places every record again. */
    private void harden() {
        long chosen = 0;
        SecureRandom random = new SecureRandom();
        while (chosen == 0) {
            chosen = random.nextLong();
        }
        seed = chosen;
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != null) {
                hashes[i] = hash(slots[i].destination);
            }
        }
        // Placed again by their new hashes, at the same capacity.
        resize(slots.length);
        LOGGER.warn("deferral statistics: a new destination walked more than {} slots among {} (names sharing hash codes); "
            + "the table now uses a keyed hash. Names made to collide point at a receiver deferring mail for names it chose.",
            LONG_PROBE, size);
    }

    /** The record of {@code destination}, or null. */
    DestinationRecord get(String destination) {
        return slots[find(destination, hash(destination))];
    }

    /** The record of {@code destination}, created empty if there was none. */
    DestinationRecord getOrCreate(String destination) {
        int hash = hash(destination);
        int index = find(destination, hash);
        if (probes > LONG_PROBE && seed == 0) {
            harden();
            hash = hash(destination);
            index = find(destination, hash);
        }
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
        if (probes > LONG_PROBE && seed == 0) {
            harden();
            hash = hash(record.destination);
            index = find(record.destination, hash);
        }
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
