package dev.pacer.mailets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javax.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.james.dnsservice.api.TemporaryResolutionException;
import org.apache.james.lifecycle.api.LifecycleUtil;
import org.apache.james.queue.api.MailQueue;
import org.apache.mailet.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.pacer.core.ReplyHints;
import dev.pacer.core.Texts;
import dev.pacer.core.throttle.DestinationKey;
import dev.pacer.core.throttle.Destinations;
import dev.pacer.core.throttle.LaneScheduler;
import dev.pacer.core.throttle.SessionOutcome;
import dev.pacer.core.throttle.Slot;
import dev.pacer.core.throttle.WaitingEntry;
import dev.pacer.mailets.delivery.AttemptHandle;
import dev.pacer.mailets.delivery.AttemptResult;
import dev.pacer.mailets.delivery.DeliveryTarget;
import dev.pacer.mailets.delivery.SmtpDeliverer;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * One delivery lane: takes mail from its James MailQueue, starts what may start, keeps what must wait in its
 * {@link WaitingRoom}, and runs delivery attempts on its own threads, never the spooler's.
 *
 * <p>The MailQueue is only the entry. A dequeued mail that can start at once (a free lane thread, nothing of its
 * destination ready before it, a free slot) is delivered while its queue item stays unacknowledged; any other is
 * stored in the waiting repository, and only then is its queue item acknowledged. So the lane never holds more
 * unacknowledged items than attempts in flight, and never relies on the queue's delays: James's RabbitMQ queue has
 * none, and a put-back would come straight back.
 *
 * <p>Threads: {@code deliveryThreads} attempt threads (admission is decided by the {@link LaneScheduler} before a
 * task is submitted, so a task never queues behind a busy thread), a small intake pool (destination lookups may wait
 * on DNS), and one timer that only runs the scheduler. The timer is armed for the scheduler's next wake-up, rounded
 * up to the millisecond, and re-armed after every run: a wake-up that comes early starts nothing and arms again.
 */
final class DeliveryLane {
    private static final Logger LOGGER = LoggerFactory.getLogger(DeliveryLane.class);
    /** How long a stopping lane waits for sessions in flight before it closes their connections. */
    static final Duration STOP_GRACE = Duration.ofSeconds(5);
    /**
     * A session not greeted this long after it started, or silent this long at any later step, stops counting
     * against {@code deliveryThreads} (it is waiting on a receiver that does not answer: a blackhole, a tarpit), so
     * that other destinations' mail is not held back. It goes on (a slow greeter, postscreen's greet pause, is still
     * delivered to); only its place in the budget is given to others, up to {@link LaneScheduler#maxDetached}.
     */
    static final Duration GREETING_PATIENCE = Duration.ofMillis(200);
    static final Duration SILENCE_PATIENCE = Duration.ofSeconds(10);
    private static final long WATCH_EVERY_MILLIS = 100;
    /** A waiting mail that cannot be read from the repository is tried again after this. */
    static final Duration UNREADABLE_RETRY = Duration.ofMinutes(1);
    private static final int INTAKE_THREADS = 2;

    private final String name;
    private final MailQueue queue;
    private final LaneScheduler scheduler;
    private final WaitingRoom waitingRoom;
    private final SmtpDeliverer deliverer;
    private final MailetDestinationResolver resolver;
    private final AttemptOutcomes outcomes;
    private final Destinations destinations;
    private final Clock clock;
    private final ThreadPoolExecutor workers;
    private final ThreadPoolExecutor intake;
    private final Scheduler intakeScheduler;
    private final ScheduledThreadPoolExecutor timer;
    private final Duration attemptTimeout;
    private final ConnectionReuse reuse;
    private final Map<LaneScheduler.Start, Running> running = new ConcurrentHashMap<>();
    private final Consumer<DestinationKey> releaseListener = this::released;
    private final Object timerLock = new Object();
    private ScheduledFuture<?> armed;
    private Instant armedFor;
    private Disposable subscription;
    private volatile boolean stopped;
    private volatile boolean aborting;

    DeliveryLane(String name, MailQueue queue, int deliveryThreads, LaneScheduler scheduler, WaitingRoom waitingRoom,
                 SmtpDeliverer deliverer, MailetDestinationResolver resolver, AttemptOutcomes outcomes, Destinations destinations,
                 Duration attemptTimeout, ConnectionReuse reuse) {
        this.attemptTimeout = attemptTimeout;
        this.reuse = reuse;
        this.name = name;
        this.queue = queue;
        this.scheduler = scheduler;
        this.waitingRoom = waitingRoom;
        this.deliverer = deliverer;
        this.resolver = resolver;
        this.outcomes = outcomes;
        this.destinations = destinations;
        this.clock = destinations.clock();
        // The scheduler admits at most deliveryThreads attempts, plus the stuck ones it let go (detached); a thread
        // that finished its attempt may still be in its last steps when the next task comes: hence the margin.
        int maxThreads = 2 * deliveryThreads + LaneScheduler.maxDetached(deliveryThreads);
        this.workers = new ThreadPoolExecutor(deliveryThreads, maxThreads, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
            threads(name + "-delivery"));
        this.workers.allowCoreThreadTimeOut(true);
        this.intake = new ThreadPoolExecutor(INTAKE_THREADS, INTAKE_THREADS, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
            threads(name + "-intake"));
        this.intake.allowCoreThreadTimeOut(true);
        this.intakeScheduler = Schedulers.fromExecutorService(intake, name + "-intake");
        this.timer = new ScheduledThreadPoolExecutor(1, threads(name + "-timer"));
        this.timer.setRemoveOnCancelPolicy(true);
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Rebuilds the index from the waiting repository, then takes mail from the queue. */
    void start() {
        destinations.onRelease(releaseListener);
        timer.scheduleWithFixedDelay(this::watch, WATCH_EVERY_MILLIS, WATCH_EVERY_MILLIS, TimeUnit.MILLISECONDS);
        intake.execute(() -> {
            try {
                WaitingRoom.Rebuilt rebuilt = waitingRoom.rebuild(this::destinationOf);
                LOGGER.info("lane={} waitingRepository={} indexed {} waiting mail(s){}", name, waitingRoom.url(), rebuilt.indexed,
                    rebuilt.skipped == 0 ? "" : ", " + rebuilt.skipped + " unreadable left in place");
            } catch (Throwable e) {
                LOGGER.error("lane={} could not read its waitingRepository {}: mail waiting there is not delivered until the next start",
                    name, waitingRoom.url(), e);
            }
            drain();
            if (!stopped) {
                subscription = Flux.from(queue.deQueue())
                    .flatMap(item -> Mono.fromRunnable(() -> intake(item)).subscribeOn(intakeScheduler), INTAKE_THREADS)
                    .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)).maxBackoff(Duration.ofMinutes(1))
                        .doBeforeRetry(signal -> LOGGER.warn("lane={} lost its queue {}, subscribing again: {}", name,
                            queue.getName().asString(), signal.failure().toString())))
                    .subscribe();
            }
        });
    }

    /** A mail taken from the queue: started at once, or stored to wait; its item is acknowledged once it is kept. */
    private void intake(MailQueue.MailQueueItem item) {
        Mail mail = item.getMail();
        boolean started = false;
        try {
            DestinationKey destination = destinationOf(mail);
            Optional<LaneScheduler.Start> start = scheduler.admit(destination);
            if (start.isPresent()) {
                started = submit(start.get(), new QueueOrigin(item, start.get()));
                return;
            }
            try {
                waitingRoom.park(mail, destination, clock.instant());
            } catch (Throwable e) {
                String reason = "could not be stored in waitingRepository " + waitingRoom.url() + ": " + e;
                if (!outcomes.tryErrorRepository(mail, reason)) {
                    LOGGER.error("mail={} {}; nor in the error repository: left unacknowledged in queue {} until James restarts",
                        mail.getName(), reason, queue.getName().asString());
                    return;
                }
            }
            acknowledge(item);
        } catch (Throwable e) {
            LOGGER.error("mail={} lane={} intake failed: left unacknowledged in queue {}", mail.getName(), name, queue.getName().asString(), e);
        } finally {
            if (!started) {
                LifecycleUtil.dispose(mail);
            }
            drain();
        }
    }

    private void acknowledge(MailQueue.MailQueueItem item) {
        try {
            item.done(MailQueue.MailQueueItem.CompletionStatus.SUCCESS);
        } catch (Throwable e) {
            LOGGER.error("mail={} is kept by the lane but its item could not be acknowledged in queue {}: the queue may deliver it again",
                item.getMail().getName(), queue.getName().asString(), e);
        }
    }

    DestinationKey destinationOf(Mail mail) {
        String domain = domainOf(mail);
        try {
            return destinations.keyFor(domain);
        } catch (RuntimeException e) {
            LOGGER.warn("mail={} destination of {} could not be resolved, it waits under its domain: {}", mail.getName(), domain, e.toString());
            return DestinationKey.domain(domain);
        }
    }

    private static String domainOf(Mail mail) {
        return mail.getRecipients().iterator().next().getDomain().asString();
    }

    /** Stores {@code mail} (a copy) to wait for {@code destination} until {@code notBefore}. */
    void park(Mail mail, DestinationKey destination, Instant notBefore) throws MessagingException {
        waitingRoom.park(mail, destination, notBefore);
        drain();
    }

    private void released(DestinationKey destination) {
        scheduler.released(destination);
        drain();
    }

    /** Starts what may start now and arms the timer for what waits on time. Cheap, no I/O: any thread may call it. */
    void drain() {
        if (stopped) {
            return;
        }
        try {
            for (LaneScheduler.Start start : scheduler.drain()) {
                WaitingEntry entry = start.entry().orElseThrow();
                submit(start, new RepositoryOrigin(entry, start));
            }
        } catch (RuntimeException e) {
            LOGGER.error("lane={} scheduling failed", name, e);
        } finally {
            arm();
        }
    }

    private void arm() {
        Optional<Instant> next = scheduler.nextWakeUp();
        if (next.isEmpty()) {
            return;
        }
        synchronized (timerLock) {
            if (stopped || armed != null && !next.get().isBefore(armedFor)) {
                return;
            }
            if (armed != null) {
                armed.cancel(false);
            }
            armedFor = next.get();
            long nanos = Duration.between(clock.instant(), armedFor).toNanos();
            long millis = nanos <= 0 ? 0 : (nanos + 999_999) / 1_000_000;
            try {
                armed = timer.schedule(this::wakeUp, millis, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                armed = null;
                armedFor = null;
            }
        }
    }

    private void wakeUp() {
        // Disarmed before the run, so that the run (and anything else meanwhile) arms the next wake-up.
        synchronized (timerLock) {
            armed = null;
            armedFor = null;
        }
        drain();
    }

    /** When the timer will run the scheduler next (empty when nothing waits on time). */
    Optional<Instant> armedFor() {
        synchronized (timerLock) {
            return Optional.ofNullable(armedFor);
        }
    }

    private boolean submit(LaneScheduler.Start start, LaneOrigin origin) {
        try {
            workers.execute(() -> attempt(start, origin));
            return true;
        } catch (RejectedExecutionException e) {
            // Only while stopping: the mail stays where it is kept (unacknowledged item, or waiting repository).
            start.slot().release(SessionOutcome.NOT_STARTED);
            origin.finish();
            LOGGER.info("lane={} stopping: attempt not started, the mail stays in {}", name, origin.describe());
            return false;
        }
    }

    /** An attempt in flight, as the watchdog sees it. */
    private final class Running {
        final LaneScheduler.Start start;
        final AttemptHandle handle;
        final long startedNanos = System.nanoTime();
        volatile long lastReplyNanos = startedNanos;
        volatile boolean greeted;
        volatile boolean detached;

        Running(LaneScheduler.Start start) {
            this.start = start;
            this.handle = new AttemptHandle(clock, attemptTimeout);
        }
    }

    /**
     * Every {@value #WATCH_EVERY_MILLIS} ms: an attempt stuck on a silent receiver stops counting against the lane's
     * threads; an attempt past its {@code attemptTimeout} is stopped (its connection closed).
     */
    private void watch() {
        try {
            long now = System.nanoTime();
            boolean freed = false;
            for (Running attempt : running.values()) {
                if (!attempt.detached) {
                    boolean ungreeted = !attempt.greeted && now - attempt.startedNanos > GREETING_PATIENCE.toNanos();
                    boolean silent = now - attempt.lastReplyNanos > SILENCE_PATIENCE.toNanos();
                    if ((ungreeted || silent) && scheduler.detach(attempt.start)) {
                        attempt.detached = true;
                        freed = true;
                        LOGGER.debug("lane={} destination={} session {}: lets go of its thread budget", name,
                            attempt.start.slot().destination(), ungreeted ? "not greeted" : "silent");
                    }
                }
                if (!clock.instant().isBefore(attempt.handle.deadline()) && attempt.handle.abortReason().isEmpty()) {
                    attempt.handle.abort("no end within attemptTimeout=" + attemptTimeout + " (deadline)");
                }
            }
            if (freed) {
                drain();
            }
        } catch (RuntimeException e) {
            LOGGER.error("lane={} watchdog failed", name, e);
        }
    }

    private void attempt(LaneScheduler.Start start, LaneOrigin first) {
        Slot slot = start.slot();
        Running attempt = new Running(start);
        running.put(start, attempt);
        SessionOutcome session = SessionOutcome.NOT_STARTED;
        boolean released = false;
        SmtpDeliverer.Connection connection = null;
        Instant opened = clock.instant();
        try {
            Optional<Mail> loaded = load(first, slot.destination());
            if (loaded.isEmpty()) {
                return;
            }
            Mail mail = loaded.get();
            SmtpDeliverer.Delivery delivery = deliverFirst(mail, slot, first, attempt);
            session = combine(session, delivery.result());
            connection = delivery.connection().orElse(null);
            if (connection == null) {
                // The session is over: the slot is given back before the mail is handed on, so the window learns from
                // the refusal at once and the next session need not wait for the spool.
                released = true;
                slot.release(session);
            }
            settle(mail, delivery.result(), slot, 0, first);
            while (connection != null && connection.reusable() && !stopped
                && reuse.mayCarryAnother(connection.sent(), messagesPerSession(slot.destination()), opened, clock.instant())
                && scheduler.hasReady(slot.destination())
                && slot.keepOpen()
                && destinations.tryPaceNextMessage(slot.destination(), clock.instant())) {
                Optional<WaitingEntry> next = scheduler.takeNext(slot.destination());
                if (next.isEmpty()) {
                    break;
                }
                RepositoryOrigin origin = new RepositoryOrigin(next.get(), null);
                if (!connection.prepareNext()) {
                    origin.putBack();
                    break;
                }
                Optional<Mail> nextMail = load(origin, slot.destination());
                if (nextMail.isEmpty()) {
                    continue;
                }
                int earlier = connection.sent();
                AttemptResult result = send(connection, nextMail.get(), origin, slot);
                session = combine(session, result);
                settle(nextMail.get(), result, slot, earlier, origin);
                if (earlier > 0 && result.temporaryFailure().map(f -> ReplyHints.tooManyMessagesInSession(f.reply())).orElse(false)) {
                    destinations.limitMessagesPerSession(slot.destination(), earlier);
                }
            }
        } finally {
            if (connection != null) {
                connection.close();
            }
            if (!released) {
                slot.release(session);
            }
            running.remove(start);
            first.finish();
            drain();
        }
    }

    private int messagesPerSession(DestinationKey destination) {
        return destinations.messagesPerSession(destination).orElse(Integer.MAX_VALUE);
    }

    /** Reads the mail of {@code origin}; when it cannot, the origin keeps it for later (logged), and empty comes back. */
    private Optional<Mail> load(LaneOrigin origin, DestinationKey destination) {
        try {
            Optional<Mail> loaded = origin.load();
            if (loaded.isEmpty()) {
                LOGGER.warn("lane={} waiting mail {} is no longer in {}: nothing to deliver", name, origin.id(), origin.describe());
                origin.finish();
            }
            return loaded;
        } catch (Throwable e) {
            LOGGER.error("lane={} mail {} could not be read from {}: tried again in {}", name, origin.id(), origin.describe(), UNREADABLE_RETRY, e);
            origin.retryLater(destination);
            return Optional.empty();
        }
    }

    private SmtpDeliverer.Delivery deliverFirst(Mail mail, Slot slot, LaneOrigin origin, Running attempt) {
        try {
            List<DeliveryTarget> targets;
            try {
                targets = resolver.targetsFor(domainOf(mail));
            } catch (MailetDestinationResolver.NoMailServerException e) {
                // RemoteDelivery bounces such mail at once: no later attempt can find a server that does not exist.
                // The outcome's log line (AttemptOutcomes) carries the reason: one line per mail.
                return new SmtpDeliverer.Delivery(AttemptResult.permanent(List.copyOf(mail.getRecipients()),
                    AttemptResult.Failure.local("550 5.1.2 " + e.getMessage())), Optional.empty());
            } catch (TemporaryResolutionException | RuntimeException e) {
                // A DNS failure is a temporary failure like any other: the mail waits its retry delay. The deferral's
                // log line (AttemptOutcomes) carries the cause: one line per mail, no stack trace.
                LOGGER.debug("mail={} domain={}: mail servers could not be looked up now", mail.getName(), domainOf(mail), e);
                return new SmtpDeliverer.Delivery(AttemptResult.temporary(List.copyOf(mail.getRecipients()),
                    AttemptResult.Failure.local("451 4.4.3 Temporary DNS failure looking up the mail servers of " + domainOf(mail)
                        + ": " + Texts.sanitize(String.valueOf(e.getMessage()), 200, false))),
                    Optional.empty());
            }
            return deliverer.deliver(mail, targets, new SmtpDeliverer.SessionListener() {
                @Override
                public void greeted() {
                    attempt.greeted = true;
                    slot.greeted();
                }

                @Override
                public void closedByServer() {
                    slot.closedByServer();
                }

                @Override
                public void replied() {
                    attempt.lastReplyNanos = System.nanoTime();
                }
            }, attempt.handle, () -> {
                slot.delivered();
                origin.acceptedWhole(mail);
            });
        } catch (Throwable e) {
            return new SmtpDeliverer.Delivery(internalFailure(mail, e), Optional.empty());
        }
    }

    private AttemptResult send(SmtpDeliverer.Connection connection, Mail mail, LaneOrigin origin, Slot slot) {
        try {
            return connection.send(mail, () -> {
                slot.delivered();
                origin.acceptedWhole(mail);
            });
        } catch (Throwable e) {
            return internalFailure(mail, e);
        }
    }

    /**
     * Whatever an attempt throws, an Error included, the mail is settled like a temporary failure: it takes its retry
     * schedule and, if the failure persists, expires with a DSN. Never lost, never spun.
     */
    private AttemptResult internalFailure(Mail mail, Throwable e) {
        LOGGER.error("mail={} delivery attempt failed unexpectedly", mail.getName(), e);
        return AttemptResult.temporary(List.copyOf(mail.getRecipients()), AttemptResult.Failure.local("internal error: " + e));
    }

    /** Settles one mail of the session; any failure to do so keeps the mail where its origin keeps it. */
    private void settle(Mail mail, AttemptResult result, Slot slot, int earlierOnSession, LaneOrigin origin) {
        try {
            if (aborting && abortedByStop(result)) {
                origin.keepForRestart(mail, slot.destination());
            } else {
                outcomes.settle(mail, result, slot, earlierOnSession, origin);
            }
        } catch (Throwable e) {
            origin.settleFailed(mail, slot.destination(), e);
        } finally {
            origin.finish();
            LifecycleUtil.dispose(mail);
        }
    }

    /** What a session says, all its mails taken together: feedback about the destination outweighs a delivery. */
    private SessionOutcome combine(SessionOutcome sofar, AttemptResult result) {
        SessionOutcome latest = aborting && abortedByStop(result) ? SessionOutcome.NOT_STARTED : sessionOutcome(result);
        List<SessionOutcome> precedence = List.of(SessionOutcome.REPUTATION, SessionOutcome.CONNECTION_LIMIT, SessionOutcome.RATE_LIMIT,
            SessionOutcome.DELIVERED, SessionOutcome.UNAVAILABLE, SessionOutcome.OTHER_FAILURE, SessionOutcome.NOT_STARTED);
        return precedence.indexOf(latest) < precedence.indexOf(sofar) ? latest : sofar;
    }

    private SessionOutcome sessionOutcome(AttemptResult result) {
        try {
            return result == null ? SessionOutcome.OTHER_FAILURE : outcomes.sessionOutcome(result);
        } catch (RuntimeException e) {
            LOGGER.error("lane={} could not judge a session's outcome", name, e);
            return SessionOutcome.OTHER_FAILURE;
        }
    }

    /** A session we closed ourselves to stop: it failed without the receiver saying anything. */
    private static boolean abortedByStop(AttemptResult result) {
        return result.delivered().isEmpty() && result.permanent().isEmpty()
            && result.temporaryFailure().map(failure -> failure.reply().basicCode().isEmpty()).orElse(false);
    }

    /** Where the mail of one attempt is kept, and how it is let go (once: {@link #finish()} is idempotent). */
    private abstract class LaneOrigin implements AttemptOrigin {
        final LaneScheduler.Start start;
        private final AtomicBoolean finished = new AtomicBoolean();

        LaneOrigin(LaneScheduler.Start start) {
            this.start = start;
        }

        abstract String id();

        abstract Optional<Mail> load() throws MessagingException;

        /** The mail could not be read: it stays where it is and is tried again later. */
        abstract void retryLater(DestinationKey destination);

        /** The lane stopped the session: the mail waits, unchanged, for the next start. */
        abstract void keepForRestart(Mail mail, DestinationKey destination);

        /** The origin is done with its mail (idempotent); the first origin of an attempt also frees the lane thread. */
        final void finish() {
            if (finished.compareAndSet(false, true)) {
                if (start != null) {
                    scheduler.finished(start);
                } else {
                    scheduler.forget(id());
                }
            }
        }

        /**
         * Settling failed on a bug of ours: the mail as it was loaded goes to the error repository, with the reason,
         * for the operator to look at; if even that fails, it stays where it is kept.
         */
        void settleFailed(Mail mail, DestinationKey destination, Throwable e) {
            String reason = "could not be settled after its attempt: " + e;
            LOGGER.error("mail={} lane={} {}", mail.getName(), name, reason, e);
            if (outcomes.tryErrorRepository(mail, reason)) {
                letGo();
            } else {
                LOGGER.error("mail={} stays in {}", mail.getName(), describe());
            }
        }

        /** The mail is kept elsewhere now: the origin forgets it. */
        abstract void letGo();

        /**
         * The receiver accepted every recipient; the session is not closed yet. Settling now, not after QUIT, means a
         * crash can repeat only the sessions in flight, never one that ended.
         */
        final void acceptedWhole(Mail mail) {
            try {
                recipientsSettled(mail, List.of());
            } catch (Throwable e) {
                LOGGER.warn("mail={} delivered, but {} could not forget it yet (tried again once the session ends): {}",
                    mail.getName(), describe(), e.toString());
            }
        }
    }

    /** A dequeued item started at once: unacknowledged until its attempt is settled. */
    private final class QueueOrigin extends LaneOrigin {
        private final MailQueue.MailQueueItem item;

        QueueOrigin(MailQueue.MailQueueItem item, LaneScheduler.Start start) {
            super(start);
            this.item = item;
        }

        @Override
        String id() {
            return item.getMail().getName();
        }

        @Override
        Optional<Mail> load() {
            return Optional.of(item.getMail());
        }

        @Override
        public void recipientsSettled(Mail mail, List<MailAddress> remaining) {
            // The item is acknowledged at the end of the settlement; until then a crash redelivers it whole (a
            // duplicate of a session in flight, which no sender can avoid).
        }

        @Override
        public void settled() {
            acknowledge(item);
            finish();
        }

        @Override
        void retryLater(DestinationKey destination) {
            finish();
        }

        @Override
        void keepForRestart(Mail mail, DestinationKey destination) {
            try {
                waitingRoom.park(mail, destination, clock.instant());
                acknowledge(item);
            } catch (Throwable e) {
                LOGGER.error("mail={} lane={} stopping: could not be stored to wait, left unacknowledged in queue {}", mail.getName(),
                    name, queue.getName().asString(), e);
            }
        }

        @Override
        void letGo() {
            acknowledge(item);
        }

        @Override
        public String describe() {
            return "queue " + queue.getName().asString();
        }
    }

    /** A mail of the waiting repository: its stored copy goes once everything it produced is kept elsewhere. */
    private final class RepositoryOrigin extends LaneOrigin {
        private final WaitingEntry entry;
        /** The stored copy's generation when this attempt took it: its end removes that copy only. */
        private final long generation;

        RepositoryOrigin(WaitingEntry entry, LaneScheduler.Start start) {
            super(start);
            this.entry = entry;
            this.generation = waitingRoom.generation(entry.id());
        }

        @Override
        String id() {
            return entry.id();
        }

        @Override
        Optional<Mail> load() throws MessagingException {
            return waitingRoom.load(entry.id());
        }

        @Override
        public void recipientsSettled(Mail mail, List<MailAddress> remaining) throws MessagingException {
            if (remaining.isEmpty()) {
                // Idempotent: may come from the session (acceptedWhole) and again from the settlement.
                waitingRoom.remove(entry.id());
                return;
            }
            Mail rest = mail.duplicate();
            try {
                rest.setName(mail.getName());
                rest.setRecipients(remaining);
                waitingRoom.replace(rest);
            } finally {
                LifecycleUtil.dispose(rest);
            }
        }

        @Override
        public void settled() throws MessagingException {
            waitingRoom.settled(entry.id(), generation, this::finish);
        }

        @Override
        void retryLater(DestinationKey destination) {
            scheduler.park(new WaitingEntry(entry.id(), destination, clock.instant().plus(UNREADABLE_RETRY)));
            finish();
        }

        /** Taken for an open session that turned out gone: the mail waits, ready, for the next slot. */
        void putBack() {
            scheduler.park(entry);
            finish();
        }

        @Override
        void keepForRestart(Mail mail, DestinationKey destination) {
            // The stored copy stays as it was; the next start indexes it again.
        }

        @Override
        void letGo() {
            try {
                waitingRoom.settled(entry.id(), generation, this::finish);
            } catch (Throwable e) {
                LOGGER.error("mail={} is in the error repository but could not be removed from {}", entry.id(), describe(), e);
            }
        }

        @Override
        public String describe() {
            return "waitingRepository " + waitingRoom.url();
        }
    }

    /** Makes every mail waiting for {@code destination} ready now; returns how many were waiting for their time. */
    int retryNow(DestinationKey destination) {
        int moved = scheduler.retryNow(destination);
        drain();
        return moved;
    }

    int retryAll() {
        int moved = scheduler.retryAll();
        drain();
        return moved;
    }

    String name() {
        return name;
    }

    String waitingRepository() {
        return waitingRoom.url();
    }

    LaneScheduler scheduler() {
        return scheduler;
    }

    /**
     * Stops: takes no more mail, starts nothing, lets sessions in flight end for {@link #STOP_GRACE}, then closes
     * their connections; their mail waits in the repository (or its queue item) and is tried again at the next start.
     */
    void dispose() {
        stopped = true;
        scheduler.stop();
        destinations.removeReleaseListener(releaseListener);
        if (subscription != null) {
            subscription.dispose();
        }
        synchronized (timerLock) {
            if (armed != null) {
                armed.cancel(false);
            }
        }
        timer.shutdownNow();
        intake.shutdown();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                aborting = true;
                int aborted = deliverer.abortSessions();
                LOGGER.warn("lane={} stopping: closed {} session(s) still running after {}; their mail waits for the next start",
                    name, aborted, STOP_GRACE);
                if (!workers.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOGGER.error("lane={} stopping: {} attempt(s) did not end; their mail stays in the queue or the waiting repository",
                        name, workers.getActiveCount());
                    workers.shutdownNow();
                }
            }
            intake.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            intake.shutdownNow();
            intakeScheduler.dispose();
            destinations.save();
        }
    }
}
