package dev.pacer.mailets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import javax.mail.MessagingException;

import org.apache.james.lifecycle.api.LifecycleUtil;
import org.apache.james.mailrepository.api.MailKey;
import org.apache.james.mailrepository.api.MailRepository;
import org.apache.mailet.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.pacer.core.PacerAttributes;
import dev.pacer.core.throttle.DestinationKey;
import dev.pacer.core.throttle.LaneScheduler;
import dev.pacer.core.throttle.WaitingEntry;

/**
 * Where a lane's mail waits: a James MailRepository owned by the lane ({@code waitingRepository}), which keeps the
 * mail durably (on disk for {@code file://}, in the distributed store for {@code cassandra://}), and the lane's
 * {@link LaneScheduler}, which keeps only an index entry per mail in memory (Postfix's deferred queue on disk and its
 * queue manager's in-memory index). The repository key is the mail's name.
 *
 * <p>Storing and indexing a mail, and removing a mail once settled, hold a lock per key, so that a mail handed to
 * a processor and coming back (parked again under its name) is never removed by the end of the attempt that handed
 * it on, and the index rebuilt at start never takes a mail that is being delivered.
 *
 * <p>Each store of a waiting mail under its name counts a generation: an attempt remembers the generation it took,
 * and its end removes the stored copy only while no later store happened. A mail parked again by its own attempt
 * (a refusal that spent no retry, ready at once) may be taken by another attempt before the first one ends; the
 * first one's end must not remove the copy the second is about to read.
 */
final class WaitingRoom {
    private static final Logger LOGGER = LoggerFactory.getLogger(WaitingRoom.class);
    private static final int STRIPES = 64;
    /** A retry time further away than this, read back from the repository, is not believed. */
    static final Duration LONGEST_BELIEVABLE_WAIT = Duration.ofDays(400);

    private final MailRepository repository;
    private final String url;
    private final LaneScheduler scheduler;
    private final Clock clock;
    private final Object[] locks = new Object[STRIPES];
    /** Stores of each waiting mail since it was last removed; only mails stored and not yet removed are here. */
    private final Map<String, Long> generations = new ConcurrentHashMap<>();

    WaitingRoom(MailRepository repository, String url, LaneScheduler scheduler, Clock clock) {
        this.repository = repository;
        this.url = url;
        this.scheduler = scheduler;
        this.clock = clock;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    private Object lock(String id) {
        return locks[Math.floorMod(id.hashCode(), STRIPES)];
    }

    String url() {
        return url;
    }

    /**
     * Stores {@code mail} (a copy: the caller still owns and disposes the object) to wait for {@code destination}
     * until {@code notBefore}, then indexes it. When this returns, the mail is durable; when it throws, nothing was
     * indexed.
     */
    void park(Mail mail, DestinationKey destination, Instant notBefore) throws MessagingException {
        MailAttributes.set(mail, PacerAttributes.DESTINATION, destination.value());
        MailAttributes.set(mail, PacerAttributes.NEXT_ATTEMPT, notBefore.toString());
        String id = mail.getName();
        synchronized (lock(id)) {
            repository.store(mail);
            generations.merge(id, 1L, Long::sum);
            scheduler.park(new WaitingEntry(id, destination, notBefore));
        }
    }

    /**
     * The generation of waiting mail {@code id}, as an attempt that takes it remembers it: read after the mail was
     * taken from the index, under the key's lock, so that a store and its indexing are seen together.
     */
    long generation(String id) {
        synchronized (lock(id)) {
            return generations.getOrDefault(id, 0L);
        }
    }

    /** The waiting mail {@code id}, or empty when it is no longer in the repository. */
    Optional<Mail> load(String id) throws MessagingException {
        return Optional.ofNullable(repository.retrieve(new MailKey(id)));
    }

    /**
     * Replaces the stored copy of a mail being delivered (its name is its key), e.g. with the recipients still to
     * deliver once the others were accepted.
     */
    void replace(Mail mail) throws MessagingException {
        repository.store(mail);
    }

    /** Removes the stored copy of a mail being delivered whose every recipient is settled. */
    void remove(String id) throws MessagingException {
        repository.remove(new MailKey(id));
    }

    /**
     * The attempt of waiting mail {@code id} is over and everything it produced was handed on: the stored copy goes,
     * unless the mail was parked again meanwhile (a retry under the same name); then {@code finishAttempt} runs, under
     * the same lock, so that a rebuild never sees the mail neither waiting nor in flight while it is still stored. Nor
     * does it go when it was stored again since {@code generation}, the one this attempt took: a later attempt owns it.
     */
    void settled(String id, long generation, Runnable finishAttempt) throws MessagingException {
        synchronized (lock(id)) {
            try {
                if (!scheduler.isWaiting(id) && generations.getOrDefault(id, 0L) == generation) {
                    repository.remove(new MailKey(id));
                    generations.remove(id);
                } else if (!scheduler.isWaiting(id)) {
                    LOGGER.debug("mail={} was stored again (generation {} after {}): its later attempt settles it", id,
                        generations.getOrDefault(id, 0L), generation);
                }
            } finally {
                finishAttempt.run();
            }
        }
    }

    /** How the index was rebuilt from the repository. */
    static final class Rebuilt {
        final int indexed;
        final int skipped;

        Rebuilt(int indexed, int skipped) {
            this.indexed = indexed;
            this.skipped = skipped;
        }
    }

    /**
     * Indexes every mail of the repository the scheduler does not know yet (at start: what waited when James
     * stopped). A mail without a readable destination gets one from {@code destinationOf}; one without a believable
     * retry time waits until now. An unreadable mail is left in the repository and logged.
     */
    Rebuilt rebuild(Function<Mail, DestinationKey> destinationOf) throws MessagingException {
        int indexed = 0;
        int skipped = 0;
        Iterator<MailKey> keys = repository.list();
        while (keys.hasNext()) {
            String id = keys.next().asString();
            synchronized (lock(id)) {
                if (scheduler.knows(id)) {
                    continue;
                }
                Mail mail;
                try {
                    mail = repository.retrieve(new MailKey(id));
                } catch (MessagingException | RuntimeException e) {
                    LOGGER.error("waitingRepository={} mail={} cannot be read and stays where it is: {}", url, id, e.toString());
                    skipped++;
                    continue;
                }
                if (mail == null) {
                    continue;
                }
                try {
                    DestinationKey destination = MailAttributes.string(mail, PacerAttributes.DESTINATION)
                        .flatMap(WaitingRoom::parseKey)
                        .orElseGet(() -> destinationOf.apply(mail));
                    scheduler.park(new WaitingEntry(id, destination, notBefore(mail)));
                    indexed++;
                } catch (RuntimeException e) {
                    LOGGER.error("waitingRepository={} mail={} cannot be indexed and stays where it is: {}", url, id, e.toString());
                    skipped++;
                } finally {
                    LifecycleUtil.dispose(mail);
                }
            }
        }
        return new Rebuilt(indexed, skipped);
    }

    private Instant notBefore(Mail mail) {
        Instant now = clock.instant();
        Optional<String> value = MailAttributes.string(mail, PacerAttributes.NEXT_ATTEMPT);
        if (value.isEmpty()) {
            return now;
        }
        try {
            Instant stored = Instant.parse(value.get());
            if (stored.isAfter(now.plus(LONGEST_BELIEVABLE_WAIT))) {
                LOGGER.warn("waitingRepository={} mail={} has {}={}, more than {} days away: retried now", url, mail.getName(),
                    PacerAttributes.NEXT_ATTEMPT, value.get(), LONGEST_BELIEVABLE_WAIT.toDays());
                return now;
            }
            return stored;
        } catch (DateTimeParseException e) {
            LOGGER.warn("waitingRepository={} mail={} has an unreadable {}='{}': retried now", url, mail.getName(),
                PacerAttributes.NEXT_ATTEMPT, value.get());
            return now;
        }
    }

    private static Optional<DestinationKey> parseKey(String value) {
        try {
            return Optional.of(DestinationKey.parse(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
