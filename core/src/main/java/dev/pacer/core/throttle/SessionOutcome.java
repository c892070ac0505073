package dev.pacer.core.throttle;

import dev.pacer.core.DeferralKind;

/** How a delivery session to a destination ended, as far as the concurrency window cares. */
public enum SessionOutcome {
    /** The receiver took the mail (or refused recipients one by one after accepting the session). */
    DELIVERED,
    /** Refused for too many concurrent sessions: the window goes down at once. */
    CONNECTION_LIMIT,
    /** Refused for sending too fast: the pause between session starts grows. */
    RATE_LIMIT,
    /** Refused for the sender's reputation or policy: the whole destination backs off (suspended for a while). */
    REPUTATION,
    /**
     * The destination could not take the session: no connection, no greeting in time, a greeting or EHLO refused
     * for another reason than a connection limit, the receiver busy, or the session cut. Negative feedback: a whole
     * cohort of these suspends the destination (Postfix's dead destination, PowerMTA's backoff).
     */
    UNAVAILABLE,
    /** Any other failure: says nothing about the receiver's concurrency. */
    OTHER_FAILURE,
    /** No session was opened (the mail could not be read, or the lane stopped first): gives the slot back, nothing else. */
    NOT_STARTED;

    /**
     * The outcome of a session that failed with a deferral of {@code kind}; {@code beforeTransaction} when it failed
     * at the greeting, EHLO or STARTTLS, before the receiver spoke of any mail.
     */
    public static SessionOutcome ofFailure(DeferralKind kind, boolean beforeTransaction) {
        switch (kind) {
            case CONNECTION_LIMIT:
                return CONNECTION_LIMIT;
            case RATE_LIMIT:
                return RATE_LIMIT;
            case REPUTATION:
                return REPUTATION;
            case SERVER_BUSY:
                return UNAVAILABLE;
            case GREYLIST:
            case MAILBOX:
                return OTHER_FAILURE;
            default:
                // A greeting or EHLO refused for no reason we know ("421 Service not available") is the destination
                // saying it cannot take us now; the same words about one mail say nothing about the destination.
                return beforeTransaction ? UNAVAILABLE : OTHER_FAILURE;
        }
    }
}
