package dev.pacer.mailets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import javax.mail.internet.MimeMessage;

import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.mailet.base.test.FakeMailContext;
import org.junit.jupiter.api.Test;

import dev.pacer.core.DeferralClassifier;
import dev.pacer.core.FakeClock;
import dev.pacer.core.DeferralKind;
import dev.pacer.core.report.DeferralEvent;
import dev.pacer.core.report.InMemoryDeferralStore;
import dev.pacer.core.throttle.DestinationStore;
import dev.pacer.core.throttle.Destinations;

/** Escalation mails for the whole server stay within notify.maxPerHour; the next one names what was held back. */
class NotificationBudgetTest {
    private final FakeClock clock = new FakeClock();
    private final PacerSettings settings = PacerSettings.of(Map.of("notify.maxPerHour", "2", "severity.watch.deferralsPerHour", "1"));
    private final Reporting reporting = new Reporting(new InMemoryDeferralStore(1000, clock, settings.severityPolicy),
        new Destinations(DestinationStore.NONE, clock), new RecordingMetricFactory(), settings, clock, new Lanes());
    private final FakeMailContext context = FakeMailContext.builder().postmaster(postmaster()).build();

    private static org.apache.james.core.MailAddress postmaster() {
        try {
            return new org.apache.james.core.MailAddress("postmaster@james.test");
        } catch (javax.mail.internet.AddressException e) {
            throw new IllegalStateException(e);
        }
    }

    private void deferral(String destination) {
        String reply = "421 4.7.0 Too many concurrent connections";
        reporting.deferral(DeferralEvent.builder().time(clock.instant()).mailName("m-" + destination).messageId("<id@test>")
            .senderDomain("sender.test").recipientDomain(destination + ".test").destination("domain:" + destination + ".test")
            .remoteHost("").basicCode(OptionalInt.of(421)).enhancedCode(Optional.of("4.7.0")).reply(reply)
            .kind(DeferralKind.CONNECTION_LIMIT).step("GREETING").attempt(1).lane("test").sessionsHeld(OptionalInt.empty()).build(),
            DeferralClassifier.defaults().classify(reply), context);
    }

    private List<String> subjects() throws Exception {
        List<String> subjects = new java.util.ArrayList<>();
        for (FakeMailContext.SentMail sent : context.getSentMails()) {
            subjects.add(sent.getMsg().getSubject());
        }
        return subjects;
    }

    @Test
    void atMostTheBudgetShouldBeMailedAnHourAndTheNextReportShouldNameTheOthers() throws Exception {
        for (String destination : List.of("a", "b", "c", "d")) {
            deferral(destination);
        }
        assertThat(subjects()).hasSize(2);

        clock.advance(Duration.ofMinutes(61));
        deferral("e");

        assertThat(subjects()).hasSize(3);
        MimeMessage third = context.getSentMails().get(2).getMsg();
        assertThat(third.getSubject()).contains("domain:e.test");
        assertThat((String) third.getContent()).contains("notify.maxPerHour=2").contains("domain:c.test").contains("domain:d.test");
    }
}
