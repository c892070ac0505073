package dev.pacer.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of a fixed set of literals a text contains, found in one pass over the text: the classifier's prefilter for all
 * its rules at once. Testing each rule's {@link RequiredLiterals} with {@link String#contains} scans the reply once per
 * literal (some 1,200 literals over 190 rules: most of the classifier's cost); here each position of the text is looked
 * up once by its first two characters, and only the literals starting with them are compared.
 *
 * <p>Immutable and thread-safe; {@link #scan} allocates one small bit set per call. Literals are at least two
 * characters long ({@link RequiredLiterals} keeps none shorter than {@value RequiredLiterals#MIN_LENGTH}, or two
 * Chinese, Japanese or Korean characters).
 */
final class LiteralScan {
    private static final int ASCII = 128;

    private final String[] literals;
    private final Map<String, Integer> ids;
    // Literal ids by their first two characters: a dense table when both are ASCII (the common case), a map otherwise.
    private final int[][] asciiPairs = new int[ASCII * ASCII][];
    private final Map<Integer, int[]> otherPairs = new HashMap<>();

    LiteralScan(Collection<String> literals) {
        Map<String, Integer> distinct = new LinkedHashMap<>();
        for (String literal : literals) {
            if (literal.length() < 2) {
                throw new IllegalArgumentException("a literal of the scan needs two characters or more: '" + literal + "'");
            }
            distinct.putIfAbsent(literal, distinct.size());
        }
        this.literals = distinct.keySet().toArray(new String[0]);
        this.ids = Map.copyOf(distinct);
        Map<Integer, List<Integer>> byPair = new HashMap<>();
        for (int id = 0; id < this.literals.length; id++) {
            byPair.computeIfAbsent(pair(this.literals[id].charAt(0), this.literals[id].charAt(1)), k -> new ArrayList<>()).add(id);
        }
        for (Map.Entry<Integer, List<Integer>> entry : byPair.entrySet()) {
            int[] bucket = entry.getValue().stream().mapToInt(Integer::intValue).toArray();
            int key = entry.getKey();
            char first = (char) (key >>> 16);
            char second = (char) key;
            if (first < ASCII && second < ASCII) {
                asciiPairs[first * ASCII + second] = bucket;
            } else {
                otherPairs.put(key, bucket);
            }
        }
    }

    /** The number of distinct literals. */
    int size() {
        return literals.length;
    }

    /** The id of a literal given at construction; {@link #scan}'s bit set is indexed by it. */
    int id(String literal) {
        Integer id = ids.get(literal);
        if (id == null) {
            throw new IllegalArgumentException("not a literal of this scan: '" + literal + "'");
        }
        return id;
    }

    /** The ids of the literals {@code text} contains, as bits of a {@code long[]} (bit {@code id % 64} of word {@code id / 64}). */
    long[] scan(String text) {
        long[] present = new long[(literals.length + 63) / 64];
        int last = text.length() - 1;
        for (int i = 0; i < last; i++) {
            char first = text.charAt(i);
            char second = text.charAt(i + 1);
            int[] bucket = first < ASCII && second < ASCII ? asciiPairs[first * ASCII + second]
                : otherPairs.isEmpty() ? null : otherPairs.get(pair(first, second));
            if (bucket == null) {
                continue;
            }
            for (int id : bucket) {
                if ((present[id >>> 6] & 1L << id) == 0 && text.startsWith(literals[id], i)) {
                    present[id >>> 6] |= 1L << id;
                }
            }
        }
        return present;
    }

    /** True when one of {@code literalIds} is set in {@code present}. */
    static boolean anyOf(long[] present, int[] literalIds) {
        for (int id : literalIds) {
            if ((present[id >>> 6] & 1L << id) != 0) {
                return true;
            }
        }
        return false;
    }

    private static int pair(char first, char second) {
        return first << 16 | second;
    }
}
