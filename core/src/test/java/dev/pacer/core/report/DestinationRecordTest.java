package dev.pacer.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import dev.pacer.core.DeferralKind;

class DestinationRecordTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private static DeferralEvent event(String messageId, DeferralKind kind) {
        return DeferralEvent.builder().time(NOW).destination("mx:mx.capped.test").kind(kind).attempt(1).mailName("m")
            .messageId(messageId).remoteHost("mx.capped.test").remoteIp("192.0.2.25").sendingIp("198.51.100.7")
            .heloName("out.sender.test").step("GREETING").basicCode(OptionalInt.of(421)).enhancedCode(Optional.of("4.7.0"))
            .reply("421 4.7.0 Too many concurrent connections").sessionsHeld(OptionalInt.of(1)).lane("pacer-outgoing").build();
    }

    /** Two different Message-IDs with the same tag (found by trying). */
    private static String[] sameTag() {
        Map<Integer, String> byTag = new HashMap<>();
        for (int i = 0; ; i++) {
            String id = "<" + i + "@sender.test>";
            String other = byTag.putIfAbsent(DestinationRecord.tag(id), id);
            if (other != null) {
                return new String[] {other, id};
            }
        }
    }

    @Test
    void aMessageIdSharingAHeldOnesTagShouldStillBeHeld() {
        String[] colliding = sameTag();
        assertThat(colliding[0]).isNotEqualTo(colliding[1]);
        DestinationRecord record = new DestinationRecord("mx:mx.capped.test");

        record.add(event(colliding[0], DeferralKind.CONNECTION_LIMIT));
        record.add(event("<between@sender.test>", DeferralKind.CONNECTION_LIMIT));
        record.add(event(colliding[1], DeferralKind.CONNECTION_LIMIT));

        assertThat(record.messageIds()).containsExactly(colliding[0], "<between@sender.test>", colliding[1]);
    }

    @Test
    void aHeldMessageIdThatIsNotTheNewestShouldNotBeHeldTwice() {
        DestinationRecord record = new DestinationRecord("mx:mx.capped.test");
        for (String id : new String[] {"<a@s.test>", "<b@s.test>", "<c@s.test>"}) {
            record.add(event(id, DeferralKind.CONNECTION_LIMIT));
        }
        // Fresh strings, as parsed from the network: compared by content.
        record.add(event(new String("<a@s.test>"), DeferralKind.CONNECTION_LIMIT));
        record.add(event(new String("<b@s.test>"), DeferralKind.CONNECTION_LIMIT));

        assertThat(record.messageIds()).containsExactly("<a@s.test>", "<b@s.test>", "<c@s.test>");
    }

    @Test
    void aFullRingShouldKeepTheNewestWhateverSlotsTheyTake() {
        DestinationRecord record = new DestinationRecord("mx:mx.capped.test");
        for (int i = 0; i < 12; i++) {
            record.add(event("<" + i + "@s.test>", DeferralKind.CONNECTION_LIMIT));
        }
        // Each slot was written twice or more: the tags of the evicted ones must not linger.
        record.add(event("<9@s.test>", DeferralKind.CONNECTION_LIMIT));
        record.add(event("<3@s.test>", DeferralKind.CONNECTION_LIMIT));

        assertThat(record.messageIds()).containsExactly("<8@s.test>", "<9@s.test>", "<10@s.test>", "<11@s.test>", "<3@s.test>");
    }

    @Test
    void countsShouldAddEveryKindOnceASecondKindIsCounted() {
        DestinationRecord record = new DestinationRecord("mx:mx.capped.test");
        record.add(event("<1@s.test>", DeferralKind.CONNECTION_LIMIT));
        assertThat(record.deferralsLastHour(NOW)).isEqualTo(1);
        record.add(event("<2@s.test>", DeferralKind.RATE_LIMIT));
        record.add(event("<3@s.test>", DeferralKind.CONNECTION_LIMIT));

        assertThat(record.deferralsLastHour(NOW)).isEqualTo(3);
        assertThat(record.deferralsLastDay(NOW.plus(Duration.ofHours(2)))).isEqualTo(3);
    }

    @Test
    void restoredKindsShouldAllBeCounted() {
        DestinationRecord record = new DestinationRecord("mx:mx.capped.test");
        for (DeferralKind kind : new DeferralKind[] {DeferralKind.CONNECTION_LIMIT, DeferralKind.GREYLIST}) {
            KindCounter counter = new KindCounter();
            counter.add(NOW);
            counter.add(NOW);
            record.restore(kind, counter);
        }
        assertThat(record.deferralsLastHour(NOW)).isEqualTo(4);

        record.add(event("<1@s.test>", DeferralKind.GREYLIST));
        assertThat(record.deferralsLastHour(NOW)).isEqualTo(5);
    }
}
