package dev.pacer.matchers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;

import javax.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMatcherConfig;
import org.junit.jupiter.api.Test;

import dev.pacer.core.throttle.DestinationKey;
import dev.pacer.core.throttle.DestinationStore;
import dev.pacer.core.throttle.Destinations;

class IsThrottledDestinationTest {
    private final Destinations destinations = new Destinations(DestinationStore.NONE, Clock.systemUTC());

    private IsThrottledDestination matcher(String condition) throws MessagingException {
        IsThrottledDestination matcher = new IsThrottledDestination(destinations);
        matcher.init(FakeMatcherConfig.builder().matcherName("IsThrottledDestination").condition(condition).build());
        return matcher;
    }

    @Test
    void matchShouldReturnOnlyRecipientsOfThrottledDestinations() throws MessagingException {
        destinations.throttle(DestinationKey.domain("capped.test"), Duration.ofMinutes(30), "CONNECTION_LIMIT", 1);

        assertThat(matcher(null).match(FakeMail.builder().name("m").recipients("a@capped.test", "b@open.test", "c@CAPPED.test").build()))
            .extracting(MailAddress::asString).containsExactly("a@capped.test", "c@capped.test");
    }

    @Test
    void matchShouldReturnNothingOnceTheThrottleIsLifted() throws MessagingException {
        DestinationKey key = DestinationKey.domain("capped.test");
        destinations.throttle(key, Duration.ofMinutes(30), "CONNECTION_LIMIT", 1);
        destinations.find(key).orElseThrow().unthrottle();

        assertThat(matcher(null).match(FakeMail.builder().name("m").recipients("a@capped.test").build())).isEmpty();
    }

    @Test
    void initShouldRefuseACondition() {
        assertThatThrownBy(() -> matcher("capped.test"))
            .isInstanceOf(MessagingException.class)
            .hasMessageContaining("takes no condition")
            .hasMessageContaining("'capped.test'");
    }
}
