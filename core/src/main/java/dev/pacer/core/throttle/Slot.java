package dev.pacer.core.throttle;

import java.util.OptionalInt;

/**
 * One unit of a destination's window, held by one delivery session from {@link DestinationSlots#tryAcquire} to
 * {@link #release}. The session tells it what the receiver did, so the window learns.
 *
 * <p>Implementations are safe to call from the delivering thread while other threads acquire and release other
 * slots; {@link #release} is idempotent (a second call does nothing), so an error path can always call it.
 */
public interface Slot {
    DestinationKey destination();

    /**
     * How many other sessions of ours were open (started, not ended, greeted or not) when this one's exchange ended:
     * when it was refused for too many connections, more than none means our own concurrency may be the cause.
     * Meaningful once the session ended.
     */
    int othersOpenAtEnd();

    /** The receiver accepted the session (its greeting passed): it now counts against the receiver's cap. */
    void greeted();

    /** The receiver refused the greeting or answered 421: it closes the session and stops counting it now. */
    void closedByServer();

    /**
     * The receiver accepted a mail on this session (its reply to the end of DATA): the window learns from it at once,
     * as TCP's slow start learns from each acknowledgement, not when the session ends (a receiver may hold a session
     * long after its last reply, and a reused session carries many mails); lanes hear of the room it may make.
     */
    void delivered();

    /**
     * May this open session take another mail? False once the destination's window shrank below the sessions open
     * and this one is among those that must end (it then stays false): the caller ends the session after its mail.
     */
    boolean keepOpen();

    /**
     * The session is over: the slot is free again and the window adapts to {@code outcome}. Every lane waiting for
     * a slot of this destination hears of it.
     */
    void release(SessionOutcome outcome);

    /**
     * When this session's connection-limit refusal set the window: how many of our sessions the receiver held when
     * it refused (the evidence a report shows). Empty before {@link #release}, or when the refusal said nothing new.
     */
    OptionalInt sessionsHeldAtRefusal();
}
