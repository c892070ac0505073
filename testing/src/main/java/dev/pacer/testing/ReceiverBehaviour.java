package dev.pacer.testing;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link ScriptedSmtpReceiver} answers: a cap on concurrent sessions (the session over the cap gets
 * {@link #capReply()} as its greeting, as Postfix's and Exim's per-client limits do), a failure injected at one SMTP
 * step for the first {@code times} sessions that reach it, per-recipient replies, and how long an accepted session
 * is held open after the message (to make concurrency observable).
 */
public final class ReceiverBehaviour {
    /** The steps at which a failure can be injected. */
    public enum Step {
        GREETING, EHLO, MAIL, RCPT, DATA, END_OF_DATA
    }

    public static final String TOO_MANY_CONNECTIONS = "421 4.7.0 Too many concurrent connections";

    /** Accept everything, no cap. */
    public static final ReceiverBehaviour ACCEPT_ALL = builder().build();

    private final int maxConcurrentSessions;
    private final String capReply;
    private final Optional<Step> failAt;
    private final String failReply;
    private final int failTimes;
    private final Map<String, String> recipientReplies;
    private final Duration holdAfterMessage;
    private final Optional<javax.net.ssl.SSLContext> startTls;
    private final Optional<String> authPlain;
    private final int deferEachRecipient;
    private final String deferRecipientReply;
    private final int messageRateLimit;
    private final Duration messageRatePeriod;
    private final String messageRateReply;
    private final Duration greetingDelay;
    private final Duration endlessGreetingEvery;
    private final Duration processingTime;
    private final int maxMessagesPerSession;
    private final String maxMessagesReply;
    private final boolean utf8Replies;

    private ReceiverBehaviour(Builder builder) {
        this.maxConcurrentSessions = builder.maxConcurrentSessions;
        this.capReply = builder.capReply;
        this.failAt = builder.failAt;
        this.failReply = builder.failReply;
        this.failTimes = builder.failTimes;
        this.recipientReplies = Map.copyOf(builder.recipientReplies);
        this.holdAfterMessage = builder.holdAfterMessage;
        this.startTls = builder.startTls;
        this.authPlain = builder.authPlain;
        this.deferEachRecipient = builder.deferEachRecipient;
        this.deferRecipientReply = builder.deferRecipientReply;
        this.messageRateLimit = builder.messageRateLimit;
        this.messageRatePeriod = builder.messageRatePeriod;
        this.messageRateReply = builder.messageRateReply;
        this.greetingDelay = builder.greetingDelay;
        this.endlessGreetingEvery = builder.endlessGreetingEvery;
        this.processingTime = builder.processingTime;
        this.maxMessagesPerSession = builder.maxMessagesPerSession;
        this.maxMessagesReply = builder.maxMessagesReply;
        this.utf8Replies = builder.utf8Replies;
    }

    /** How long the receiver takes over each message before its reply to the end of DATA (its processing time). */
    public Duration processingTime() {
        return processingTime;
    }

    /** Messages one session may carry before MAIL FROM is refused; 0 for no limit. */
    public int maxMessagesPerSession() {
        return maxMessagesPerSession;
    }

    public String maxMessagesReply() {
        return maxMessagesReply;
    }

    /** True when replies go out as UTF-8 bytes (RFC 6531 servers), else ISO-8859-1. */
    public boolean utf8Replies() {
        return utf8Replies;
    }

    /** When not zero, the greeting never ends: a {@code 220-} continuation line every this long (a tarpit). */
    public Duration endlessGreetingEvery() {
        return endlessGreetingEvery;
    }

    /** How long an accepted connection waits before its greeting (a tarpit, or a blackhole when very long). */
    public Duration greetingDelay() {
        return greetingDelay;
    }

    /** Messages accepted per {@link #messageRatePeriod()} before MAIL FROM is refused; 0 for no limit. */
    public int messageRateLimit() {
        return messageRateLimit;
    }

    public Duration messageRatePeriod() {
        return messageRatePeriod;
    }

    public String messageRateReply() {
        return messageRateReply;
    }

    /** How many times each recipient is deferred at RCPT before it is accepted (greylisting); 0 for none. */
    public int deferEachRecipient() {
        return deferEachRecipient;
    }

    public String deferRecipientReply() {
        return deferRecipientReply;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** 0 means no cap. */
    public int maxConcurrentSessions() {
        return maxConcurrentSessions;
    }

    public String capReply() {
        return capReply;
    }

    public Optional<Step> failAt() {
        return failAt;
    }

    public String failReply() {
        return failReply;
    }

    /** How many times the failure is injected; -1 means always. */
    public int failTimes() {
        return failTimes;
    }

    /** Replies to RCPT for given local parts (e.g. {@code unknown -> 550 5.1.1 No such user}). */
    public Map<String, String> recipientReplies() {
        return recipientReplies;
    }

    public Duration holdAfterMessage() {
        return holdAfterMessage;
    }

    /** When present, STARTTLS is offered after EHLO and served with this context. */
    /** When present, the user and password ({@code user\0password}) AUTH PLAIN must give before MAIL is taken. */
    public Optional<String> authPlain() {
        return authPlain;
    }

    public Optional<javax.net.ssl.SSLContext> startTls() {
        return startTls;
    }

    public static final class Builder {
        private int maxConcurrentSessions;
        private String capReply = TOO_MANY_CONNECTIONS;
        private Optional<Step> failAt = Optional.empty();
        private String failReply = "";
        private int failTimes;
        private final Map<String, String> recipientReplies = new LinkedHashMap<>();
        private Duration holdAfterMessage = Duration.ZERO;
        private Optional<javax.net.ssl.SSLContext> startTls = Optional.empty();
        private Optional<String> authPlain = Optional.empty();
        private int deferEachRecipient;
        private String deferRecipientReply = "";
        private int messageRateLimit;
        private Duration greetingDelay = Duration.ZERO;
        private Duration endlessGreetingEvery = Duration.ZERO;
        private int maxMessagesPerSession;
        private String maxMessagesReply = "";
        private Duration processingTime = Duration.ZERO;

        /** Takes {@code time} over each message before answering the end of DATA (content scanning, a slow disk). */
        public Builder processingTime(Duration time) {
            this.processingTime = Objects.requireNonNull(time);
            return this;
        }
        private boolean utf8Replies;

        /** Refuses MAIL FROM with {@code reply} once a session carried {@code messages} messages. */
        public Builder maxMessagesPerSession(int messages, String reply) {
            this.maxMessagesPerSession = messages;
            this.maxMessagesReply = Objects.requireNonNull(reply);
            return this;
        }

        /** Sends replies as UTF-8 bytes. */
        public Builder utf8Replies() {
            this.utf8Replies = true;
            return this;
        }

        /** Greets with a multi-line reply that never ends, one {@code 220-} line every {@code every}. */
        public Builder endlessGreeting(Duration every) {
            this.endlessGreetingEvery = Objects.requireNonNull(every);
            return this;
        }

        /** Holds each accepted connection this long before greeting it (a tarpit; a blackhole when long enough). */
        public Builder greetingDelay(Duration delay) {
            this.greetingDelay = Objects.requireNonNull(delay);
            return this;
        }
        private Duration messageRatePeriod = Duration.ZERO;
        private String messageRateReply = "";

        /**
         * Refuses MAIL FROM with {@code reply} while {@code messages} messages were accepted within the last {@code per}
         * (Postfix's {@code smtpd_client_message_rate_limit}: {@code 450 4.7.1 Error: too much mail from <ip>}).
         */
        public Builder messageRateLimit(int messages, Duration per, String reply) {
            this.messageRateLimit = messages;
            this.messageRatePeriod = Objects.requireNonNull(per);
            this.messageRateReply = Objects.requireNonNull(reply);
            return this;
        }

        /**
         * Answers {@code reply} to the first {@code times} RCPTs of each recipient, then accepts it: a greylisting
         * receiver (postgrey), which makes every mail come back on its retry schedule.
         */
        public Builder deferEachRecipient(int times, String reply) {
            this.deferEachRecipient = times;
            this.deferRecipientReply = Objects.requireNonNull(reply);
            return this;
        }

        /** Offers STARTTLS with {@code context}'s server certificate. */
        /** Offers AUTH PLAIN and requires it (530 5.7.0 to MAIL before it), as a smarthost for submission does. */
        public Builder requireAuthPlain(String user, String password) {
            this.authPlain = Optional.of(user + "\0" + password);
            return this;
        }

        public Builder startTls(javax.net.ssl.SSLContext context) {
            this.startTls = Optional.of(context);
            return this;
        }

        public Builder maxConcurrentSessions(int cap) {
            this.maxConcurrentSessions = cap;
            return this;
        }

        public Builder capReply(String reply) {
            this.capReply = Objects.requireNonNull(reply);
            return this;
        }

        /** Fail at {@code step} with {@code reply} in every session that reaches it. */
        public Builder failAlways(Step step, String reply) {
            return fail(step, reply, -1);
        }

        /** Fail at {@code step} with {@code reply} for the first {@code times} sessions that reach it, then accept. */
        public Builder fail(Step step, String reply, int times) {
            this.failAt = Optional.of(step);
            this.failReply = Objects.requireNonNull(reply);
            this.failTimes = times;
            return this;
        }

        public Builder recipientReply(String localPart, String reply) {
            recipientReplies.put(localPart, reply);
            return this;
        }

        public Builder holdAfterMessage(Duration hold) {
            this.holdAfterMessage = hold;
            return this;
        }

        public ReceiverBehaviour build() {
            return new ReceiverBehaviour(this);
        }
    }
}
