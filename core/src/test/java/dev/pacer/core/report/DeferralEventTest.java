package dev.pacer.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.pacer.core.DeferralKind;

class DeferralEventTest {
    private static DeferralEvent withReply(String reply) {
        return DeferralEvent.builder().time(Instant.EPOCH).destination("mx:a.test").kind(DeferralKind.OTHER_TRANSIENT).reply(reply).build();
    }

    @Test
    void aTenMegabyteReplyShouldBeStoredBounded() {
        DeferralEvent event = withReply("421 4.7.0 " + "A".repeat(10 * 1024 * 1024));

        assertThat(event.reply()).hasSize(DeferralEvent.MAX_REPLY_CHARS).startsWith("421 4.7.0 AAA");
    }

    @Test
    void controlCharactersShouldBeReplaced() {
        DeferralEvent event = withReply("421 bad\u0000\r\n\u001b[2Jtext\tend");

        assertThat(event.reply()).isEqualTo("421 bad    [2Jtext end");
        assertThat(event.asLine()).doesNotContain("\n", "\r", "\u0000", "\u001b");
    }

    @Test
    void invalidUtf8LeftAsLoneSurrogatesShouldBeReplaced() {
        DeferralEvent event = withReply("421 \uD800 x \uDC00 y \uD83D\uDE00");

        assertThat(event.reply()).isEqualTo("421 \uFFFD x \uFFFD y \uD83D\uDE00");
    }

    @Test
    void aBoundShouldNotSplitASurrogatePair() {
        String reply = "x".repeat(DeferralEvent.MAX_REPLY_CHARS - 1) + "\uD83D\uDE00";

        assertThat(withReply(reply).reply()).hasSize(DeferralEvent.MAX_REPLY_CHARS - 1);
    }
}
