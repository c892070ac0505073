package dev.pacer.mailets;

import java.util.List;
import java.util.function.Function;

import org.apache.james.lifecycle.api.LifecycleUtil;
import org.apache.james.queue.api.MailQueue;
import org.apache.mailet.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.pacer.mailets.delivery.AttemptResult;
import dev.pacer.mailets.delivery.DeliveryTarget;
import dev.pacer.mailets.delivery.SmtpDeliverer;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Dequeues a lane's MailQueue and runs delivery attempts, at most {@code deliveryThreads} at once, off the
 * spooler's threads. A waiting mail holds no thread: it sits in the queue until its delay is over.
 */
final class DeliveryLane implements Disposable {
    private static final Logger LOGGER = LoggerFactory.getLogger(DeliveryLane.class);

    private final MailQueue queue;
    private final int concurrency;
    private final SmtpDeliverer deliverer;
    private final Function<Mail, List<DeliveryTarget>> targets;
    private final AttemptOutcomes outcomes;
    private final Scheduler scheduler;
    private Disposable subscription;

    DeliveryLane(MailQueue queue, int concurrency, SmtpDeliverer deliverer, Function<Mail, List<DeliveryTarget>> targets,
                 AttemptOutcomes outcomes) {
        this.queue = queue;
        this.concurrency = concurrency;
        this.deliverer = deliverer;
        this.targets = targets;
        this.outcomes = outcomes;
        this.scheduler = Schedulers.newBoundedElastic(concurrency, Integer.MAX_VALUE, "pacer-" + queue.getName().asString());
    }

    void start() {
        subscription = Flux.from(queue.deQueue())
            .flatMap(item -> Mono.fromRunnable(() -> process(item)).subscribeOn(scheduler), concurrency)
            .onErrorContinue((error, item) -> LOGGER.error("delivery lane {} failed on {}", queue.getName().asString(), item, error))
            .subscribe();
    }

    private void process(MailQueue.MailQueueItem item) {
        Mail mail = item.getMail();
        try {
            AttemptResult result = deliverer.deliver(mail, targets.apply(mail));
            outcomes.handle(mail, result);
            item.done(MailQueue.MailQueueItem.CompletionStatus.SUCCESS);
        } catch (Exception e) {
            // The mail could not be handed on: let the queue redeliver it rather than lose it.
            LOGGER.error("mail={} could not be handled after its attempt, left in queue {} for retry", mail.getName(),
                queue.getName().asString(), e);
            try {
                item.done(MailQueue.MailQueueItem.CompletionStatus.RETRY);
            } catch (MailQueue.MailQueueException ex) {
                LOGGER.error("mail={} could not be returned to queue {}", mail.getName(), queue.getName().asString(), ex);
            }
        } finally {
            // Whatever was handed on was copied by the queue or the spool; this instance's resources are ours.
            LifecycleUtil.dispose(mail);
        }
    }

    @Override
    public void dispose() {
        if (subscription != null) {
            subscription.dispose();
        }
        scheduler.dispose();
    }

    @Override
    public boolean isDisposed() {
        return subscription != null && subscription.isDisposed();
    }
}
