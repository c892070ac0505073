package dev.pacer.mailets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import javax.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.james.lifecycle.api.LifecycleUtil;
import org.apache.james.mailrepository.api.MailRepository;
import org.apache.mailet.Mail;
import org.apache.mailet.MailetContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.pacer.core.Classification;
import dev.pacer.core.DeferralKind;
import dev.pacer.core.PacerAttributes;
import dev.pacer.core.ReplyHints;
import dev.pacer.core.RetrySchedule;
import dev.pacer.core.SmtpReply;
import dev.pacer.core.SmtpStep;
import dev.pacer.core.Texts;
import dev.pacer.core.report.DeferralEvent;
import dev.pacer.core.report.Outcome;
import dev.pacer.core.report.OutcomeEvent;
import dev.pacer.core.throttle.DestinationKey;
import dev.pacer.core.throttle.SessionOutcome;
import dev.pacer.core.throttle.Slot;
import dev.pacer.mailets.delivery.AttemptResult;

/**
 * Settles a mail after a delivery attempt, in an order that keeps every recipient's fate single:
 * <ol>
 *   <li>the recipients the receiver accepted are settled first: the kept copy of the mail no longer carries them
 *       ({@link AttemptOrigin#recipientsSettled}), so nothing failing afterwards can send them again;</li>
 *   <li>delivered mail goes to {@code onSuccess}, permanent failures and expired mail bounce, temporary failures go
 *       to {@code deferralProcessor} or wait in the lane for their retry time;</li>
 *   <li>a hand-off that fails leaves its part where it is kept: a deferral that cannot reach
 *       {@code deferralProcessor} waits in the lane; anything else goes to the lane's {@code errorRepository} with the
 *       reason as its error message. Never back to the receiver at once.</li>
 * </ol>
 * Every branch ends with the mail delivered, waiting with a retry time, bounced, or in a repository, with a log line.
 */
final class AttemptOutcomes {
    private static final Logger LOGGER = LoggerFactory.getLogger(AttemptOutcomes.class);

    /** Set on a mail whose last deferral this lane recorded, so {@code RecordDeferral} does not count it twice. */
    static final String RECORDED = PacerAttributes.PREFIX + "deferral.recorded";

    /** James's RemoteDelivery attribute names, set too so bounce processors written for James keep working. */
    static final String DELIVERY_ERROR = "delivery-error";
    static final String DELIVERY_ERROR_CODE = "delivery-error-code";
    static final String IS_DELIVERY_PERMANENT_ERROR = "is-delivery-permanent-error";

    /** How long a part that no repository would take waits in the lane before it is tried again. */
    static final Duration FALLBACK_WAIT = Duration.ofHours(1);

    /** Puts a mail in the lane's waiting repository until {@code notBefore}. */
    @FunctionalInterface
    interface Parking {
        void park(Mail mail, DestinationKey destination, Instant notBefore) throws MessagingException;
    }

    private final ThrottledRemoteDeliveryConfiguration configuration;
    private final MailetContext context;
    private final Clock clock;
    private final Reporting reporting;
    private final MailRepository errorRepository;
    private final Parking parking;

    AttemptOutcomes(ThrottledRemoteDeliveryConfiguration configuration, MailetContext context, Reporting reporting,
                    MailRepository errorRepository, Parking parking) {
        this.configuration = configuration;
        this.context = context;
        this.clock = reporting.clock();
        this.reporting = reporting;
        this.errorRepository = errorRepository;
        this.parking = parking;
    }

    /** What the session says about the destination: its concurrency, its pace, its health. */
    SessionOutcome sessionOutcome(AttemptResult result) {
        if (result.permanentFailure().map(AttemptResult.Failure::isLocal).orElse(false)) {
            return SessionOutcome.NOT_STARTED;
        }
        // A session the receiver accepted says nothing against it, even if some recipients failed.
        if (!result.delivered().isEmpty() || !result.permanent().isEmpty() || result.temporaryFailure().isEmpty()) {
            return SessionOutcome.DELIVERED;
        }
        AttemptResult.Failure failure = result.temporaryFailure().get();
        if (failure.isLocal()) {
            return SessionOutcome.NOT_STARTED;
        }
        if (failure.reply().basicCode().isEmpty()) {
            // No reply at all: no connection, no greeting in time, the session cut or past its deadline.
            return SessionOutcome.UNAVAILABLE;
        }
        if (ReplyHints.tooManyMessagesInSession(failure.reply())) {
            // The session was too long; the lane learns the receiver's limit. Neither the window nor the pace is wrong.
            return SessionOutcome.OTHER_FAILURE;
        }
        return SessionOutcome.ofFailure(configuration.classifier.classify(failure.reply()).kind(), failure.step().compareTo(SmtpStep.MAIL) < 0);
    }

    /**
     * Settles {@code mail} after {@code result}, then lets {@code origin} go. {@code sessionsHeld} is what the
     * receiver held when it refused, when that refusal set the window. Every hand-off failure is handled here; an
     * exception means a bug of ours or a failing origin, and the caller keeps the mail.
     */
    void settle(Mail mail, AttemptResult result, Slot slot, int earlierOnSession, AttemptOrigin origin) throws MessagingException {
        DestinationKey destination = slot.destination();
        boolean split = countGroups(result) > 1;
        int earlierFailures = attempt(mail);
        // Deferred before: failed attempts, or refusals that spent no attempt (our overshoot) but are evidence.
        boolean deferredBefore = earlierFailures > 0 || MailAttributes.string(mail, PacerAttributes.FIRST_TIME).isPresent();
        Mail delivered = result.delivered().isEmpty() ? null : part(mail, result.delivered(), split, "delivered");
        Mail failed = result.permanent().isEmpty() ? null : part(mail, result.permanent(), split, "permanent");
        Mail deferred = result.temporary().isEmpty() ? null : part(mail, result.temporary(), split, "deferred");
        if (delivered != null) {
            List<MailAddress> remaining = new ArrayList<>(result.temporary());
            remaining.addAll(result.permanent());
            origin.recipientsSettled(mail, remaining);
            LOGGER.debug("mail={} recipients={} delivered to {} attempt={}", mail.getName(), result.delivered(),
                result.deliveredTo().orElse("?"), earlierFailures + 1);
            if (deferredBefore) {
                report(() -> reporting.outcome(new OutcomeEvent(clock.instant(), mail.getName(), destination.value(),
                    Outcome.DELIVERED_AFTER_DEFERRAL, earlierFailures + 1, sinceFirstDeferral(mail)), context));
            }
            if (configuration.onSuccess.isPresent()) {
                String processor = configuration.onSuccess.get();
                handOff(delivered, "onSuccess processor '" + processor + "'", () -> context.sendMail(delivered, processor),
                    Fallback.ERROR_REPOSITORY, destination);
            }
        }
        if (failed != null) {
            AttemptResult.Failure failure = result.permanentFailure().orElseThrow();
            MailAttributes.set(failed, PacerAttributes.DESTINATION, destination.value());
            Classification classification = configuration.classifier.classify(failure.reply());
            recordFailure(failed, failure, classification, true, false);
            bounce(failed, classification, failure.reply().asLine(), true, destination);
            if (deferredBefore) {
                report(() -> reporting.outcome(new OutcomeEvent(clock.instant(), failed.getName(), destination.value(),
                    Outcome.BOUNCED, earlierFailures + 1, sinceFirstDeferral(failed)), context));
            }
        }
        if (deferred != null) {
            AttemptResult.Failure failure = result.temporaryFailure().orElseThrow();
            MailAttributes.set(deferred, PacerAttributes.DESTINATION, destination.value());
            Classification classification = configuration.classifier.classify(failure.reply());
            // A session refused for too many connections while others of ours were open is our overshoot: the window
            // was corrected, and the mail waits for the next free slot without spending a retry. (Open, not only
            // greeted: the receiver may greet a sibling session a moment before our thread reads that greeting.)
            // Refused while none of ours was open, it is the receiver's state, not our concurrency: the retry schedule.
            boolean sessionRefused = classification.kind() == DeferralKind.CONNECTION_LIMIT
                && failure.step().compareTo(SmtpStep.MAIL) < 0 && slot.othersOpenAtEnd() > 0;
            // Refused because its session had carried others already: the session was too long, not the mail wrong.
            boolean sessionTooLong = earlierOnSession > 0 && ReplyHints.tooManyMessagesInSession(failure.reply());
            recordFailure(deferred, failure, classification, false, sessionRefused || sessionTooLong);
            OptionalInt held = classification.kind() == DeferralKind.CONNECTION_LIMIT ? slot.sessionsHeldAtRefusal() : OptionalInt.empty();
            report(() -> reporting.deferral(event(deferred, failure, classification, destination, held, !deferredBefore), classification,
                context));
            MailAttributes.set(deferred, RECORDED, true);
            defer(deferred, classification, destination);
        }
        origin.settled();
        if (split) {
            // The parts were copies, handed on (each hand-off copies again) or kept: their resources go now.
            for (Mail part : new Mail[] {delivered, failed, deferred}) {
                if (part != null) {
                    LifecycleUtil.dispose(part);
                }
            }
        }
    }

    /** Reporting must never keep a mail from being settled. */
    private static void report(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOGGER.error("recording a deferral or an outcome failed; the mail is settled anyway", e);
        }
    }

    @FunctionalInterface
    private interface HandOff {
        void run() throws MessagingException;
    }

    /** Where a part goes when its hand-off fails. */
    private enum Fallback {
        /** A deferral: it waits in the lane for its retry time (then the error repository). */
        WAIT,
        /** A bounce: the error repository, else it waits in the lane for {@link #FALLBACK_WAIT} and bounces again. */
        ERROR_REPOSITORY_THEN_WAIT,
        /** A delivered part: the error repository, else it is only logged (never sent to the receiver again). */
        ERROR_REPOSITORY
    }

    /** Runs a hand-off; if it fails (any Throwable), the part goes where {@code fallback} says. */
    private void handOff(Mail part, String target, HandOff action, Fallback fallback, DestinationKey destination) {
        try {
            action.run();
        } catch (Throwable e) {
            String reason = "could not be handed to " + target + ": " + e;
            if (fallback == Fallback.WAIT) {
                Instant notBefore = retryTime(part);
                try {
                    parking.park(part, destination, notBefore);
                    LOGGER.warn("mail={} {}; it waits in the lane until {} instead", part.getName(), reason, notBefore);
                    return;
                } catch (Throwable parkFailure) {
                    reason += "; nor could it wait in the lane: " + parkFailure;
                }
            }
            if (tryErrorRepository(part, reason)) {
                return;
            }
            if (fallback == Fallback.ERROR_REPOSITORY_THEN_WAIT) {
                try {
                    parking.park(part, destination, clock.instant().plus(FALLBACK_WAIT));
                    LOGGER.error("mail={} {}; it waits in the lane for {} and is tried again", part.getName(), reason, FALLBACK_WAIT);
                    return;
                } catch (Throwable parkFailure) {
                    LOGGER.error("mail={} could not wait in the lane either", part.getName(), parkFailure);
                }
            }
            LOGGER.error("mail={} recipients={} {}; nothing else can keep it", part.getName(), part.getRecipients(), reason);
        }
    }

    /**
     * Stores {@code mail} in the lane's error repository with {@code reason} as its error message, and logs it;
     * false (logged too) when the repository refused it.
     */
    boolean tryErrorRepository(Mail mail, String reason) {
        try {
            mail.setErrorMessage(reason);
            errorRepository.store(mail);
            LOGGER.error("mail={} recipients={} {}: kept in errorRepository {}", mail.getName(), mail.getRecipients(), reason,
                configuration.errorRepository);
            return true;
        } catch (Throwable e) {
            LOGGER.error("mail={} {}; errorRepository {} refused it too", mail.getName(), reason, configuration.errorRepository, e);
            return false;
        }
    }

    private DeferralEvent event(Mail mail, AttemptResult.Failure failure, Classification classification, DestinationKey destination,
                                OptionalInt sessionsHeld, boolean firstForMail) {
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
            .firstForMail(firstForMail)
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

    private void defer(Mail mail, Classification classification, DestinationKey destination) {
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
            bounce(mail, classification, classification.reply().asLine() + " (" + reason + ")", false, destination);
            report(() -> reporting.outcome(new OutcomeEvent(clock.instant(), mail.getName(), destination.value(), Outcome.EXPIRED,
                attempts, sinceFirstDeferral(mail)), context));
            return;
        }
        if (configuration.deferralProcessor.isPresent()) {
            String processor = configuration.deferralProcessor.get();
            LOGGER.debug("mail={} deferred kind={} attempt={} -> processor {}", mail.getName(), classification.kind(), attempts, processor);
            handOff(mail, "deferralProcessor '" + processor + "'", () -> context.sendMail(mail, processor), Fallback.WAIT, destination);
            return;
        }
        Instant notBefore = retryTime(mail);
        handOff(mail, "the lane's waitingRepository", () -> parking.park(mail, destination, notBefore), Fallback.ERROR_REPOSITORY_THEN_WAIT,
            destination);
    }

    /**
     * When a mail that failed {@code pacer.attempt} times may be tried again: its last failure plus the delay its
     * schedule gives that attempt (the mail's own schedule from {@code SetRetrySchedule}, else the lane's). Now for a
     * mail that never failed.
     */
    Instant retryTime(Mail mail) {
        int attempts = attempt(mail);
        Instant now = clock.instant();
        if (attempts == 0 || MailAttributes.bool(mail, PacerAttributes.OVERSHOOT).orElse(false)) {
            return now;
        }
        Duration delay = greylistDelay(mail).orElseGet(() -> schedule(mail).delayBeforeRetry(attempts));
        Instant failed = MailAttributes.string(mail, PacerAttributes.TIME).flatMap(time -> {
            try {
                return Optional.of(Instant.parse(time));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }).filter(time -> !time.isAfter(now)).orElse(now);
        return failed.plus(delay);
    }

    /**
     * A greylisted mail waits what its reply asks for (postgrey's "Greylisted for 300 seconds") when it says so, or
     * the lane's fixed {@code greylistDelay}; only this mail waits, its destination is not slowed.
     */
    private Optional<Duration> greylistDelay(Mail mail) {
        boolean greylisted = MailAttributes.string(mail, PacerAttributes.KIND).map(DeferralKind.GREYLIST.name()::equals).orElse(false);
        if (!greylisted) {
            return Optional.empty();
        }
        if (configuration.greylistDelay.fixed.isPresent()) {
            return configuration.greylistDelay.fixed;
        }
        if (!configuration.greylistDelay.fromReply) {
            return Optional.empty();
        }
        return MailAttributes.string(mail, PacerAttributes.REPLY).flatMap(reply -> ReplyHints.retryAfter(SmtpReply.parse(reply)));
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

    private void recordFailure(Mail mail, AttemptResult.Failure failure, Classification classification, boolean permanent,
                               boolean overshoot) {
        Instant now = clock.instant();
        int attempts = overshoot ? attempt(mail) : attempt(mail) + 1;
        MailAttributes.set(mail, PacerAttributes.ATTEMPT, attempts);
        MailAttributes.set(mail, PacerAttributes.OVERSHOOT, overshoot);
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
        LOGGER.info("mail={} domain={} remote={}{} step={} kind={} attempt={}{} reply=\"{}\"", mail.getName(),
            MailAttributes.string(mail, PacerAttributes.RECIPIENT_DOMAIN).orElse("?"), failure.remoteHost(),
            failure.remoteIp().map(ip -> "[" + ip + "]").orElse(""), failure.step(), classification.kind(), attempts,
            overshoot ? " (our overshoot: waits for a free slot, no retry spent)" : "",
            failure.reply().asLine());
    }

    private void bounce(Mail mail, Classification classification, String reply, boolean permanent, DestinationKey destination) {
        // James's DSNBounce writes delivery-error into the DSN's Status and Diagnostic-Code lines: one ASCII line.
        String errorText = Texts.dsnText(reply);
        MailAttributes.set(mail, DELIVERY_ERROR, errorText);
        MailAttributes.set(mail, IS_DELIVERY_PERMANENT_ERROR, permanent);
        classification.reply().basicCode().ifPresent(code -> MailAttributes.set(mail, DELIVERY_ERROR_CODE, code));
        if (configuration.bounceProcessor.isPresent()) {
            String processor = configuration.bounceProcessor.get();
            handOff(mail, "bounceProcessor '" + processor + "'", () -> context.sendMail(mail, processor), Fallback.ERROR_REPOSITORY_THEN_WAIT,
                destination);
        } else if (mail.hasSender()) {
            handOff(mail, "a DSN to its sender", () -> context.bounce(mail, explanation(mail, errorText, permanent)),
                Fallback.ERROR_REPOSITORY_THEN_WAIT, destination);
        } else {
            // No sender to notify and no bounce processor: James's RemoteDelivery drops such mail with a debug line.
            // Pacer never drops mail, so it goes to the error processor, where the operator's configuration keeps it.
            LOGGER.warn("mail={} has a null sender and no bounceProcessor is set: sent to processor '{}'", mail.getName(), Mail.ERROR);
            handOff(mail, "processor '" + Mail.ERROR + "'", () -> context.sendMail(mail, Mail.ERROR),
                Fallback.ERROR_REPOSITORY_THEN_WAIT, destination);
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
