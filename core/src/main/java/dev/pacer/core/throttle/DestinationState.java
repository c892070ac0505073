package dev.pacer.core.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

import dev.pacer.core.Durations;
import dev.pacer.core.EpochNanos;

/**
 * One destination's adaptive concurrency window, message pacing and throttle, shared by every lane. Thread-safe:
 * every method is synchronized on the instance and does a few arithmetic operations.
 *
 * <p>The window follows Postfix's queue manager in spirit (start at an initial concurrency, grow by one after a
 * window's worth of successful deliveries, drop on failure) with two differences that stop the probe-refuse-probe
 * churn operators complain about:
 * <ul>
 *   <li>a refusal for too many connections drops the window at once to the number of sessions the receiver was
 *       holding for us when it refused (our sessions past its greeting), and one more than that is remembered as the
 *       <em>refusal point</em>. Counting accepted sessions, not the order in which we started them, matters: sessions
 *       started at once reach the receiver in any order, so the one refused may well be the first we started;</li>
 *   <li>the window does not grow back to the refusal point until a wait has passed without a refusal, then one
 *       session probes it: if the receiver accepts, the refusal point is forgotten and growth goes on; if it refuses,
 *       the wait doubles. The wait starts at {@code minProbeAfter} (a cap that went down for a while is found again
 *       soon) and grows to {@code probeAfter} (a receiver with a fixed cap sees at most one refused session per
 *       {@code probeAfter} once the waits have grown).</li>
 * </ul>
 * Postfix forgets what it learned once a destination's queue empties; Pacer keeps window and refusal point (and
 * persists them), since the receiver's cap does not change because our queue emptied.
 *
 * <p>Growth follows TCP: until the first refusal, a destination is in <em>slow start</em> and each delivered session
 * adds one to the window (the window doubles per round), up to the lane's {@code maxConcurrency}; after a refusal it
 * grows by one per window of deliveries.
 *
 * <p>Health follows Postfix's dead destinations and PowerMTA's backoff mode: sessions that cannot be had
 * ({@link SessionOutcome#UNAVAILABLE}) are negative feedback; when a whole window's worth of them fail in a row (a
 * failed cohort) the destination is <em>suspended</em> for {@code minBackoff}: its mail waits without connecting.
 * Then one <em>probe</em> session at a time: a probe the receiver takes ends the suspension, a failed probe suspends it
 * again for twice as long, up to {@code maxBackoff}. A reputation deferral suspends it for {@code reputationBackoff}.
 */
public final class DestinationState {
    private static final int NO_POINT = 0;
    private static final long MIN_PROBE_WAIT = -1;

    private final DestinationKey key;
    private int window;
    private int inFlight;
    /** When a session was last asked for here ({@link EpochNanos}): written per session as a number, no Instant kept. */
    private long lastUsed = EpochNanos.of(Instant.EPOCH);
    private boolean retired;
    private int closing;
    private int accepted;
    private int successes;
    // Read by every session's end: kept as numbers in this object (no Optional or Instant to dereference per event).
    /** The receiver's cap as last measured (the sessions held at a refusal, plus one); {@link #NO_POINT}: none. */
    private int refusalPoint = NO_POINT;
    /** When the last refusal was judged ({@link EpochNanos}); {@link EpochNanos#NONE}: never. */
    private long lastRefusal = EpochNanos.NONE;
    /** How long after a refusal the next probe of the refusal point waits, in nanoseconds; {@link #MIN_PROBE_WAIT}:
     *  the policy's minimum. */
    private long probeWaitNanos = MIN_PROBE_WAIT;
    private Duration messageDelay = Duration.ZERO;
    private Duration pacingFloor = Duration.ZERO;
    private Optional<Instant> lastRateLimit = Optional.empty();
    private Instant pacedSince = Instant.EPOCH;
    private Instant nextStartAt = Instant.EPOCH;
    private Optional<Instant> throttledUntil = Optional.empty();
    private Optional<String> throttleReason = Optional.empty();
    private boolean manualWindow;
    private boolean slowStartOver;
    private int consecutiveFailures;
    private Optional<Instant> suspendedUntil = Optional.empty();
    private Optional<Instant> suspendedAt = Optional.empty();
    private Duration backoff = Duration.ZERO;
    private boolean probing;
    private Optional<String> suspensionReason = Optional.empty();
    private OptionalInt messagesPerSession = OptionalInt.empty();

    DestinationState(DestinationKey key, int initialWindow) {
        this.key = key;
        this.window = Math.max(1, initialWindow);
    }

    /** One session to the destination, from {@link #tryStart} to {@link #finish}. */
    public static final class Session {
        private final int concurrency;
        private final Instant startedAt;
        private int acceptedAt;
        private boolean ended;
        private int heldAtStart;
        private int heldAtEnd = -1;
        private int openAtEnd = -1;
        private boolean informedWindow;
        private boolean fedBack;
        private boolean closing;

        Session(int concurrency, Instant startedAt) {
            this.concurrency = concurrency;
            this.startedAt = startedAt;
        }

        /** Sessions in flight when this one started, itself included. */
        public int concurrency() {
            return concurrency;
        }

        public Instant startedAt() {
            return startedAt;
        }

        /** Our other sessions the receiver held during this one's exchange: at its start or its end, the more (-1 before {@link #ended}). */
        public int heldAtEnd() {
            return heldAtEnd;
        }

        /** Our other sessions open (started, not ended) when this one's exchange ended (-1 before {@link #ended}). */
        public int openAtEnd() {
            return openAtEnd;
        }

        /** True when this session's refusal set the window (false for a refusal of the same burst, or none). */
        public boolean informedWindow() {
            return informedWindow;
        }
    }

    /** A change of window or pacing, for the one log line per state change. */
    public static final class Transition {
        private final String description;

        Transition(String description) {
            this.description = description;
        }

        public String describe() {
            return description;
        }

        @Override
        public String toString() {
            return description;
        }
    }

    public DestinationKey key() {
        return key;
    }

    /**
     * Starts a session if the window and the pacing allow one: the window is capped by {@code laneMax}, the lane's
     * own {@code maxConcurrency}.
     *
     * @return the session, or empty when it must wait
     */
    public synchronized Optional<Session> tryStart(int laneMax, Instant now) {
        if (retired) {
            // Forgotten by Destinations a moment ago: the caller asks the fresh state of this destination.
            return Optional.empty();
        }
        lastUsed = EpochNanos.of(now);
        decayPacing(now);
        if (suspendedUntil.map(now::isBefore).orElse(false)) {
            return Optional.empty();
        }
        int limit = probing ? 1 : Math.min(window, laneMax);
        if (inFlight >= limit || now.isBefore(nextStartAt)) {
            return Optional.empty();
        }
        inFlight++;
        if (!messageDelay.isZero()) {
            nextStartAt = now.plus(messageDelay);
        }
        Session session = new Session(inFlight, now);
        session.heldAtStart = accepted;
        return Optional.of(session);
    }

    /**
     * May an open session take another mail (connection reuse)? Not when the window shrank below the sessions open
     * (a refusal lowered it, or a suspension allows one probe only): then as many sessions as exceed it end after
     * their current mail, so the receiver holds no more of ours than the window says, as soon as it can. Without
     * this, reused sessions would hold the old concurrency until they reach {@code maxMessagesPerConnection}.
     */
    public synchronized boolean keepOpen(Session session, int laneMax) {
        if (session.closing) {
            return false;
        }
        int limit = probing ? 1 : Math.min(window, laneMax);
        if (inFlight - closing > limit) {
            session.closing = true;
            closing++;
            return false;
        }
        return true;
    }

    /**
     * The session's SMTP exchange is over (the connection is closed): it no longer counts against the receiver's
     * cap, and the sessions the receiver still holds are noted. Called before the mail is handed on, which can take
     * a while; a refusal must be judged by what the receiver held when it refused, not after.
     */
    public synchronized void ended(Session session) {
        if (session.ended) {
            return;
        }
        session.ended = true;
        if (session.acceptedAt > 0) {
            accepted--;
        }
        // The receiver decides at connect and greeting, just after the start; we may read its refusal later, when
        // a sibling it still counted has ended here. Sessions greeted meanwhile count too (and a refused burst's
        // sessions greeted late raise the estimate, see accepted()).
        session.heldAtEnd = Math.max(accepted, session.heldAtStart);
        // Called while the session still counts in flight (finish() ends it before it leaves).
        session.openAtEnd = inFlight - 1;
    }

    /**
     * The receiver accepted the session (greeting passed): it now counts against the receiver's cap. Holding k of
     * our sessions at once proves the receiver's cap for us is at least k: when a session of a refused burst is
     * accepted with more sessions held than the refusal counted (we read its greeting late), the estimate is raised.
     *
     * @return the change this caused, if any
     */
    public synchronized Optional<Transition> accepted(Session session) {
        return accepted(session, Integer.MAX_VALUE);
    }

    /**
     * As {@link #accepted(Session)}; in slow start, when the window is full and the receiver has greeted every session
     * in flight (none still waiting for its greeting, none refused), the window doubles, up to {@code laneMax}: a
     * receiver's session cap shows at its greeting (Postfix, Exim, Microsoft all refuse there), so a whole window
     * greeted is evidence enough, within milliseconds, where a delivered mail may take seconds of the receiver's
     * processing. A burst with a refusal in it never doubles: the refusal ends slow start.
     */
    public synchronized Optional<Transition> accepted(Session session, int laneMax) {
        if (session.acceptedAt != 0 || session.ended) {
            return Optional.empty();
        }
        accepted++;
        session.acceptedAt = accepted;
        if (!manualWindow && !slowStartOver && refusalPoint == NO_POINT && accepted >= inFlight && inFlight >= window && window < laneMax) {
            int doubled = (int) Math.min(laneMax, 2L * window);
            StringBuilder change = new StringBuilder(" window=").append(window).append("->").append(doubled);
            window = doubled;
            return describe(change, "GREETED a full window of " + inFlight + " session(s)");
        }
        boolean ofRefusedBurst = startedByLastRefusal(session);
        if (!ofRefusedBurst || refusalPoint == NO_POINT || accepted < refusalPoint || manualWindow) {
            return Optional.empty();
        }
        StringBuilder change = new StringBuilder();
        change.append(" refusalPoint=").append(refusalPoint).append("->").append(accepted + 1);
        refusalPoint = accepted + 1;
        if (accepted > window) {
            change.append(" window=").append(window).append("->").append(accepted);
            window = accepted;
        }
        return describe(change, "ACCEPTED " + accepted + " session(s) at once, same burst");
    }

    /**
     * A session already open wants to carry another mail: allowed when the destination's pacing allows a start now
     * (then the next start waits the pause again), so that connection reuse never sends faster than the pace.
     */
    public synchronized boolean tryPace(Instant now) {
        decayPacing(now);
        if (probing || now.isBefore(nextStartAt)) {
            return false;
        }
        if (!messageDelay.isZero()) {
            nextStartAt = now.plus(messageDelay);
        }
        return true;
    }

    /** When the next session may start as far as pacing and suspension go (the past when it may start now). */
    public synchronized Instant nextStartAt() {
        return suspendedUntil.filter(until -> until.isAfter(nextStartAt)).orElse(nextStartAt);
    }

    /**
     * Ends a session, adapting the window to its outcome.
     *
     * @return the change of window or pacing it caused, if any
     */
    public synchronized Optional<Transition> finish(Session session, SessionOutcome outcome, WindowPolicy policy, Instant now) {
        if (inFlight <= 0) {
            throw new IllegalStateException("destination " + key + ": finish() without a session in flight (concurrency=" + session.concurrency + ")");
        }
        ended(session);
        inFlight--;
        if (session.closing) {
            closing--;
        }
        switch (outcome) {
            case DELIVERED:
                if (session.fedBack) {
                    // Its mails were judged as the receiver accepted them.
                    return resumed(now);
                }
                return resumed(now).map(resumption -> merge(resumption, grow(session, policy, now, false)))
                    .orElseGet(() -> grow(session, policy, now, false));
            case UNAVAILABLE:
                return unavailable(session, policy, now);
            case REPUTATION:
                return policy.reputationBackoff().isZero() ? Optional.empty()
                    : Optional.of(suspend(now, policy.reputationBackoff(), policy, "REPUTATION"));
            case CONNECTION_LIMIT:
                slowStartOver = true;
                if (refusalPoint != NO_POINT && !startedByLastRefusal(session)) {
                    if (session.heldAtEnd + 1 >= refusalPoint) {
                        // Refused at the refusal point again: the probe failed; the next one waits twice as long.
                        Duration doubled = Durations.times(probeWait(policy), 2);
                        probeWaitNanos = Durations.nanos(doubled.compareTo(policy.probeAfter()) > 0 ? policy.probeAfter() : doubled);
                    } else {
                        // Refused below it: the receiver's cap went down. It may come back up: probe soon.
                        probeWaitNanos = MIN_PROBE_WAIT;
                    }
                }
                // A session started before the last refusal was launched with the window that refusal corrected:
                // its refusal is expected and says nothing new (and the sessions it saw held may have ended since).
                boolean stale = startedByLastRefusal(session);
                if (stale) {
                    return laterEvidence(session);
                }
                session.informedWindow = true;
                return refused(session.heldAtEnd, now);
            case RATE_LIMIT:
                // Sessions started before the last rate-limit refusal were sent at the old pace: their refusals are
                // the same excess, and must not double the pause again (a burst of 6 would make 1 s into 32 s).
                if (lastRateLimit.map(last -> !session.startedAt.isAfter(last)).orElse(false)) {
                    successes = 0;
                    return Optional.empty();
                }
                return rateLimited(policy, now);
            default:
                return Optional.empty();
        }
    }

    /**
     * The receiver accepted a mail on {@code session}, which stays open: the same feedback as a delivered session,
     * given now; the session's end then adds nothing more.
     */
    public synchronized Optional<Transition> delivered(Session session, WindowPolicy policy, Instant now) {
        session.fedBack = true;
        return resumed(now).map(resumption -> merge(resumption, grow(session, policy, now, true)))
            .orElseGet(() -> grow(session, policy, now, true));
    }

    /** A session the receiver took while the destination was on probation: it is healthy again. */
    private Optional<Transition> resumed(Instant now) {
        consecutiveFailures = 0;
        if (!probing) {
            return Optional.empty();
        }
        probing = false;
        backoff = Duration.ZERO;
        suspendedUntil = Optional.empty();
        suspensionReason = Optional.empty();
        return Optional.of(new Transition("destination=" + key + " resumed reason=PROBE_DELIVERED"));
    }

    private static Optional<Transition> merge(Transition first, Optional<Transition> second) {
        return Optional.of(second.map(other -> new Transition(first.describe() + "; " + other.describe())).orElse(first));
    }

    private Optional<Transition> unavailable(Session session, WindowPolicy policy, Instant now) {
        // A session started before the suspension is one of the cohort that caused it, not a probe: its failure is
        // already counted.
        if (suspendedAt.map(at -> !session.startedAt.isAfter(at)).orElse(false)) {
            return Optional.empty();
        }
        consecutiveFailures++;
        if (probing) {
            return Optional.of(suspend(now, policy.minBackoff(), policy, "UNAVAILABLE probe failed"));
        }
        if (consecutiveFailures >= Math.max(1, window)) {
            return Optional.of(suspend(now, policy.minBackoff(), policy, "UNAVAILABLE " + consecutiveFailures + " session(s) in a row"));
        }
        return Optional.empty();
    }

    /**
     * Suspends the destination: no session until the backoff passes, then one probe at a time. Each suspension in a
     * row doubles the backoff (from {@code initial}), up to {@code maxBackoff}.
     */
    private Transition suspend(Instant now, Duration initial, WindowPolicy policy, String reason) {
        Duration next = backoff.isZero() ? initial : Durations.times(backoff, 2);
        backoff = next.compareTo(policy.maxBackoff()) > 0 ? policy.maxBackoff() : next;
        suspendedUntil = Optional.of(now.plus(backoff));
        suspendedAt = Optional.of(now);
        suspensionReason = Optional.of(reason);
        probing = true;
        consecutiveFailures = 0;
        successes = 0;
        return new Transition("destination=" + key + " suspended for " + backoff + " until " + suspendedUntil.get() + " reason=" + reason);
    }

    private Optional<Transition> grow(Session session, WindowPolicy policy, Instant now, boolean atAcceptance) {
        StringBuilder change = new StringBuilder();
        // A session that ended, started before the last refusal, belongs to the burst that was refused: it proves
        // nothing about the window that refusal set. A mail accepted after the refusal on a session that lives on
        // (connection reuse) does: the receiver holds that session beside the others now.
        boolean fresh = lastRefusal == EpochNanos.NONE || EpochNanos.of(atAcceptance ? now : session.startedAt) > lastRefusal;
        // The concurrency this delivery proves the receiver takes: for a mail accepted on a living session, the
        // sessions it holds now (a reused session's greeting may be long past); for an ended session, what it held
        // when it greeted this one.
        int acceptedConcurrency = atAcceptance ? Math.max(accepted, 1) : session.acceptedAt > 0 ? session.acceptedAt : session.concurrency;
        // A session of the refused burst itself, reused after the refusal, proves our count of that refusal was low
        // (a greeting our side had not read yet): the estimate moves up to what it proves, the cap stays known, as
        // laterEvidence does for a later refusal of the burst. A session started after the refusal that gets past
        // the refusal point is a probe that passed: the cap is gone.
        boolean ofRefusedBurst = startedByLastRefusal(session);
        if (fresh && refusalPoint != NO_POINT && acceptedConcurrency >= refusalPoint && ofRefusedBurst) {
            change.append(" refusalPoint=").append(refusalPoint).append("->").append(acceptedConcurrency + 1);
            refusalPoint = acceptedConcurrency + 1;
            if (!manualWindow && acceptedConcurrency > window) {
                change.append(" window=").append(window).append("->").append(acceptedConcurrency);
                window = acceptedConcurrency;
            }
        } else if (fresh && refusalPoint != NO_POINT && acceptedConcurrency >= refusalPoint) {
            change.append(" refusalPoint=").append(refusalPoint).append("->none");
            refusalPoint = NO_POINT;
            probeWaitNanos = MIN_PROBE_WAIT;
        }
        if (fresh) {
            successes++;
        }
        // Grow only a window the traffic uses (RFC 7661's rule for TCP: at least half of it open): deliveries on two
        // sessions when the window is 5 prove nothing about 6 or 7 concurrent sessions, and a window grown on them
        // sends that many into a receiver's cap as soon as the mail to fill it arrives.
        int open = atAcceptance ? inFlight : inFlight + 1;
        boolean windowInUse = 2 * open >= window;
        if (!manualWindow && !slowStartOver && refusalPoint == NO_POINT && fresh && windowInUse) {
            // Slow start: one more per delivered session, so the window doubles per round, as TCP's does. Not while
            // a session of ours awaits its greeting: its answer may be the refusal that ends slow start, and a
            // window grown meanwhile would send one more session into the cap.
            if (window < policy.maxConcurrency() && accepted >= inFlight) {
                change.append(" window=").append(window).append("->").append(window + 1);
                window++;
            }
            successes = 0;
        } else if (!manualWindow && successes >= window && windowInUse) {
            successes = 0;
            int cap = policy.maxConcurrency();
            if (refusalPoint != NO_POINT) {
                Duration wait = probeWait(policy);
                boolean mayProbe = lastRefusal == EpochNanos.NONE || EpochNanos.of(now) >= EpochNanos.plus(lastRefusal, wait);
                cap = Math.min(cap, mayProbe ? refusalPoint : refusalPoint - 1);
            }
            if (window < cap) {
                change.append(" window=").append(window).append("->").append(window + 1);
                window++;
            }
        }
        return describe(change, "DELIVERED");
    }

    /** Was {@code session} started before (or when) the last refusal was judged: one of the burst it judged? */
    private boolean startedByLastRefusal(Session session) {
        return lastRefusal != EpochNanos.NONE && EpochNanos.of(session.startedAt) <= lastRefusal;
    }

    /** The wait before the next probe of the refusal point. */
    private Duration probeWait(WindowPolicy policy) {
        return probeWaitNanos == MIN_PROBE_WAIT ? policy.minProbeAfter() : Duration.ofNanos(probeWaitNanos);
    }

    private Optional<Transition> refused(int held, Instant now) {
        StringBuilder change = new StringBuilder();
        // The receiver refused while holding `held` of our sessions: its cap for us is at most that many.
        int point = held + 1;
        if (refusalPoint == NO_POINT || refusalPoint != point) {
            change.append(" refusalPoint=").append(refusalPoint != NO_POINT ? Integer.toString(refusalPoint) : "none")
                .append("->").append(point);
        }
        refusalPoint = point;
        lastRefusal = EpochNanos.of(now);
        successes = 0;
        int lowered = Math.max(1, Math.min(window, held));
        if (!manualWindow && lowered != window) {
            change.append(" window=").append(window).append("->").append(lowered);
            window = lowered;
        }
        // The reason is written only for a change (the same refusal again, as at a fixed cap, changes nothing).
        return change.length() == 0 ? Optional.empty() : describe(change, "CONNECTION_LIMIT with " + held + " session(s) held");
    }

    /**
     * A refusal from the burst an earlier refusal already judged. It cannot lower the window, but it can raise it:
     * our count of the sessions the receiver holds lags the receiver's own (a greeting our thread has not read yet
     * is already counted there), so each refusal's count is a lower bound of the receiver's cap, and the highest
     * of a burst is the best estimate.
     */
    private Optional<Transition> laterEvidence(Session session) {
        int held = session.heldAtEnd;
        if (refusalPoint == NO_POINT || held + 1 <= refusalPoint) {
            return Optional.empty();
        }
        session.informedWindow = true;
        StringBuilder change = new StringBuilder();
        change.append(" refusalPoint=").append(refusalPoint).append("->").append(held + 1);
        refusalPoint = held + 1;
        if (!manualWindow && held > window) {
            change.append(" window=").append(window).append("->").append(held);
            window = held;
        }
        return describe(change, "CONNECTION_LIMIT with " + held + " session(s) held, same burst");
    }

    /**
     * How many pauses of a rate-limited destination must pass without another rate-limit refusal before the pause is
     * halved (and, below {@code minDelayBetweenMessages}, ended). Pacing decays with time, not with deliveries: the
     * receiver's limit is a rate, and a delivery at the slower pace says nothing about the faster one. Rejected: halving
     * per delivery, which ended the pacing with the first delivery of the burst that had been refused.
     */
    static final int PAUSES_BEFORE_DECAY = 10;

    private void decayPacing(Instant now) {
        while (!messageDelay.isZero() && !now.isBefore(pacedSince.plus(Durations.times(messageDelay, PAUSES_BEFORE_DECAY)))) {
            pacedSince = pacedSince.plus(Durations.times(messageDelay, PAUSES_BEFORE_DECAY));
            Duration halved = Durations.half(messageDelay);
            messageDelay = halved.compareTo(pacingFloor) < 0 ? Duration.ZERO : halved;
        }
    }

    private Optional<Transition> rateLimited(WindowPolicy policy, Instant now) {
        decayPacing(now);
        Duration next = messageDelay.isZero() ? policy.initialMessageDelay() : Durations.times(messageDelay, 2);
        if (next.compareTo(policy.maxMessageDelay()) > 0) {
            next = policy.maxMessageDelay();
        }
        StringBuilder change = new StringBuilder();
        if (!next.equals(messageDelay)) {
            change.append(" messageDelay=").append(messageDelay.toMillis()).append("ms->").append(next.toMillis()).append("ms");
        }
        messageDelay = next;
        pacingFloor = policy.initialMessageDelay();
        nextStartAt = now.plus(messageDelay);
        lastRateLimit = Optional.of(now);
        pacedSince = now;
        successes = 0;
        return describe(change, "RATE_LIMIT");
    }

    private Optional<Transition> describe(StringBuilder change, String reason) {
        if (change.length() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Transition("destination=" + key + change + " reason=" + reason));
    }

    /** Marks the destination throttled until {@code until} (re-armed by each new deferral), for {@code reason}. */
    public synchronized void throttle(Instant until, String reason) {
        if (throttledUntil.isEmpty() || throttledUntil.get().isBefore(until)) {
            throttledUntil = Optional.of(until);
        }
        throttleReason = Optional.of(reason);
    }

    /** Leaves the throttled state now. */
    public synchronized Transition unthrottle() {
        throttledUntil = Optional.empty();
        throttleReason = Optional.empty();
        return new Transition("destination=" + key + " unthrottled reason=MANUAL");
    }

    public synchronized boolean isThrottled(Instant now) {
        return throttledUntil.map(now::isBefore).orElse(false);
    }

    /** An operator's override: the window is {@code size} and stops adapting until {@link #reset}. */
    public synchronized Transition setWindow(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("destination " + key + ": window must be >= 1, got " + size);
        }
        Transition transition = new Transition("destination=" + key + " window=" + window + "->" + size + " reason=MANUAL");
        window = size;
        manualWindow = true;
        return transition;
    }

    /** Forgets everything learned: window back to {@code initialWindow}, no refusal point, no pacing, no throttle. */
    public synchronized Transition reset(int initialWindow) {
        slowStartOver = false;
        probeWaitNanos = MIN_PROBE_WAIT;
        messagesPerSession = OptionalInt.empty();
        consecutiveFailures = 0;
        suspendedUntil = Optional.empty();
        backoff = Duration.ZERO;
        probing = false;
        suspensionReason = Optional.empty();
        Transition transition = new Transition("destination=" + key + " window=" + window + "->" + initialWindow + " refusalPoint=none reason=RESET");
        window = Math.max(1, initialWindow);
        successes = 0;
        refusalPoint = NO_POINT;
        lastRefusal = EpochNanos.NONE;
        messageDelay = Duration.ZERO;
        lastRateLimit = Optional.empty();
        nextStartAt = Instant.EPOCH;
        throttledUntil = Optional.empty();
        throttleReason = Optional.empty();
        manualWindow = false;
        return transition;
    }

    /** Marks the destination as in use at {@code now} (created, restored or asked for a session). */
    synchronized void touch(Instant now) {
        if (EpochNanos.of(now) > lastUsed) {
            lastUsed = EpochNanos.of(now);
        }
    }

    /**
     * True when nothing keeps this state: no session asked for since {@code horizon}, none in flight, no operator
     * override, no throttle or suspension running at {@code now}. Such a destination may be forgotten.
     */
    synchronized boolean forgettable(Instant horizon, Instant now) {
        return lastUsed < EpochNanos.of(horizon) && inFlight == 0 && !manualWindow && !probing
            && throttledUntil.map(until -> !until.isAfter(now)).orElse(true);
    }

    /**
     * Retires this state when {@link #forgettable}, atomically with its sessions: once retired it starts none (a
     * thread that fetched it just before must not run a session its successor does not count).
     */
    synchronized boolean retireIfForgettable(Instant horizon, Instant now) {
        if (!retired && forgettable(horizon, now)) {
            retired = true;
        }
        return retired;
    }

    synchronized boolean isRetired() {
        return retired;
    }

    /** Restores what a snapshot persisted: window, refusal point, manual flag, throttle. */
    synchronized void restore(DestinationSnapshot snapshot, Instant now) {
        lastUsed = EpochNanos.of(now);
        window = Math.max(1, snapshot.window());
        refusalPoint = Math.max(NO_POINT, snapshot.refusalPoint().orElse(NO_POINT));
        lastRefusal = snapshot.lastRefusal().map(EpochNanos::of).orElse(EpochNanos.NONE);
        messageDelay = snapshot.messageDelay();
        pacingFloor = messageDelay;
        pacedSince = now;
        throttledUntil = snapshot.throttledUntil();
        throttleReason = snapshot.throttleReason();
        manualWindow = snapshot.manualWindow();
    }

    public synchronized DestinationSnapshot snapshot() {
        return new DestinationSnapshot(key, window, inFlight,
            refusalPoint == NO_POINT ? OptionalInt.empty() : OptionalInt.of(refusalPoint),
            Optional.ofNullable(EpochNanos.instant(lastRefusal)), messageDelay, throttledUntil,
            throttleReason, manualWindow, suspendedUntil(), suspensionReason());
    }

    /** When the suspension ends, if the destination is suspended or on probation (empty when healthy). */
    public synchronized Optional<Instant> suspendedUntil() {
        return probing ? Optional.of(suspendedUntil.orElse(Instant.EPOCH)) : Optional.empty();
    }

    /** Why it was suspended (empty when healthy). */
    public synchronized Optional<String> suspensionReason() {
        return probing ? suspensionReason : Optional.empty();
    }

    /** The most mails the receiver takes on one session, when it said so (empty: unknown). */
    public synchronized OptionalInt messagesPerSession() {
        return messagesPerSession;
    }

    /** The receiver refused a mail because a session carried {@code accepted} already: no session carries more. */
    public synchronized Optional<Transition> limitMessagesPerSession(int accepted) {
        int limit = Math.max(1, accepted);
        if (messagesPerSession.isPresent() && messagesPerSession.getAsInt() <= limit) {
            return Optional.empty();
        }
        String before = messagesPerSession.isPresent() ? Integer.toString(messagesPerSession.getAsInt()) : "none";
        messagesPerSession = OptionalInt.of(limit);
        return Optional.of(new Transition("destination=" + key + " messagesPerSession=" + before + "->" + limit
            + " reason=too many messages in one session"));
    }

    /** Ends a suspension now (an operator's action): the destination takes its window again. */
    public synchronized Transition resume() {
        probing = false;
        backoff = Duration.ZERO;
        suspendedUntil = Optional.empty();
        suspensionReason = Optional.empty();
        consecutiveFailures = 0;
        return new Transition("destination=" + key + " resumed reason=MANUAL");
    }
}
