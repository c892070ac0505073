package dev.pacer.mailets;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;

import javax.inject.Inject;
import javax.mail.MessagingException;

import org.apache.mailet.AttributeUtils;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;

import dev.pacer.core.PacerAttributes;
import dev.pacer.core.Parameters;
import dev.pacer.core.report.Outcome;
import dev.pacer.core.report.OutcomeEvent;

/**
 * Records what became of a mail that was deferred at least once, for mail delivered by stock {@code RemoteDelivery}
 * (Pacer's lanes record their own outcomes; mail a lane handled is skipped). Use it in {@code RemoteDelivery}'s
 * {@code onSuccess} processor with {@code outcome=delivered}, and in its {@code bounceProcessor} with
 * {@code outcome=failed}.
 *
 * <p>A mail counts as deferred before when {@code RemoteDelivery} retried it ({@code delivery_retry_count > 0}) or
 * {@code RecordDeferral} recorded a deferral for it. {@code outcome=delivered} records DELIVERED_AFTER_DEFERRAL;
 * {@code outcome=failed} records BOUNCED for a permanent error ({@code is-delivery-permanent-error=true}) and
 * EXPIRED otherwise (retries spent). The extra delay counts from the first recorded deferral when known, else is 0.
 *
 * <p>Parameters: {@code outcome} (required): {@code delivered} or {@code failed}.
 *
 * <p>Sample (as shipped in {@code james-conf}, minimal-change pipeline):
 * <pre>{@code
 * <mailet match="All" class="dev.pacer.mailets.RecordOutcome">
 *     <outcome>failed</outcome>
 * </mailet>
 * }</pre>
 *
 * <p>Side effects: an outcome in Pacer's statistics (JMX), James metrics {@code pacer_outcome_*}, possibly a
 * notification mail. The mail itself is left as it is.
 */
public class RecordOutcome extends GenericMailet {
    private final Reporting reporting;
    private boolean delivered;

    @Inject
    public RecordOutcome(Reporting reporting) {
        this.reporting = reporting;
    }

    @Override
    public void init() throws MessagingException {
        try {
            Parameters parameters = MailetParameters.of(getClass().getSimpleName(), getMailetConfig()).requireOnly(Set.of("outcome"));
            String outcome = parameters.requiredString("outcome");
            if (!outcome.equals("delivered") && !outcome.equals("failed")) {
                throw parameters.error("parameter 'outcome' must be delivered or failed, got '" + outcome + "'");
            }
            delivered = outcome.equals("delivered");
        } catch (IllegalArgumentException e) {
            throw new MessagingException(e.getMessage(), e);
        }
        reporting.attach();
    }

    @Override
    public void destroy() {
        reporting.detach();
    }

    @Override
    public void service(Mail mail) {
        if (mail.getRecipients().isEmpty() || MailAttributes.string(mail, PacerAttributes.LANE).isPresent()) {
            return;
        }
        int retries = AttributeUtils.getValueAndCastFromMail(mail, RecordDeferral.RETRY_COUNT, Integer.class).orElse(0);
        int recorded = MailAttributes.integer(mail, PacerAttributes.ATTEMPT).orElse(0);
        if (retries == 0 && recorded == 0) {
            return;
        }
        Outcome outcome;
        if (delivered) {
            outcome = Outcome.DELIVERED_AFTER_DEFERRAL;
        } else {
            boolean permanent = AttributeUtils.getValueAndCastFromMail(mail, RecordDeferral.IS_PERMANENT, Boolean.class).orElse(false);
            outcome = permanent ? Outcome.BOUNCED : Outcome.EXPIRED;
        }
        Instant now = reporting.clock().instant();
        String destination = MailDestination.of(mail, reporting.destinations()).value();
        Duration extraDelay = MailAttributes.string(mail, PacerAttributes.FIRST_TIME).map(first -> {
            try {
                return Duration.between(Instant.parse(first), now);
            } catch (DateTimeParseException e) {
                return Duration.ZERO;
            }
        }).orElse(Duration.ZERO);
        reporting.outcome(new OutcomeEvent(now, mail.getName(), destination, outcome, Math.max(retries, recorded) + 1, extraDelay),
            getMailetContext());
    }

    @Override
    public String getMailetInfo() {
        return "Pacer RecordOutcome";
    }
}
