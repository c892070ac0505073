package dev.pacer.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.pacer.core.EpochNanos;

class StampOrderTest {
    private final StampOrder order = new StampOrder(record -> record.indexedActivity);

    private void stamp(DestinationRecord record, long stamp, int current) {
        record.indexedActivity = stamp;
        order.append(record, stamp, current);
    }

    /** Empties the order from its head, returning the current entries' destinations in order. */
    private List<String> drainCurrent() {
        List<String> current = new ArrayList<>();
        while (order.oldest() != null) {
            if (order.oldestIsCurrent()) {
                current.add(order.oldest().destination + "@" + order.oldestStamp());
            }
            order.removeOldest();
        }
        return current;
    }

    @Test
    void aRestampedRecordShouldCountAtItsNewPlaceOnly() {
        DestinationRecord a = new DestinationRecord("a");
        DestinationRecord b = new DestinationRecord("b");
        stamp(a, 1, 1);
        stamp(b, 2, 2);
        stamp(a, 3, 2);

        assertThat(drainCurrent()).containsExactly("b@2", "a@3");
    }

    @Test
    void aRecordWhoseStampIsClearedShouldNotCount() {
        DestinationRecord a = new DestinationRecord("a");
        DestinationRecord b = new DestinationRecord("b");
        stamp(a, 1, 1);
        stamp(b, 2, 2);
        a.indexedActivity = EpochNanos.NONE;

        assertThat(drainCurrent()).containsExactly("b@2");
    }

    @Test
    void staleEntriesShouldBeCompactedAwayKeepingTheOrder() {
        List<DestinationRecord> records = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            records.add(new DestinationRecord("d" + i));
        }
        long stamp = 0;
        for (int round = 0; round < 2_000; round++) {
            for (DestinationRecord record : records) {
                stamp(record, ++stamp, records.size());
            }
            // 10 current entries: never more than 2 × 10 + the margin (1,024) + 1 held.
            assertThat(order.size()).isLessThanOrEqualTo(2 * 10 + 1024 + 1);
        }

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            expected.add("d" + i + "@" + (stamp - 9 + i));
        }
        assertThat(drainCurrent()).isEqualTo(expected);
    }
}
