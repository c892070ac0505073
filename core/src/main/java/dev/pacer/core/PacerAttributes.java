package dev.pacer.core;

/**
 * Names of the mail attributes Pacer sets on a mail whose delivery attempt failed. Values are strings, integers or
 * booleans only, so that every James MailQueue keeps them (MailQueue implementations need only keep primitives).
 *
 * <p>Set by {@code ThrottledRemoteDelivery} on every failed attempt, read by {@code IsRemoteDeferral} and by the
 * mailets of the deferral pipeline.
 */
public final class PacerAttributes {
    private PacerAttributes() {
    }

    /** {@link DeferralKind} name of the last failed attempt (String). */
    public static final String KIND = "pacer.deferral.kind";
    /** Basic reply code of the last failed attempt (Integer); absent when no reply was read. */
    public static final String BASIC_CODE = "pacer.deferral.basicCode";
    /** Enhanced status code of the last failed attempt (String, e.g. {@code 4.7.0}); absent when none. */
    public static final String ENHANCED_CODE = "pacer.deferral.enhancedCode";
    /** The full reply text of the last failed attempt, codes included, sanitized and bounded (String). */
    public static final String REPLY = "pacer.deferral.reply";
    /** {@link SmtpStep} name at which the last attempt failed (String). */
    public static final String STEP = "pacer.deferral.step";
    /** Host name of the remote server of the last attempt (String). */
    public static final String REMOTE_HOST = "pacer.deferral.remoteHost";
    /** IP address of the remote server of the last attempt (String); absent when resolution failed. */
    public static final String REMOTE_IP = "pacer.deferral.remoteIp";
    /** The recipient domain the attempt was for (String). */
    public static final String RECIPIENT_DOMAIN = "pacer.deferral.recipientDomain";
    /** When the last attempt failed, ISO-8601 instant (String). */
    public static final String TIME = "pacer.deferral.time";
    /** When the first attempt failed, ISO-8601 instant (String); kept across retries. */
    public static final String FIRST_TIME = "pacer.deferral.firstTime";
    /** When Pacer first queued the mail for delivery, ISO-8601 instant (String); {@code maxAge} counts from it. */
    public static final String QUEUED_TIME = "pacer.queuedTime";
    /** Number of delivery attempts made so far (Integer, 1 after the first attempt). */
    public static final String ATTEMPT = "pacer.attempt";
    /**
     * True when the last failure was our overshoot, not the mail's (Boolean): a session the receiver refused for too
     * many connections while other sessions of ours were open, or a mail refused because its session had carried
     * more mails than the receiver takes on one. Such a mail waits for the next free slot of its destination, with no
     * retry spent and no retry delay.
     */
    public static final String OVERSHOOT = "pacer.deferral.overshoot";
    /** True when the last failure was permanent (Boolean). */
    public static final String PERMANENT = "pacer.deferral.permanent";
    /**
     * Name of the mail the other attributes were written for (String). A mail derived from it (a DSN, a forward)
     * copies the attributes but not the name, so Pacer can tell a returning deferral from a new mail.
     */
    public static final String MAIL_NAME = "pacer.mailName";
    /** The destination key the attempt was for ({@code mx:…}, {@code domain:…}, {@code route:…}) (String). */
    public static final String DESTINATION = "pacer.destination";
    /** Per-mail retry delays set by {@code SetRetrySchedule}, RemoteDelivery's delayTime grammar (String). */
    public static final String RETRY_DELAY_TIME = "pacer.retry.delayTime";
    /** Per-mail maximum number of retries set by {@code SetRetrySchedule} (Integer). */
    public static final String RETRY_MAX_RETRIES = "pacer.retry.maxRetries";
    /** Per-mail maximum age set by {@code SetRetrySchedule}, ISO-8601 duration (String, e.g. {@code PT2H}). */
    public static final String RETRY_MAX_AGE = "pacer.retry.maxAge";
    /** Why the mail was rerouted to a throttled lane (String), set by {@code RerouteToThrottledProcessor}. */
    public static final String THROTTLE_REASON = "pacer.throttle.reason";
    /**
     * When a waiting mail may start its next attempt, ISO-8601 instant (String); set when the lane stores it in its
     * waiting repository, read back when the lane rebuilds its index at start.
     */
    public static final String NEXT_ATTEMPT = "pacer.nextAttempt";
    /** Prefix of every Pacer attribute. */
    public static final String PREFIX = "pacer.";
    /** The lane (name of the delivering mailet's queue) that made the attempt (String). */
    public static final String LANE = "pacer.lane";
}
