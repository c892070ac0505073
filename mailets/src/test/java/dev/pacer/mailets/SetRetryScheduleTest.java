package dev.pacer.mailets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import javax.mail.MessagingException;

import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.pacer.core.PacerAttributes;

class SetRetryScheduleTest {
    private static SetRetrySchedule mailet(Map<String, String> parameters) throws MessagingException {
        FakeMailetConfig.Builder config = FakeMailetConfig.builder().mailetName("SetRetrySchedule");
        parameters.forEach(config::setProperty);
        SetRetrySchedule mailet = new SetRetrySchedule();
        mailet.init(config.build());
        return mailet;
    }

    @Test
    void serviceShouldSetTheScheduleAttributes() throws MessagingException {
        Mail mail = FakeMail.builder().name("m").recipient("a@example.org").build();

        mailet(Map.of("delayTime", "2*1m, 5m", "maxRetries", "7", "maxAge", "6h")).service(mail);

        assertThat(MailAttributes.string(mail, PacerAttributes.RETRY_DELAY_TIME)).contains("2*1m, 5m");
        assertThat(MailAttributes.integer(mail, PacerAttributes.RETRY_MAX_RETRIES)).contains(7);
        assertThat(MailAttributes.string(mail, PacerAttributes.RETRY_MAX_AGE)).contains("PT6H");
    }

    @Test
    void serviceShouldLeaveTheLanesBoundsWhenNotGiven() throws MessagingException {
        Mail mail = FakeMail.builder().name("m").recipient("a@example.org").build();

        mailet(Map.of("delayTime", "1m")).service(mail);

        assertThat(MailAttributes.integer(mail, PacerAttributes.RETRY_MAX_RETRIES)).isEmpty();
        assertThat(MailAttributes.string(mail, PacerAttributes.RETRY_MAX_AGE)).isEmpty();
    }

    @Test
    void initShouldParseTheSchedule() throws MessagingException {
        assertThat(mailet(Map.of("delayTime", "2*30s, 5m")).schedule().delays())
            .containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofMinutes(5));
    }

    @Nested
    class Configuration {
        @Test
        void initShouldRequireDelayTime() {
            assertThatThrownBy(() -> mailet(Map.of()))
                .isInstanceOf(MessagingException.class)
                .hasMessageContaining("SetRetrySchedule: parameter 'delayTime' is required");
        }

        @Test
        void initShouldRejectABadDelayTime() {
            assertThatThrownBy(() -> mailet(Map.of("delayTime", "1m, later")))
                .hasMessageContaining("'delayTime'")
                .hasMessageContaining("later");
        }

        @Test
        void initShouldRejectANegativeMaxRetries() {
            assertThatThrownBy(() -> mailet(Map.of("delayTime", "1m", "maxRetries", "-1")))
                .hasMessageContaining("'maxRetries'")
                .hasMessageContaining("'-1'");
        }

        @Test
        void initShouldRejectAnUnknownParameter() {
            assertThatThrownBy(() -> mailet(Map.of("delayTime", "1m", "maxRetry", "3")))
                .hasMessageContaining("maxRetry")
                .hasMessageContaining("known parameters are");
        }
    }
}
