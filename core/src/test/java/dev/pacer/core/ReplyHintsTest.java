package dev.pacer.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyHintsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "450 4.2.0 <a@example.org>: Recipient address rejected: Greylisted for 300 seconds | PT5M",
        "451 4.7.1 Greylisted, please try again in 5 minutes | PT5M",
        "451 4.7.1 Greylisting in action, please come back in 00:05:00 | PT5M",
        "450 4.7.1 Try again in 60s | PT1M",
        "421 4.7.0 Please wait 2 hours before retrying | PT2H",
        "451 Greylisted, retry after 30 secs | PT30S",
        "451 4.7.1 Greylisted, try again in 99 hours | PT6H",
        "451 4.7.1 Greylisted for 0 seconds | PT1S"
    })
    void retryAfterShouldReadTheWaitTheReplyAsksFor(String reply, String expected) {
        assertThat(ReplyHints.retryAfter(SmtpReply.parse(reply))).contains(Duration.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "450 4.2.0 <a@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html",
        "451 4.7.1 Try again later",
        "421 4.7.0 Too many concurrent connections",
        "452 4.5.3 Too many recipients in 1 message"
    })
    void retryAfterShouldBeEmptyWhenTheReplySaysNoTime(String reply) {
        assertThat(ReplyHints.retryAfter(SmtpReply.parse(reply))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "421 4.7.0 Too many messages in this session",
        "452 4.3.1 Maximum number of messages per connection exceeded",
        "451 4.7.1 too many mails sent in this connection, please reconnect",
        "421 4.7.0 mx.example.net: too many transactions per session"
    })
    void tooManyMessagesInSessionShouldRecogniseASessionLimit(String reply) {
        assertThat(ReplyHints.tooManyMessagesInSession(SmtpReply.parse(reply))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "421 4.7.0 Too many concurrent connections",
        "450 4.7.1 Error: too much mail from 192.0.2.10",
        "452 4.5.3 Too many recipients",
        "421 4.7.0 Too many messages, slow down"
    })
    void tooManyMessagesInSessionShouldNotTakeOtherLimitsForIt(String reply) {
        assertThat(ReplyHints.tooManyMessagesInSession(SmtpReply.parse(reply))).isFalse();
    }
}
