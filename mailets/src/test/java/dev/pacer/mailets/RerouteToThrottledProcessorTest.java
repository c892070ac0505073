package dev.pacer.mailets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import javax.mail.MessagingException;

import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.pacer.core.PacerAttributes;
import dev.pacer.core.throttle.DestinationKey;
import dev.pacer.core.throttle.DestinationStore;
import dev.pacer.core.throttle.Destinations;

class RerouteToThrottledProcessorTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private final Destinations destinations = new Destinations(DestinationStore.NONE, Clock.fixed(NOW, ZoneOffset.UTC));

    private RerouteToThrottledProcessor mailet(Map<String, String> parameters) throws MessagingException {
        FakeMailetConfig.Builder config = FakeMailetConfig.builder().mailetName("RerouteToThrottledProcessor");
        parameters.forEach(config::setProperty);
        RerouteToThrottledProcessor mailet = new RerouteToThrottledProcessor(destinations);
        mailet.init(config.build());
        return mailet;
    }

    @Test
    void serviceShouldRerouteAndThrottleTheDestinationOfTheFailedAttempt() throws MessagingException {
        Mail mail = FakeMail.builder().name("m").recipient("a@example.org").build();
        MailAttributes.set(mail, PacerAttributes.DESTINATION, "mx:mx.example.net");
        MailAttributes.set(mail, PacerAttributes.KIND, "CONNECTION_LIMIT");
        MailAttributes.set(mail, PacerAttributes.REPLY, "421 4.7.0 Too many concurrent connections");

        mailet(Map.of("processor", "throttled", "throttleFor", "30m")).service(mail);

        assertThat(mail.getState()).isEqualTo("throttled");
        DestinationKey key = DestinationKey.parse("mx:mx.example.net");
        assertThat(destinations.isThrottled(key)).isTrue();
        assertThat(destinations.find(key).orElseThrow().snapshot().throttledUntil()).contains(NOW.plusSeconds(1800));
        assertThat(MailAttributes.string(mail, PacerAttributes.THROTTLE_REASON))
            .contains("CONNECTION_LIMIT 421 4.7.0 Too many concurrent connections");
    }

    @Test
    void serviceShouldComputeTheDestinationOfMailWithoutPacerAttributes() throws MessagingException {
        Mail mail = FakeMail.builder().name("m").recipient("a@Example.org").build();

        mailet(Map.of("processor", "throttled")).service(mail);

        assertThat(destinations.isThrottled(DestinationKey.domain("example.org"))).isTrue();
    }

    @Nested
    class Configuration {
        @Test
        void initShouldRequireTheProcessor() {
            assertThatThrownBy(() -> mailet(Map.of()))
                .hasMessageContaining("RerouteToThrottledProcessor: parameter 'processor' is required");
        }

        @Test
        void initShouldRejectABadThrottleFor() {
            assertThatThrownBy(() -> mailet(Map.of("processor", "throttled", "throttleFor", "a while")))
                .hasMessageContaining("'throttleFor'")
                .hasMessageContaining("a while");
        }

        @Test
        void initShouldRejectAZeroThrottleFor() {
            assertThatThrownBy(() -> mailet(Map.of("processor", "throttled", "throttleFor", "0s")))
                .hasMessageContaining("'throttleFor' must be longer than 0");
        }
    }
}
