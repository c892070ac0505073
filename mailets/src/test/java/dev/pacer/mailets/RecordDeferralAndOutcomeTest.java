package dev.pacer.mailets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Map;

import javax.mail.MessagingException;

import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.mailet.Attribute;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeValue;
import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.Test;

import dev.pacer.core.DeferralKind;
import dev.pacer.core.PacerAttributes;
import dev.pacer.core.report.DeferralEvent;
import dev.pacer.core.report.DestinationStatistics;
import dev.pacer.core.throttle.DestinationStore;
import dev.pacer.core.throttle.Destinations;

class RecordDeferralAndOutcomeTest {
    private final RecordingMetricFactory metrics = new RecordingMetricFactory();
    private final Reporting reporting = TestReporting.create(new Destinations(DestinationStore.NONE, Clock.systemUTC()), metrics,
        PacerSettings.of(Map.of("notify.enabled", "false")));

    private RecordDeferral recordDeferral() throws MessagingException {
        RecordDeferral mailet = new RecordDeferral(reporting);
        mailet.init(FakeMailetConfig.builder().mailetName("RecordDeferral").mailetContext(FakeMailContext.defaultContext()).build());
        return mailet;
    }

    private RecordOutcome recordOutcome(String outcome) throws MessagingException {
        RecordOutcome mailet = new RecordOutcome(reporting);
        mailet.init(FakeMailetConfig.builder().mailetName("RecordOutcome").setProperty("outcome", outcome)
            .mailetContext(FakeMailContext.defaultContext()).build());
        return mailet;
    }

    private static Mail stockFailure(String error, boolean permanent, int retries) throws MessagingException {
        return FakeMail.builder().name("m1").sender("sender@sender.test").recipient("rcpt@remote.test")
            .attribute(new Attribute(AttributeName.of("delivery-error"), AttributeValue.of(error)))
            .attribute(new Attribute(AttributeName.of("is-delivery-permanent-error"), AttributeValue.of(permanent)))
            .attribute(new Attribute(AttributeName.of("delivery_retry_count"), AttributeValue.of(retries)))
            .build();
    }

    @Test
    void recordDeferralShouldRecordAStockTemporaryFailure() throws MessagingException {
        Mail mail = stockFailure("451 4.7.652 The mail server [192.0.2.10] has exceeded the maximum number of connections.", false, 0);

        recordDeferral().service(mail);

        DeferralEvent event = reporting.store().recentEvents(1).get(0);
        assertThat(event.kind()).isEqualTo(DeferralKind.CONNECTION_LIMIT);
        assertThat(event.destination()).isEqualTo("domain:remote.test");
        assertThat(event.lane()).isEqualTo("RemoteDelivery");
        assertThat(event.senderDomain()).isEqualTo("sender.test");
        assertThat(MailAttributes.integer(mail, PacerAttributes.ATTEMPT)).contains(1);
        assertThat(MailAttributes.string(mail, PacerAttributes.FIRST_TIME)).isPresent();
        assertThat(metrics.countFor("pacer_deferrals")).isEqualTo(1);
    }

    @Test
    void recordDeferralShouldSkipPermanentFailures() throws MessagingException {
        recordDeferral().service(stockFailure("550 5.1.1 unknown", true, 0));

        assertThat(reporting.store().recentEvents(10)).isEmpty();
    }

    @Test
    void recordDeferralShouldNotCountTwiceWhatALaneRecorded() throws MessagingException {
        Mail mail = stockFailure("Too many retries failure. Bouncing after 0 retries.", false, 0);
        MailAttributes.set(mail, AttemptOutcomes.RECORDED, true);

        recordDeferral().service(mail);

        assertThat(reporting.store().recentEvents(10)).isEmpty();
        assertThat(mail.getAttribute(AttributeName.of(AttemptOutcomes.RECORDED))).isEmpty();
    }

    @Test
    void recordOutcomeShouldCountAnExpiryAfterStockRetries() throws MessagingException {
        Mail mail = stockFailure("Too many retries failure. Bouncing after 3 retries.", false, 3);

        recordOutcome("failed").service(mail);

        DestinationStatistics stats = reporting.store().statistics("domain:remote.test").orElseThrow();
        assertThat(stats.expired()).isEqualTo(1);
        assertThat(metrics.countFor("pacer_outcome_EXPIRED")).isEqualTo(1);
    }

    @Test
    void recordOutcomeShouldCountADeliveryAfterStockRetries() throws MessagingException {
        Mail mail = FakeMail.builder().name("m1").recipient("rcpt@remote.test")
            .attribute(new Attribute(AttributeName.of("delivery_retry_count"), AttributeValue.of(2))).build();

        recordOutcome("delivered").service(mail);

        assertThat(reporting.store().statistics("domain:remote.test").orElseThrow().deliveredAfterDeferral()).isEqualTo(1);
    }

    @Test
    void recordOutcomeShouldIgnoreMailNeverDeferred() throws MessagingException {
        recordOutcome("delivered").service(FakeMail.builder().name("m1").recipient("rcpt@remote.test").build());

        assertThat(reporting.store().destinations()).isEmpty();
    }

    @Test
    void recordOutcomeShouldLeaveLaneMailToTheLane() throws MessagingException {
        Mail mail = stockFailure("451 4.7.0 x", false, 2);
        MailAttributes.set(mail, PacerAttributes.LANE, "pacer-outgoing");

        recordOutcome("failed").service(mail);

        assertThat(reporting.store().destinations()).isEmpty();
    }

    @Test
    void recordOutcomeShouldRejectAnUnknownOutcome() {
        assertThatThrownBy(() -> recordOutcome("lost"))
            .isInstanceOf(MessagingException.class)
            .hasMessageContaining("RecordOutcome: parameter 'outcome' must be delivered or failed, got 'lost'");
    }

    @Test
    void recordDeferralShouldRejectAnUnknownParameter() {
        assertThatThrownBy(() -> {
            RecordDeferral mailet = new RecordDeferral(reporting);
            mailet.init(FakeMailetConfig.builder().mailetName("RecordDeferral").setProperty("lanes", "x").build());
        }).hasMessageContaining("lanes").hasMessageContaining("known parameters are [lane]");
    }

    @Test
    void settingsShouldNameAnUnknownOrInvalidKey() {
        assertThatThrownBy(() -> PacerSettings.of(Map.of("severity.watch.deferalsPerHour", "3")))
            .hasMessageContaining("severity.watch.deferalsPerHour");
        assertThatThrownBy(() -> PacerSettings.of(Map.of("notify.every", "often")))
            .hasMessageContaining("'notify.every'").hasMessageContaining("often");
    }
}
