package dev.pacer.mailets;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.james.lifecycle.api.LifecycleUtil;
import org.apache.james.queue.api.MailQueue;
import org.apache.mailet.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.pacer.core.PacerAttributes;
import dev.pacer.core.SmtpReply;
import dev.pacer.core.SmtpStep;
import dev.pacer.core.throttle.DestinationKey;
import dev.pacer.core.throttle.Destinations;
import dev.pacer.core.throttle.LaneDispatcher;
import dev.pacer.core.throttle.SessionOutcome;
import dev.pacer.core.throttle.WindowPolicy;
import dev.pacer.mailets.delivery.AttemptResult;
import dev.pacer.mailets.delivery.DeliveryTarget;
import dev.pacer.mailets.delivery.SmtpDeliverer;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Dequeues a lane's MailQueue and runs delivery attempts off the spooler's threads: at most {@code deliveryThreads}
 * at once in the lane and at most each destination's window (shared by all lanes) per destination, paced as the
 * destination's rate limits ask.
 *
 * <p>A mail whose destination is at its window is held (unacknowledged, so a crash leaves it in the queue) in the
 * {@link LaneDispatcher}, at most {@code maxHeldPerDestination} per destination; past that it goes back into the
 * MailQueue with a growing delay, so the memory the lane holds stays bounded. Nothing waits on a thread: held mail
 * starts when a session of its destination ends (any lane's, through {@link Destinations#onRelease}) or when its
 * destination's pacing allows (one timer for the lane).
 */
final class DeliveryLane implements Disposable {
    private static final Logger LOGGER = LoggerFactory.getLogger(DeliveryLane.class);
    /** Marks a mail the lane put back into its queue for lack of room, until it is offered again (Integer). */
    static final String PUT_BACK = PacerAttributes.PREFIX + "lane.putBack";

    private final MailQueue queue;
    private final SmtpDeliverer deliverer;
    private final MailetDestinationResolver resolver;
    private final AttemptOutcomes outcomes;
    private final Destinations destinations;
    private final WindowPolicy policy;
    private final LaneDispatcher<MailQueue.MailQueueItem> dispatcher;
    private final Scheduler attempts;
    private final Scheduler timer;
    private final Consumer<DestinationKey> releaseListener = key -> drain();
    private Disposable subscription;
    private Disposable wakeUp;
    private Instant wakeUpAt;
    private volatile boolean stopped;
    private final java.util.concurrent.atomic.AtomicLong putBackCount = new java.util.concurrent.atomic.AtomicLong();

    DeliveryLane(MailQueue queue, int deliveryThreads, int maxHeldPerDestination, SmtpDeliverer deliverer,
                 MailetDestinationResolver resolver, AttemptOutcomes outcomes, Destinations destinations, WindowPolicy policy) {
        this.queue = queue;
        this.deliverer = deliverer;
        this.resolver = resolver;
        this.outcomes = outcomes;
        this.destinations = destinations;
        this.policy = policy;
        this.dispatcher = new LaneDispatcher<>(destinations, policy, deliveryThreads, maxHeldPerDestination);
        String name = "pacer-" + queue.getName().asString();
        this.attempts = Schedulers.newBoundedElastic(deliveryThreads, Integer.MAX_VALUE, name);
        this.timer = Schedulers.newSingle(name + "-timer");
    }

    void start() {
        destinations.onRelease(releaseListener);
        subscription = Flux.from(queue.deQueue())
            .flatMap(item -> Mono.fromRunnable(() -> dispatch(item)).subscribeOn(timer), 1)
            .onErrorContinue((error, item) -> LOGGER.error("delivery lane {} failed on {}", queue.getName().asString(), item, error))
            .subscribe();
    }

    private void dispatch(MailQueue.MailQueueItem item) {
        Mail mail = item.getMail();
        DestinationKey key;
        try {
            key = destinations.keyFor(domainOf(mail));
        } catch (RuntimeException e) {
            LOGGER.warn("mail={} destination could not be resolved, delivered under its domain: {}", mail.getName(), e.toString());
            key = DestinationKey.domain(domainOf(mail));
        }
        if (MailAttributes.integer(mail, PUT_BACK).isPresent()) {
            MailAttributes.remove(mail, PUT_BACK);
            dispatcher.returned(key);
        }
        LaneDispatcher.Offer<MailQueue.MailQueueItem> offer = dispatcher.offer(key, item);
        switch (offer.decision()) {
            case STARTED:
                run(offer.start().orElseThrow());
                break;
            case HELD:
                scheduleWakeUp();
                break;
            case OVERFLOW:
                putBack(item, key, offer.putBackFor());
                break;
            default:
                throw new IllegalStateException("unhandled decision " + offer.decision());
        }
    }

    private static String domainOf(Mail mail) {
        return mail.getRecipients().iterator().next().getDomain().asString();
    }

    private void run(LaneDispatcher.Start<MailQueue.MailQueueItem> start) {
        attempts.schedule(() -> attempt(start));
    }

    private void attempt(LaneDispatcher.Start<MailQueue.MailQueueItem> start) {
        MailQueue.MailQueueItem item = start.item();
        Mail mail = item.getMail();
        DestinationKey key = start.destination().key();
        Instant started = destinations.clock().instant();
        AttemptResult result = null;
        try {
            List<DeliveryTarget> targets;
            try {
                targets = resolver.targetsFor(domainOf(mail));
            } catch (RuntimeException e) {
                // A DNS failure is a temporary failure like any other: the mail waits its retry delay instead of
                // going straight back to the queue (which would spin while DNS is down).
                LOGGER.warn("mail={} mail servers of {} could not be resolved: {}", mail.getName(), domainOf(mail), e.toString());
                targets = List.of();
            }
            result = deliverer.deliver(mail, targets, new SmtpDeliverer.SessionListener() {
                @Override
                public void greeted() {
                    start.destination().accepted(start.session()).ifPresent(destinations::changed);
                }

                @Override
                public void closedByServer() {
                    start.destination().ended(start.session());
                }
            });
        } catch (RuntimeException e) {
            // A bug of ours on this mail must not spin it through the queue: it takes the retry schedule like any
            // temporary failure and, if it persists, expires with a DSN.
            LOGGER.error("mail={} delivery attempt failed unexpectedly", mail.getName(), e);
            result = AttemptResult.temporary(List.copyOf(mail.getRecipients()), new AttemptResult.Failure(
                SmtpStep.CONNECT, SmtpReply.parse("internal error: " + e), "none", Optional.empty()));
        } finally {
            // The slot is given back as soon as the exchange is over, before the mail is handed on: the window
            // learns from the refusal at once and the next session need not wait for the spool.
            start.destination().ended(start.session());
            dispatcher.sessionEnded(key, Duration.between(started, destinations.clock().instant()));
            SessionOutcome outcome = result == null ? SessionOutcome.OTHER_FAILURE : outcomes.sessionOutcome(result);
            destinations.finish(start.destination(), start.session(), outcome, policy);
        }
        try {
            int held = start.session().informedWindow() ? start.session().heldAtEnd() : -1;
            outcomes.handle(mail, result, key, held);
            item.done(MailQueue.MailQueueItem.CompletionStatus.SUCCESS);
        } catch (Exception e) {
            // The mail could not be handed on: let the queue redeliver it rather than lose it.
            LOGGER.error("mail={} could not be handled after its attempt, left in queue {} for retry", mail.getName(),
                queue.getName().asString(), e);
            retry(item);
        } finally {
            LifecycleUtil.dispose(mail);
        }
    }

    /** Starts what may start now, and arms the timer for what waits on pacing. */
    private void drain() {
        if (stopped) {
            return;
        }
        for (LaneDispatcher.Start<MailQueue.MailQueueItem> start : dispatcher.drain()) {
            run(start);
        }
        scheduleWakeUp();
    }

    private synchronized void scheduleWakeUp() {
        Optional<Instant> next = dispatcher.nextWakeUp();
        if (next.isEmpty() || stopped) {
            return;
        }
        if (wakeUp != null && !wakeUp.isDisposed() && wakeUpAt != null && !next.get().isBefore(wakeUpAt)) {
            return;
        }
        if (wakeUp != null) {
            wakeUp.dispose();
        }
        wakeUpAt = next.get();
        long delay = Math.max(1, Duration.between(destinations.clock().instant(), wakeUpAt).toMillis());
        wakeUp = timer.schedule(this::drain, delay, TimeUnit.MILLISECONDS);
    }

    private void putBack(MailQueue.MailQueueItem item, DestinationKey key, Duration delay) {
        Mail mail = item.getMail();
        MailAttributes.set(mail, PUT_BACK, 1);
        try {
            queue.enQueue(mail, delay);
            item.done(MailQueue.MailQueueItem.CompletionStatus.SUCCESS);
            putBackCount.incrementAndGet();
            LOGGER.debug("mail={} destination={} has {} mails held: back into {} for {}", mail.getName(), key,
                dispatcher.held(key), queue.getName().asString(), delay);
        } catch (Exception e) {
            LOGGER.warn("mail={} could not be put back into {}, left for the queue to redeliver", mail.getName(), queue.getName().asString(), e);
            retry(item);
        } finally {
            LifecycleUtil.dispose(mail);
        }
    }

    private void retry(MailQueue.MailQueueItem item) {
        try {
            item.done(MailQueue.MailQueueItem.CompletionStatus.RETRY);
        } catch (MailQueue.MailQueueException e) {
            LOGGER.error("mail={} could not be returned to queue {}", item.getMail().getName(), queue.getName().asString(), e);
        }
    }

    int held() {
        return dispatcher.held();
    }

    /** Mails put back into the queue for lack of room since the lane started. */
    long putBack() {
        return putBackCount.get();
    }

    @Override
    public void dispose() {
        stopped = true;
        destinations.removeReleaseListener(releaseListener);
        if (subscription != null) {
            subscription.dispose();
        }
        // Held mail was never acknowledged: hand it back so the queue keeps it.
        for (MailQueue.MailQueueItem item : dispatcher.releaseAll()) {
            retry(item);
        }
        attempts.dispose();
        timer.dispose();
        destinations.save();
    }

    @Override
    public boolean isDisposed() {
        return stopped;
    }
}
