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
                assertThat(table.values()).containsExactlyInAnyOrderElementsOf(expected.values());
            }
        }
        assertThat(table.get("mx:absent.test")).isNull();
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
