package dev.pacer.mailets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import javax.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.james.queue.api.MailQueue;
import org.apache.mailet.Mail;
import org.apache.mailet.MailetContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.pacer.core.Classification;
import dev.pacer.core.DeferralKind;
import dev.pacer.core.PacerAttributes;
import dev.pacer.core.RetrySchedule;
import dev.pacer.core.SmtpStep;
import dev.pacer.core.report.DeferralEvent;
import dev.pacer.core.report.Outcome;
import dev.pacer.core.report.OutcomeEvent;
import dev.pacer.core.throttle.DestinationKey;
import dev.pacer.core.throttle.SessionOutcome;
import dev.pacer.mailets.delivery.AttemptResult;

/**
 * Decides what becomes of a mail after a delivery attempt, and does it: hand delivered mail to {@code onSuccess},
 * bounce permanent failures, send temporary failures to {@code deferralProcessor} or back into the queue on the
 * retry schedule, and expire mail whose retries or age are spent. Every branch ends with the mail in a processor or
 * a queue: nothing here drops mail.
 */
final class AttemptOutcomes {
    private static final Logger LOGGER = LoggerFactory.getLogger(AttemptOutcomes.class);

    /** Set on a mail whose last deferral this lane recorded, so {@code RecordDeferral} does not count it twice. */
    static final String RECORDED = PacerAttributes.PREFIX + "deferral.recorded";

    /** James's RemoteDelivery attribute names, set too so bounce processors written for James keep working. */
    static final String DELIVERY_ERROR = "delivery-error";
    static final String DELIVERY_ERROR_CODE = "delivery-error-code";
    static final String IS_DELIVERY_PERMANENT_ERROR = "is-delivery-permanent-error";

    private final ThrottledRemoteDeliveryConfiguration configuration;
    private final MailetContext context;
    private final MailQueue queue;
    private final Clock clock;
    private final Reporting reporting;

    AttemptOutcomes(ThrottledRemoteDeliveryConfiguration configuration, MailetContext context, MailQueue queue, Reporting reporting) {
        this.configuration = configuration;
        this.context = context;
        this.queue = queue;
        this.clock = reporting.clock();
        this.reporting = reporting;
    }

    /** What the session says about the destination's concurrency. */
    SessionOutcome sessionOutcome(AttemptResult result) {
        // A session the receiver accepted says nothing against its concurrency, even if some recipients failed.
        if (!result.delivered().isEmpty() || !result.permanent().isEmpty() || result.temporaryFailure().isEmpty()) {
            return SessionOutcome.DELIVERED;
        }
        AttemptResult.Failure failure = result.temporaryFailure().get();
        if (failure.step() == SmtpStep.CONNECT) {
            return SessionOutcome.OTHER_FAILURE;
        }
        return SessionOutcome.ofFailure(configuration.classifier.classify(failure.reply()).kind());
    }

    /**
     * Acts on {@code result} for {@code mail}; throws only when the mail could not be handed anywhere (caller
     * retries). {@code sessionsHeld} is what the receiver held when it refused, or -1 when the refusal did not set
     * the window.
     */
    void handle(Mail mail, AttemptResult result, DestinationKey destination, int sessionsHeld) throws MessagingException {
        boolean split = countGroups(result) > 1;
        int earlierFailures = attempt(mail);
        if (!result.delivered().isEmpty()) {
            Mail delivered = part(mail, result.delivered(), split, "delivered");
            LOGGER.debug("mail={} recipients={} delivered to {} attempt={}", mail.getName(), result.delivered(),
                result.deliveredTo().orElse("?"), earlierFailures + 1);
            if (earlierFailures > 0) {
                reporting.outcome(new OutcomeEvent(clock.instant(), mail.getName(), destination.value(),
                    Outcome.DELIVERED_AFTER_DEFERRAL, earlierFailures + 1, sinceFirstDeferral(mail)), context);
            }
            if (configuration.onSuccess.isPresent()) {
                context.sendMail(delivered, configuration.onSuccess.get());
            }
        }
        if (!result.permanent().isEmpty()) {
            Mail failed = part(mail, result.permanent(), split, "permanent");
            AttemptResult.Failure failure = result.permanentFailure().orElseThrow();
            MailAttributes.set(failed, PacerAttributes.DESTINATION, destination.value());
            Classification classification = recordFailure(failed, failure, true);
            bounce(failed, classification, failure.reply().asLine(), true);
            if (earlierFailures > 0) {
                reporting.outcome(new OutcomeEvent(clock.instant(), failed.getName(), destination.value(), Outcome.BOUNCED,
                    earlierFailures + 1, sinceFirstDeferral(failed)), context);
            }
        }
        if (!result.temporary().isEmpty()) {
            Mail deferred = part(mail, result.temporary(), split, "deferred");
            AttemptResult.Failure failure = result.temporaryFailure().orElseThrow();
            MailAttributes.set(deferred, PacerAttributes.DESTINATION, destination.value());
            Classification classification = recordFailure(deferred, failure, false);
            OptionalInt held = classification.kind() == DeferralKind.CONNECTION_LIMIT && sessionsHeld >= 0
                ? OptionalInt.of(sessionsHeld) : OptionalInt.empty();
            reporting.deferral(event(deferred, failure, classification, destination, held), context);
            MailAttributes.set(deferred, RECORDED, true);
            defer(deferred, classification, destination);
        }
    }

    private DeferralEvent event(Mail mail, AttemptResult.Failure failure, Classification classification, DestinationKey destination,
                                OptionalInt sessionsHeld) {
        return DeferralEvent.builder()
            .time(clock.instant())
            .mailName(mail.getName())
            .messageId(messageId(mail))
            .senderDomain(mail.getMaybeSender().asOptional().map(sender -> sender.getDomain().asString()).orElse(""))
            .recipientDomain(MailAttributes.string(mail, PacerAttributes.RECIPIENT_DOMAIN).orElse(""))
            .destination(destination.value())
            .remoteHost(failure.remoteHost())
            .remoteIp(failure.remoteIp().orElse(""))
            .sendingIp(failure.sendingIp().orElse(""))
            .heloName(configuration.smtp.heloName())
            .basicCode(failure.reply().basicCode())
            .enhancedCode(failure.reply().enhancedCode())
            .reply(failure.reply().asLine())
            .kind(classification.kind())
            .step(failure.step().name())
            .attempt(attempt(mail))
            .lane(configuration.outgoingQueue)
            .sessionsHeld(sessionsHeld)
            .build();
    }

    static String messageId(Mail mail) {
        try {
            String id = mail.getMessage().getMessageID();
            return id == null ? "" : id;
        } catch (MessagingException | RuntimeException e) {
            return "";
        }
    }

    private Duration sinceFirstDeferral(Mail mail) {
        return MailAttributes.string(mail, PacerAttributes.FIRST_TIME).flatMap(first -> {
            try {
                return Optional.of(Duration.between(Instant.parse(first), clock.instant()));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }).orElse(Duration.ZERO);
    }

    private void defer(Mail mail, Classification classification, DestinationKey destination) throws MessagingException {
        int attempts = attempt(mail);
        Optional<Duration> age = age(mail);
        int maxRetries = MailAttributes.integer(mail, PacerAttributes.RETRY_MAX_RETRIES).orElse(configuration.maxRetries);
        Optional<Duration> maxAge = maxAge(mail);
        boolean retriesSpent = attempts > maxRetries;
        boolean tooOld = maxAge.isPresent() && age.isPresent() && age.get().compareTo(maxAge.get()) >= 0;
        if (retriesSpent || tooOld) {
            String reason = retriesSpent
                ? "giving up after " + attempts + " attempts (maxRetries=" + maxRetries + ")"
                : "giving up after " + age.get() + " (maxAge=" + maxAge.get() + ")";
            LOGGER.warn("mail={} recipients={} expired kind={} reply=\"{}\" {}", mail.getName(), mail.getRecipients(),
                classification.kind(), classification.reply().asLine(), reason);
            bounce(mail, classification, classification.reply().asLine() + " (" + reason + ")", false);
            reporting.outcome(new OutcomeEvent(clock.instant(), mail.getName(), destination.value(), Outcome.EXPIRED, attempts,
                sinceFirstDeferral(mail)), context);
            return;
        }
        if (configuration.deferralProcessor.isPresent()) {
            LOGGER.debug("mail={} deferred kind={} attempt={} -> processor {}", mail.getName(), classification.kind(),
                attempts, configuration.deferralProcessor.get());
            context.sendMail(mail, configuration.deferralProcessor.get());
            return;
        }
        requeue(mail);
    }

    /** Puts a mail that failed {@code attempt} times back into the queue, after its retry delay. */
    void requeue(Mail mail) throws MessagingException {
        int attempts = attempt(mail);
        Duration delay = attempts == 0 ? Duration.ZERO : schedule(mail).delayBeforeRetry(attempts);
        LOGGER.debug("mail={} queued in {} with delay {} after {} attempt(s)", mail.getName(), configuration.outgoingQueue, delay, attempts);
        queue.enQueue(mail, delay);
    }

    /** The mail's own schedule when {@code SetRetrySchedule} gave it one, else the lane's {@code delayTime}. */
    private RetrySchedule schedule(Mail mail) {
        return MailAttributes.string(mail, PacerAttributes.RETRY_DELAY_TIME).flatMap(value -> {
            try {
                return Optional.of(RetrySchedule.parse(value));
            } catch (IllegalArgumentException e) {
                LOGGER.warn("mail={} has an unreadable {} '{}', using the lane's delayTime: {}", mail.getName(),
                    PacerAttributes.RETRY_DELAY_TIME, value, e.getMessage());
                return Optional.empty();
            }
        }).orElse(configuration.retrySchedule);
    }

    private Optional<Duration> maxAge(Mail mail) {
        Optional<Duration> own = MailAttributes.string(mail, PacerAttributes.RETRY_MAX_AGE).flatMap(value -> {
            try {
                return Optional.of(Duration.parse(value));
            } catch (DateTimeParseException e) {
                LOGGER.warn("mail={} has an unreadable {} '{}', using the lane's maxAge", mail.getName(), PacerAttributes.RETRY_MAX_AGE, value);
                return Optional.empty();
            }
        });
        return own.or(() -> configuration.maxAge);
    }

    private Classification recordFailure(Mail mail, AttemptResult.Failure failure, boolean permanent) {
        Classification classification = configuration.classifier.classify(failure.reply());
        Instant now = clock.instant();
        int attempts = attempt(mail) + 1;
        MailAttributes.set(mail, PacerAttributes.ATTEMPT, attempts);
        MailAttributes.set(mail, PacerAttributes.KIND, classification.kind().name());
        MailAttributes.set(mail, PacerAttributes.PERMANENT, permanent);
        MailAttributes.set(mail, PacerAttributes.STEP, failure.step().name());
        MailAttributes.set(mail, PacerAttributes.REPLY, failure.reply().asLine());
        MailAttributes.set(mail, PacerAttributes.REMOTE_HOST, failure.remoteHost());
        MailAttributes.set(mail, PacerAttributes.LANE, configuration.outgoingQueue);
        MailAttributes.set(mail, PacerAttributes.MAIL_NAME, mail.getName());
        MailAttributes.set(mail, PacerAttributes.TIME, now.toString());
        if (MailAttributes.string(mail, PacerAttributes.FIRST_TIME).isEmpty()) {
            MailAttributes.set(mail, PacerAttributes.FIRST_TIME, now.toString());
        }
        failure.reply().basicCode().ifPresentOrElse(
            code -> MailAttributes.set(mail, PacerAttributes.BASIC_CODE, code),
            () -> MailAttributes.remove(mail, PacerAttributes.BASIC_CODE));
        failure.reply().enhancedCode().ifPresentOrElse(
            code -> MailAttributes.set(mail, PacerAttributes.ENHANCED_CODE, code),
            () -> MailAttributes.remove(mail, PacerAttributes.ENHANCED_CODE));
        failure.remoteIp().ifPresentOrElse(
            ip -> MailAttributes.set(mail, PacerAttributes.REMOTE_IP, ip),
            () -> MailAttributes.remove(mail, PacerAttributes.REMOTE_IP));
        mail.getRecipients().stream().findFirst()
            .ifPresent(recipient -> MailAttributes.set(mail, PacerAttributes.RECIPIENT_DOMAIN, recipient.getDomain().asString()));
        LOGGER.info("mail={} destination={} remote={}{} step={} kind={} attempt={} reply=\"{}\"", mail.getName(),
            MailAttributes.string(mail, PacerAttributes.RECIPIENT_DOMAIN).orElse("?"), failure.remoteHost(),
            failure.remoteIp().map(ip -> "[" + ip + "]").orElse(""), failure.step(), classification.kind(), attempts,
            failure.reply().asLine());
        return classification;
    }

    private void bounce(Mail mail, Classification classification, String errorText, boolean permanent) throws MessagingException {
        MailAttributes.set(mail, DELIVERY_ERROR, errorText);
        MailAttributes.set(mail, IS_DELIVERY_PERMANENT_ERROR, permanent);
        classification.reply().basicCode().ifPresent(code -> MailAttributes.set(mail, DELIVERY_ERROR_CODE, code));
        if (configuration.bounceProcessor.isPresent()) {
            context.sendMail(mail, configuration.bounceProcessor.get());
        } else if (mail.hasSender()) {
            context.bounce(mail, explanation(mail, errorText, permanent));
        } else {
            // No sender to notify and no bounce processor: James's RemoteDelivery drops such mail with a debug line.
            // Pacer never drops mail, so it goes to the error processor, where the operator's configuration keeps it.
            LOGGER.warn("mail={} has a null sender and no bounceProcessor is set: sent to processor '{}'", mail.getName(), Mail.ERROR);
            context.sendMail(mail, Mail.ERROR);
        }
    }

    private static String explanation(Mail mail, String errorText, boolean permanent) {
        return "Delivery to the following recipients " + (permanent ? "failed permanently" : "was given up after repeated temporary failures")
            + ":\n\n" + mail.getRecipients() + "\n\nThe remote server said: " + errorText + "\n";
    }

    private static int countGroups(AttemptResult result) {
        return (result.delivered().isEmpty() ? 0 : 1) + (result.temporary().isEmpty() ? 0 : 1) + (result.permanent().isEmpty() ? 0 : 1);
    }

    private static Mail part(Mail mail, List<MailAddress> recipients, boolean split, String suffix) throws MessagingException {
        if (!split) {
            return mail;
        }
        Mail copy = mail.duplicate();
        copy.setName(mail.getName() + "-" + suffix);
        copy.setRecipients(recipients);
        return copy;
    }

    /**
     * Removes Pacer's attributes from a mail that copied them from another one (a DSN about a deferred mail, a
     * forward), so it starts as a new mail instead of waiting out the other mail's retry delay.
     */
    static void forgetCopiedAttempts(Mail mail) {
        boolean copied = MailAttributes.string(mail, PacerAttributes.MAIL_NAME)
            .map(owner -> !owner.equals(mail.getName()))
            .orElse(false);
        if (copied) {
            mail.attributeNames()
                .filter(name -> name.asString().startsWith(PacerAttributes.PREFIX))
                .collect(java.util.stream.Collectors.toList())
                .forEach(mail::removeAttribute);
        }
    }

    static int attempt(Mail mail) {
        return MailAttributes.integer(mail, PacerAttributes.ATTEMPT).orElse(0);
    }

    private Optional<Duration> age(Mail mail) {
        return MailAttributes.string(mail, PacerAttributes.QUEUED_TIME).flatMap(first -> {
            try {
                return Optional.of(Duration.between(Instant.parse(first), clock.instant()));
            } catch (DateTimeParseException e) {
                LOGGER.warn("mail={} has an unreadable {} '{}': age unknown", mail.getName(), PacerAttributes.QUEUED_TIME, first);
                return Optional.empty();
            }
        });
    }
}
