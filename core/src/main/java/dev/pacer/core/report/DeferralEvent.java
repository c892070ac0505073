package dev.pacer.core.report;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import dev.pacer.core.DeferralKind;
import dev.pacer.core.Texts;

/**
 * One failed delivery attempt, as recorded: what the receiver said, where, to which mail. Every text field is
 * sanitized (control characters replaced) and bounded ({@value #MAX_REPLY_CHARS} characters for the reply,
 * {@value #MAX_FIELD_CHARS} for the others), whatever the receiver sent: a 10 MB reply line costs 1 KB here.
 */
public final class DeferralEvent {
    public static final int MAX_REPLY_CHARS = 1024;
    public static final int MAX_FIELD_CHARS = 255;

    private final Instant time;
    private final String mailName;
    private final String messageId;
    private final String senderDomain;
    private final String recipientDomain;
    private final String destination;
    private final String remoteHost;
    private final String remoteIp;
    private final String sendingIp;
    private final String heloName;
    private final OptionalInt basicCode;
    private final Optional<String> enhancedCode;
    private final String reply;
    private final DeferralKind kind;
    private final String step;
    private final int attempt;
    private final String lane;
    private final OptionalInt sessionsHeld;
    private final boolean firstForMail;

    private DeferralEvent(Builder b) {
        this.time = Objects.requireNonNull(b.time, "time");
        this.kind = Objects.requireNonNull(b.kind, "kind");
        this.destination = clean(Objects.requireNonNull(b.destination, "destination"), MAX_FIELD_CHARS);
        this.mailName = clean(b.mailName, MAX_FIELD_CHARS);
        this.messageId = clean(b.messageId, MAX_FIELD_CHARS);
        this.senderDomain = clean(b.senderDomain, MAX_FIELD_CHARS);
        this.recipientDomain = clean(b.recipientDomain, MAX_FIELD_CHARS);
        this.remoteHost = clean(b.remoteHost, MAX_FIELD_CHARS);
        this.remoteIp = clean(b.remoteIp, MAX_FIELD_CHARS);
        this.sendingIp = clean(b.sendingIp, MAX_FIELD_CHARS);
        this.heloName = clean(b.heloName, MAX_FIELD_CHARS);
        this.basicCode = b.basicCode;
        this.enhancedCode = b.enhancedCode.map(code -> clean(code, 16));
        this.reply = clean(b.reply, MAX_REPLY_CHARS);
        this.step = clean(b.step, 32);
        this.attempt = Math.max(1, b.attempt);
        this.lane = clean(b.lane, MAX_FIELD_CHARS);
        this.sessionsHeld = b.sessionsHeld;
        this.firstForMail = b.firstForMail.orElse(this.attempt == 1);
    }

    /**
     * True for the mail's first deferral: it becomes one of the destination's affected mails. By default the first
     * attempt's; a refusal that spent no attempt (our overshoot) may repeat at attempt 1, and says so.
     */
    public boolean firstForMail() {
        return firstForMail;
    }

    /** Sanitized (line breaks too: events are one line each in logs and files) and bounded to {@code max}. */
    static String clean(String value, int max) {
        return Texts.sanitize(value, max, false).strip();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Instant time() {
        return time;
    }

    public String mailName() {
        return mailName;
    }

    public String messageId() {
        return messageId;
    }

    public String senderDomain() {
        return senderDomain;
    }

    public String recipientDomain() {
        return recipientDomain;
    }

    public String destination() {
        return destination;
    }

    public String remoteHost() {
        return remoteHost;
    }

    public String remoteIp() {
        return remoteIp;
    }

    /** Our address on the connection, when known; empty otherwise. */
    public String sendingIp() {
        return sendingIp;
    }

    public String heloName() {
        return heloName;
    }

    public OptionalInt basicCode() {
        return basicCode;
    }

    public Optional<String> enhancedCode() {
        return enhancedCode;
    }

    public String reply() {
        return reply;
    }

    public DeferralKind kind() {
        return kind;
    }

    public String step() {
        return step;
    }

    public int attempt() {
        return attempt;
    }

    public String lane() {
        return lane;
    }

    /** For a connection-limit refusal: how many of our sessions the receiver held when it refused. */
    public OptionalInt sessionsHeld() {
        return sessionsHeld;
    }

    /** One line for logs and reports. */
    public String asLine() {
        return time + " " + destination + " " + kind + " attempt=" + attempt + " mail=" + mailName
            + (messageId.isEmpty() ? "" : " message-id=" + messageId)
            + " remote=" + remoteHost + (remoteIp.isEmpty() ? "" : "[" + remoteIp + "]") + " step=" + step
            + " reply=\"" + reply + "\"";
    }

    public static final class Builder {
        private Instant time;
        private String mailName;
        private String messageId;
        private String senderDomain;
        private String recipientDomain;
        private String destination;
        private String remoteHost;
        private String remoteIp;
        private String sendingIp;
        private String heloName;
        private OptionalInt basicCode = OptionalInt.empty();
        private Optional<String> enhancedCode = Optional.empty();
        private String reply;
        private DeferralKind kind;
        private String step;
        private int attempt = 1;
        private String lane;
        private OptionalInt sessionsHeld = OptionalInt.empty();
        private Optional<Boolean> firstForMail = Optional.empty();

        /** Whether this is the mail's first deferral (default: when it is its first attempt). */
        public Builder firstForMail(boolean value) {
            firstForMail = Optional.of(value);
            return this;
        }

        public Builder time(Instant value) {
            time = value;
            return this;
        }

        public Builder mailName(String value) {
            mailName = value;
            return this;
        }

        public Builder messageId(String value) {
            messageId = value;
            return this;
        }

        public Builder senderDomain(String value) {
            senderDomain = value;
            return this;
        }

        public Builder recipientDomain(String value) {
            recipientDomain = value;
            return this;
        }

        public Builder destination(String value) {
            destination = value;
            return this;
        }

        public Builder remoteHost(String value) {
            remoteHost = value;
            return this;
        }

        public Builder remoteIp(String value) {
            remoteIp = value;
            return this;
        }

        public Builder sendingIp(String value) {
            sendingIp = value;
            return this;
        }

        public Builder heloName(String value) {
            heloName = value;
            return this;
        }

        public Builder basicCode(OptionalInt value) {
            basicCode = value;
            return this;
        }

        public Builder enhancedCode(Optional<String> value) {
            enhancedCode = value;
            return this;
        }

        public Builder reply(String value) {
            reply = value;
            return this;
        }

        public Builder kind(DeferralKind value) {
            kind = value;
            return this;
        }

        public Builder step(String value) {
            step = value;
            return this;
        }

        public Builder attempt(int value) {
            attempt = value;
            return this;
        }

        public Builder lane(String value) {
            lane = value;
            return this;
        }

        public Builder sessionsHeld(OptionalInt value) {
            sessionsHeld = value;
            return this;
        }

        public DeferralEvent build() {
            return new DeferralEvent(this);
        }
    }
}
