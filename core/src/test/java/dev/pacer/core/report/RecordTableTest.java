package dev.pacer.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RecordTableTest {
    /** Names sharing a hash code: "Aa" and "BB" hash alike, so every mix of them of one length does. */
    private static String colliding(int bits, int length) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < length; i++) {
            name.append((bits >> i & 1) == 0 ? "Aa" : "BB");
        }
        return name.toString();
    }

    @Test
    void shouldAgreeWithAHashMapThroughInsertsRemovalsAndResizes() {
        Random random = new Random(20261128);
        RecordTable table = new RecordTable();
        Map<String, DestinationRecord> expected = new HashMap<>();
        for (int step = 0; step < 200_000; step++) {
            // Grow to a few thousand names, then shrink, then grow again: resizes both ways.
            int phase = step / 50_000;
            boolean adding = phase % 2 == 0 ? random.nextInt(10) < 7 : random.nextInt(10) < 3;
            // One name in four from a family sharing one hash code: long probe runs to delete from.
            String name = random.nextInt(4) == 0 ? colliding(random.nextInt(64), 6) : "mx:d" + random.nextInt(5_000) + ".test";
            if (adding) {
                DestinationRecord record = table.getOrCreate(new String(name));
                DestinationRecord previous = expected.putIfAbsent(name, record);
                assertThat(record).isSameAs(previous == null ? record : previous);
            } else {
                assertThat(table.remove(new String(name))).isSameAs(expected.remove(name));
            }
            if (step % 997 == 0) {
                assertThat(table.size()).isEqualTo(expected.size());
                for (Map.Entry<String, DestinationRecord> entry : expected.entrySet()) {
                    assertThat(table.get(new String(entry.getKey()))).isSameAs(entry.getValue());
                }
                // Records compare by identity: the same objects, each once.
                assertThat(table.values()).hasSize(expected.size());
                assertThat(new java.util.HashSet<>(table.values())).isEqualTo(new java.util.HashSet<>(expected.values()));
            }
        }
        assertThat(table.get("mx:absent.test")).isNull();
    }

    @Test
    void namesMadeToCollideShouldNotMakeLookupsWalkThemAll() {
        RecordTable table = new RecordTable();
        // 2,048 names with one String.hashCode (every mix of "Aa" and "BB", 11 pairs long), as a receiver deferring
        // mail for names it chose could make.
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int bits = 0; bits < 2048; bits++) {
            names.add(colliding(bits, 11));
        }
        assertThat(names.stream().map(String::hashCode).distinct()).hasSize(1);
        for (String name : names) {
            table.getOrCreate(name);
        }

        assertThat(table.keyed()).isTrue();
        assertThat(table.size()).isEqualTo(2048);
        int longest = 0;
        for (String name : names) {
            assertThat(table.get(new String(name))).isNotNull().extracting(record -> record.destination).isEqualTo(name);
            longest = Math.max(longest, table.probeLength(name));
        }
        assertThat(longest).as("slots walked by the longest lookup").isLessThanOrEqualTo(RecordTable.LONG_PROBE);
        for (String name : names.subList(0, 1024)) {
            assertThat(table.remove(name)).isNotNull();
        }
        for (String name : names.subList(1024, 2048)) {
            assertThat(table.get(name)).isNotNull();
        }
    }

    @Test
    void ordinaryNamesShouldKeepTheCachedHash() {
        RecordTable table = new RecordTable();
        for (int i = 0; i < 100_000; i++) {
            table.getOrCreate("mx:d" + i + ".example.net");
        }

        assertThat(table.keyed()).isFalse();
        assertThat(table.probeLength("mx:d77.example.net")).isLessThanOrEqualTo(RecordTable.LONG_PROBE);
    }

    @Test
    void theKeyedHashShouldDependOnTheSeed() {
        String a = colliding(0, 11);
        String b = colliding(1, 11);
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
        assertThat(RecordTable.keyedHash(a, 1)).isNotEqualTo(RecordTable.keyedHash(b, 1));
        assertThat(RecordTable.keyedHash(a, 1)).isNotEqualTo(RecordTable.keyedHash(a, 2));
    }

    @Test
    void putShouldReplaceTheRecordOfTheSameDestination() {
        RecordTable table = new RecordTable();
        DestinationRecord first = table.getOrCreate("mx:a.test");
        DestinationRecord restored = new DestinationRecord("mx:a.test");

        table.put(restored);

        assertThat(table.get("mx:a.test")).isSameAs(restored).isNotSameAs(first);
        assertThat(table.size()).isEqualTo(1);
    }
}
