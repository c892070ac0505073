package dev.pacer.core.throttle;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides, for one delivery lane, which waiting mail starts a session next: at most {@code deliveryThreads}
 * attempts at once in the lane, at most each destination's window (shared by every lane, through
 * {@link DestinationSlots}), no earlier than the destination's pacing and each mail's own retry time allow.
 *
 * <p>The model is Postfix's queue manager and KumoMTA's two queues: per destination, mail waiting for its time
 * (<em>scheduled</em>, ordered by time) is kept apart from mail whose time has come and which waits for a slot
 * (<em>ready</em>, first in first out). Destinations with ready mail take turns (round robin), so one busy destination
 * cannot starve the others. Every wait is an entry in a structure, never a thread or a scan:
 * <ul>
 *   <li>a destination blocked by its window waits for {@link #released} (a session of any lane ended, or an operator
 *       widened the window);</li>
 *   <li>a destination blocked by pacing, and the earliest scheduled mail of each destination, are wake-ups in one
 *       time-ordered set: {@link #nextWakeUp()} is its first element and {@link #drain()} pops what is due.</li>
 * </ul>
 * So the cost of an event grows with the log of the number of destinations and waiting mails, not with their number.
 * Mail that can start at once when it arrives ({@link #admit}) never enters the index.
 *
 * <p>Thread-safe: every method is synchronized and does no I/O; the lane does the I/O with what it returns.
 */
public final class LaneScheduler {
    /** A session to run now: the waiting mail (empty for mail admitted on arrival) and its slot. */
    public static final class Start {
        private final Optional<WaitingEntry> entry;
        private final Slot slot;

        Start(Optional<WaitingEntry> entry, Slot slot) {
            this.entry = entry;
            this.slot = slot;
        }

        public Optional<WaitingEntry> entry() {
            return entry;
        }

        public Slot slot() {
            return slot;
        }
    }

    /** What waits for one destination in this lane, for operators. */
    public static final class DestinationView {
        private final DestinationKey destination;
        private final int ready;
        private final int scheduled;
        private final Optional<Instant> nextAttempt;
        private final String waitingFor;

        DestinationView(DestinationKey destination, int ready, int scheduled, Optional<Instant> nextAttempt, String waitingFor) {
            this.destination = destination;
            this.ready = ready;
            this.scheduled = scheduled;
            this.nextAttempt = nextAttempt;
            this.waitingFor = waitingFor;
        }

        public DestinationKey destination() {
            return destination;
        }

        /** Mails whose time has come, waiting for a slot. */
        public int ready() {
            return ready;
        }

        /** Mails waiting for their retry time. */
        public int scheduled() {
            return scheduled;
        }

        public int waiting() {
            return ready + scheduled;
        }

        /** When the next of them may start: the pacing or the earliest retry time; empty when ready now. */
        public Optional<Instant> nextAttempt() {
            return nextAttempt;
        }

        /** {@code slot} (window full), {@code pacing}, {@code thread} (lane busy) or {@code time} (retry times). */
        public String waitingFor() {
            return waitingFor;
        }
    }

    /** A waiting mail in the index, with the order in which it arrived. */
    private static final class Pending {
        final WaitingEntry entry;
        final long order;
        boolean ready;

        Pending(WaitingEntry entry, long order) {
            this.entry = entry;
            this.order = order;
        }
    }

    private static final Comparator<Pending> BY_TIME = Comparator.<Pending, Instant>comparing(p -> p.entry.notBefore())
        .thenComparingLong(p -> p.order);

    /** A time at which a destination needs attention: its earliest scheduled mail is due, or its pacing ends. */
    private static final class WakeUp {
        final Instant at;
        final long order;
        final DestinationQueue queue;
        final boolean pacing;

        WakeUp(Instant at, long order, DestinationQueue queue, boolean pacing) {
            this.at = at;
            this.order = order;
            this.queue = queue;
            this.pacing = pacing;
        }
    }

    private static final Comparator<WakeUp> WAKE_UP_ORDER = Comparator.<WakeUp, Instant>comparing(w -> w.at)
        .thenComparingLong(w -> w.order);

    /** One destination's waiting mail in this lane (Postfix's qmgr_queue). */
    private static final class DestinationQueue {
        final DestinationKey key;
        final ArrayDeque<Pending> ready = new ArrayDeque<>();
        final TreeSet<Pending> scheduled = new TreeSet<>(BY_TIME);
        WakeUp dueWakeUp;
        WakeUp pacingWakeUp;
        boolean blockedByWindow;

        DestinationQueue(DestinationKey key) {
            this.key = key;
        }

        boolean isEmpty() {
            return ready.isEmpty() && scheduled.isEmpty();
        }
    }

    private final DestinationSlots slots;
    private final WindowPolicy policy;
    private final int deliveryThreads;
    private final Map<String, Pending> byId = new HashMap<>();
    /**
     * Attempts holding each mail started from the index: a mail parked again by its own attempt may be taken by a second
     * attempt before the first one is finished, so one id can be held twice.
     */
    private final Map<String, Integer> inFlight = new HashMap<>();
    private final Set<Start> detached = new HashSet<>();
    private final int maxDetached;
    private final Map<DestinationKey, DestinationQueue> queues = new HashMap<>();
    private final LinkedHashSet<DestinationKey> runnable = new LinkedHashSet<>();
    private final TreeSet<WakeUp> wakeUps = new TreeSet<>(WAKE_UP_ORDER);
    private long order;
    private int running;
    private boolean stopped;

    public LaneScheduler(DestinationSlots slots, WindowPolicy policy, int deliveryThreads) {
        if (deliveryThreads < 1) {
            throw new IllegalArgumentException("deliveryThreads must be >= 1, got " + deliveryThreads);
        }
        this.slots = slots;
        this.policy = policy;
        this.deliveryThreads = deliveryThreads;
        this.maxDetached = maxDetached(deliveryThreads);
    }

    /**
     * How many stuck attempts a lane lets go of its {@code deliveryThreads} at most (see {@link #detach}): the lane's
     * threads are at most {@code deliveryThreads} plus this.
     */
    public static int maxDetached(int deliveryThreads) {
        return 2 * deliveryThreads;
    }

    /**
     * A mail arriving for {@code destination} starts at once if the lane has a free thread, no mail of that
     * destination is ready before it, and the destination has a free slot; otherwise the caller parks it.
     */
    public synchronized Optional<Start> admit(DestinationKey destination) {
        if (stopped || running >= deliveryThreads) {
            return Optional.empty();
        }
        DestinationQueue queue = queues.get(destination);
        if (queue != null && !queue.ready.isEmpty()) {
            return Optional.empty();
        }
        Optional<Slot> slot = slots.tryAcquire(destination, policy, slots.clock().instant());
        if (slot.isEmpty()) {
            return Optional.empty();
        }
        running++;
        return Optional.of(new Start(Optional.empty(), slot.get()));
    }

    /**
     * Indexes a waiting mail (stored by the caller); an entry with the same id is replaced. It becomes ready at its
     * {@code notBefore}; call {@link #drain()} afterwards.
     */
    public synchronized void park(WaitingEntry entry) {
        Pending previous = byId.remove(entry.id());
        if (previous != null) {
            unindex(previous);
        }
        Pending pending = new Pending(entry, order++);
        byId.put(entry.id(), pending);
        DestinationQueue queue = queues.computeIfAbsent(entry.destination(), DestinationQueue::new);
        if (entry.notBefore().isAfter(slots.clock().instant())) {
            queue.scheduled.add(pending);
            refreshDueWakeUp(queue);
        } else {
            pending.ready = true;
            queue.ready.addLast(pending);
            makeRunnable(queue);
        }
    }

    /** The sessions to start now, destinations taken in turn; each holds a lane thread until {@link #finished()}. */
    public synchronized List<Start> drain() {
        if (stopped) {
            return List.of();
        }
        Instant now = slots.clock().instant();
        while (!wakeUps.isEmpty() && !wakeUps.first().at.isAfter(now)) {
            WakeUp due = wakeUps.pollFirst();
            DestinationQueue queue = due.queue;
            if (due.pacing) {
                queue.pacingWakeUp = null;
            } else {
                queue.dueWakeUp = null;
                while (!queue.scheduled.isEmpty() && !queue.scheduled.first().entry.notBefore().isAfter(now)) {
                    Pending pending = queue.scheduled.pollFirst();
                    pending.ready = true;
                    queue.ready.addLast(pending);
                }
                refreshDueWakeUp(queue);
            }
            makeRunnable(queue);
        }
        List<Start> starts = new ArrayList<>();
        while (running < deliveryThreads && !runnable.isEmpty()) {
            Iterator<DestinationKey> first = runnable.iterator();
            DestinationKey key = first.next();
            first.remove();
            DestinationQueue queue = queues.get(key);
            if (queue == null || queue.ready.isEmpty()) {
                continue;
            }
            Optional<Slot> slot = slots.tryAcquire(key, policy, now);
            if (slot.isPresent()) {
                Pending pending = queue.ready.pollFirst();
                byId.remove(pending.entry.id());
                inFlight.merge(pending.entry.id(), 1, Integer::sum);
                running++;
                starts.add(new Start(Optional.of(pending.entry), slot.get()));
                // Round robin: a destination just served goes to the back of the line.
                makeRunnable(queue);
                forgetIfEmpty(queue);
                continue;
            }
            Instant nextStart = slots.nextStartAt(key);
            if (nextStart.isAfter(now)) {
                queue.pacingWakeUp = new WakeUp(nextStart, order++, queue, true);
                wakeUps.add(queue.pacingWakeUp);
            } else {
                queue.blockedByWindow = true;
            }
        }
        return starts;
    }

    /** A slot of {@code destination} is free again (any lane's session ended, or an operator acted). */
    public synchronized void released(DestinationKey destination) {
        DestinationQueue queue = queues.get(destination);
        if (queue != null && queue.blockedByWindow) {
            queue.blockedByWindow = false;
            makeRunnable(queue);
        }
    }

    /** {@code start}, returned by {@link #admit} or {@link #drain()}, is over: its lane thread is free. */
    public synchronized void finished(Start start) {
        if (detached.remove(start)) {
            start.entry.ifPresent(entry -> letGo(entry.id()));
            return;
        }
        if (running <= 0) {
            throw new IllegalStateException("finished() without a running attempt (running=" + running + ")");
        }
        running--;
        start.entry.ifPresent(entry -> letGo(entry.id()));
    }

    /**
     * {@code start} is stuck on a receiver that does not answer (a blackhole, a tarpit): it stops counting against
     * {@code deliveryThreads}, so that other destinations' ready mail is not held back by it. Its slot stays taken
     * (the destination's window still bounds such sessions), its thread goes on until the attempt's deadline. At most
     * {@link #maxDetached} at once; returns false when none more may go.
     */
    public synchronized boolean detach(Start start) {
        if (detached.size() >= maxDetached || detached.contains(start) || running <= 0) {
            return false;
        }
        detached.add(start);
        running--;
        return true;
    }

    /**
     * Takes the next ready mail of {@code destination} to go on a session already open to it (connection reuse):
     * no slot and no thread is taken. Empty when none is ready.
     */
    public synchronized Optional<WaitingEntry> takeNext(DestinationKey destination) {
        DestinationQueue queue = queues.get(destination);
        if (stopped || queue == null || queue.ready.isEmpty()) {
            return Optional.empty();
        }
        Pending pending = queue.ready.pollFirst();
        byId.remove(pending.entry.id());
        inFlight.merge(pending.entry.id(), 1, Integer::sum);
        forgetIfEmpty(queue);
        return Optional.of(pending.entry);
    }

    /** True when mail of {@code destination} is ready, waiting for a slot. */
    public synchronized boolean hasReady(DestinationKey destination) {
        DestinationQueue queue = queues.get(destination);
        return queue != null && !queue.ready.isEmpty();
    }

    /** Mail {@code id}, taken by {@link #takeNext}, is settled. */
    public synchronized void forget(String id) {
        letGo(id);
    }

    private void letGo(String id) {
        inFlight.computeIfPresent(id, (held, attempts) -> attempts > 1 ? attempts - 1 : null);
    }

    /** When {@link #drain()} must run next for mail waiting on time or pacing; empty when nothing waits on time. */
    public synchronized Optional<Instant> nextWakeUp() {
        return wakeUps.isEmpty() ? Optional.empty() : Optional.of(wakeUps.first().at);
    }

    /** Makes every scheduled mail of {@code destination} ready now (Postfix's {@code postqueue -s}); returns how many. */
    public synchronized int retryNow(DestinationKey destination) {
        DestinationQueue queue = queues.get(destination);
        return queue == null ? 0 : readyAll(queue);
    }

    /** Makes every scheduled mail ready now (Postfix's {@code postqueue -f}); returns how many. */
    public synchronized int retryAll() {
        int moved = 0;
        for (DestinationQueue queue : queues.values()) {
            moved += readyAll(queue);
        }
        return moved;
    }

    private int readyAll(DestinationQueue queue) {
        int moved = queue.scheduled.size();
        for (Pending pending : queue.scheduled) {
            pending.ready = true;
            queue.ready.addLast(pending);
        }
        queue.scheduled.clear();
        refreshDueWakeUp(queue);
        makeRunnable(queue);
        return moved;
    }

    /** True when mail {@code id} waits in the index (not started, not removed). */
    public synchronized boolean isWaiting(String id) {
        return byId.containsKey(id);
    }

    /** True when mail {@code id} waits or is being delivered (started from the index and not yet finished). */
    public synchronized boolean knows(String id) {
        return byId.containsKey(id) || inFlight.containsKey(id);
    }

    /** Removes a waiting mail from the index (e.g. it vanished from the repository); true if it was there. */
    public synchronized boolean remove(String id) {
        Pending pending = byId.remove(id);
        if (pending == null) {
            return false;
        }
        unindex(pending);
        return true;
    }

    /** Mails waiting in this lane. */
    public synchronized int waiting() {
        return byId.size();
    }

    /** Attempts running in this lane and counting against {@code deliveryThreads}. */
    public synchronized int running() {
        return running;
    }

    /** Attempts let go of the thread budget because their receiver does not answer. */
    public synchronized int detached() {
        return detached.size();
    }

    public synchronized Optional<DestinationView> view(DestinationKey destination) {
        return Optional.ofNullable(queues.get(destination)).map(this::view);
    }

    /** Every destination with waiting mail, most waiting first, at most {@code limit}. */
    public synchronized List<DestinationView> views(int limit) {
        List<DestinationView> views = new ArrayList<>();
        for (DestinationQueue queue : queues.values()) {
            views.add(view(queue));
        }
        views.sort(Comparator.comparingInt(DestinationView::waiting).reversed().thenComparing(DestinationView::destination));
        return views.size() > limit ? List.copyOf(views.subList(0, limit)) : views;
    }

    private DestinationView view(DestinationQueue queue) {
        Optional<Instant> next;
        String waitingFor;
        if (!queue.ready.isEmpty()) {
            next = queue.pacingWakeUp == null ? Optional.empty() : Optional.of(queue.pacingWakeUp.at);
            waitingFor = queue.pacingWakeUp != null ? "pacing" : queue.blockedByWindow ? "slot" : "thread";
        } else {
            next = queue.scheduled.isEmpty() ? Optional.empty() : Optional.of(queue.scheduled.first().entry.notBefore());
            waitingFor = "time";
        }
        return new DestinationView(queue.key, queue.ready.size(), queue.scheduled.size(), next, waitingFor);
    }

    /** Stops starting anything: {@link #admit} and {@link #drain()} return nothing from now on. */
    public synchronized void stop() {
        stopped = true;
    }

    private void makeRunnable(DestinationQueue queue) {
        if (!queue.ready.isEmpty() && !queue.blockedByWindow && queue.pacingWakeUp == null) {
            runnable.add(queue.key);
        }
    }

    private void refreshDueWakeUp(DestinationQueue queue) {
        Instant first = queue.scheduled.isEmpty() ? null : queue.scheduled.first().entry.notBefore();
        if (queue.dueWakeUp != null && (first == null || !queue.dueWakeUp.at.equals(first))) {
            wakeUps.remove(queue.dueWakeUp);
            queue.dueWakeUp = null;
        }
        if (first != null && queue.dueWakeUp == null) {
            queue.dueWakeUp = new WakeUp(first, order++, queue, false);
            wakeUps.add(queue.dueWakeUp);
        }
    }

    private void unindex(Pending pending) {
        DestinationQueue queue = queues.get(pending.entry.destination());
        if (queue == null) {
            return;
        }
        if (pending.ready) {
            queue.ready.remove(pending);
        } else {
            queue.scheduled.remove(pending);
            refreshDueWakeUp(queue);
        }
        forgetIfEmpty(queue);
    }

    /** A destination with nothing waiting leaves the index, so memory follows what waits, not what was ever seen. */
    private void forgetIfEmpty(DestinationQueue queue) {
        if (!queue.isEmpty()) {
            return;
        }
        if (queue.pacingWakeUp != null) {
            wakeUps.remove(queue.pacingWakeUp);
        }
        if (queue.dueWakeUp != null) {
            wakeUps.remove(queue.dueWakeUp);
        }
        runnable.remove(queue.key);
        queues.remove(queue.key);
    }
}
