package dev.pacer.mailets;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import javax.inject.Inject;
import javax.mail.MessagingException;

import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeUtils;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;

import dev.pacer.core.Classification;
import dev.pacer.core.DeferralClassifier;
import dev.pacer.core.DeferralKind;
import dev.pacer.core.PacerAttributes;
import dev.pacer.core.Parameters;
import dev.pacer.core.SmtpReply;
import dev.pacer.core.report.DeferralEvent;
import dev.pacer.core.throttle.DestinationKey;

/**
 * Records a deferral event for the mail in hand: the statistics, events, metrics and notifications that
 * {@code ThrottledRemoteDelivery} produces for its own deferrals, for mail deferred by something else, typically
 * stock {@code RemoteDelivery} handing its failures to a processor through {@code bounceProcessor}. Use it in that
 * processor, before the mail moves on.
 *
 * <p>What it records: the reply from James's {@code delivery-error} (classified with Pacer's default rules; stock
 * {@code RemoteDelivery} keeps no reply text for a temporary failure, so those are {@code OTHER_TRANSIENT}), the
 * destination computed from the first recipient's domain as Pacer's lanes compute it, the attempt number from
 * {@code delivery_retry_count}. A mail whose deferral a Pacer lane already recorded is skipped (not counted twice);
 * a permanent failure ({@code is-delivery-permanent-error=true}) is not a deferral and is skipped.
 *
 * <p>Parameters: {@code lane} (optional, default {@code RemoteDelivery}): the name recorded as the lane.
 *
 * <p>Sample (as shipped in {@code james-conf}, minimal-change pipeline):
 * <pre>{@code
 * <mailet match="All" class="dev.pacer.mailets.RecordDeferral">
 *     <lane>RemoteDelivery</lane>
 * </mailet>
 * }</pre>
 *
 * <p>Side effects: a deferral event in Pacer's statistics (JMX {@code dev.pacer:type=DeferralStats}), James metrics
 * {@code pacer_deferrals}, possibly a notification mail; on the mail, Pacer's attributes {@code pacer.attempt},
 * {@code pacer.deferral.kind}, {@code pacer.deferral.time}, {@code pacer.deferral.firstTime},
 * {@code pacer.destination}, {@code pacer.mailName}.
 */
public class RecordDeferral extends GenericMailet {
    static final AttributeName DELIVERY_ERROR = AttributeName.of(AttemptOutcomes.DELIVERY_ERROR);
    static final AttributeName IS_PERMANENT = AttributeName.of(AttemptOutcomes.IS_DELIVERY_PERMANENT_ERROR);
    static final AttributeName RETRY_COUNT = AttributeName.of("delivery_retry_count");

    private final Reporting reporting;
    private String lane;

    @Inject
    public RecordDeferral(Reporting reporting) {
        this.reporting = reporting;
    }

    @Override
    public void init() throws MessagingException {
        try {
            Parameters parameters = MailetParameters.of(getClass().getSimpleName(), getMailetConfig()).requireOnly(Set.of("lane"));
            lane = parameters.string("lane", "RemoteDelivery");
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
        if (AttributeUtils.getValueAndCastFromMail(mail, AttributeName.of(AttemptOutcomes.RECORDED), Boolean.class).orElse(false)) {
            // The Pacer lane that deferred this mail recorded it already.
            mail.removeAttribute(AttributeName.of(AttemptOutcomes.RECORDED));
            return;
        }
        if (mail.getRecipients().isEmpty()
            || AttributeUtils.getValueAndCastFromMail(mail, IS_PERMANENT, Boolean.class).orElse(false)) {
            return;
        }
        String error = AttributeUtils.getValueAndCastFromMail(mail, DELIVERY_ERROR, String.class).orElse("");
        SmtpReply reply = SmtpReply.parse(error);
        Classification classification = DeferralClassifier.defaults().classify(reply);
        DeferralKind kind = classification.kind() == DeferralKind.PERMANENT ? DeferralKind.OTHER_TRANSIENT : classification.kind();
        String domain = mail.getRecipients().iterator().next().getDomain().asString();
        DestinationKey destination = MailDestination.of(mail, reporting.destinations());
        int attempt = AttributeUtils.getValueAndCastFromMail(mail, RETRY_COUNT, Integer.class).orElse(0) + 1;
        Instant now = reporting.clock().instant();
        reporting.deferral(DeferralEvent.builder()
            .time(now)
            .mailName(mail.getName())
            .messageId(AttemptOutcomes.messageId(mail))
            .senderDomain(mail.getMaybeSender().asOptional().map(sender -> sender.getDomain().asString()).orElse(""))
            .recipientDomain(domain)
            .destination(destination.value())
            .remoteHost(reply.remoteHost().orElse(""))
            .basicCode(reply.basicCode())
            .enhancedCode(reply.enhancedCode())
            .reply(reply.asLine())
            .kind(kind)
            .step("UNKNOWN")
            .attempt(attempt)
            .lane(lane)
            .sessionsHeld(OptionalInt.empty())
            .build(), classification, getMailetContext());
        MailAttributes.set(mail, PacerAttributes.ATTEMPT, Math.max(attempt, MailAttributes.integer(mail, PacerAttributes.ATTEMPT).orElse(0)));
        MailAttributes.set(mail, PacerAttributes.KIND, kind.name());
        MailAttributes.set(mail, PacerAttributes.PERMANENT, false);
        MailAttributes.set(mail, PacerAttributes.TIME, now.toString());
        MailAttributes.set(mail, PacerAttributes.DESTINATION, destination.value());
        MailAttributes.set(mail, PacerAttributes.MAIL_NAME, mail.getName());
        MailAttributes.set(mail, PacerAttributes.RECIPIENT_DOMAIN, domain);
        if (MailAttributes.string(mail, PacerAttributes.FIRST_TIME).isEmpty()) {
            MailAttributes.set(mail, PacerAttributes.FIRST_TIME, now.toString());
        }
        Optional.of(reply.asLine()).filter(line -> !line.isEmpty())
            .ifPresent(line -> MailAttributes.set(mail, PacerAttributes.REPLY, line));
    }

    @Override
    public String getMailetInfo() {
        return "Pacer RecordDeferral";
    }
}
