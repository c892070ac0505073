package dev.pacer.mailets.delivery;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.james.core.MailAddress;

import dev.pacer.core.SmtpReply;
import dev.pacer.core.SmtpStep;

/**
 * What one delivery attempt of one mail did, per recipient: delivered, failed temporarily, failed permanently, with
 * the reply that failed each group and where it was read.
 */
public final class AttemptResult {
    /** Where and how an attempt failed. */
    public static final class Failure {
        /** The remote host of a failure that happened on our side, before any connection. */
        public static final String NO_HOST = "none";

        private final SmtpStep step;
        private final SmtpReply reply;
        private final String remoteHost;
        private final Optional<String> remoteIp;
        private final Optional<String> sendingIp;

        public Failure(SmtpStep step, SmtpReply reply, String remoteHost, Optional<String> remoteIp) {
            this(step, reply, remoteHost, remoteIp, Optional.empty());
        }

        public Failure(SmtpStep step, SmtpReply reply, String remoteHost, Optional<String> remoteIp, Optional<String> sendingIp) {
            this.step = Objects.requireNonNull(step);
            this.reply = Objects.requireNonNull(reply);
            this.remoteHost = Objects.requireNonNull(remoteHost);
            this.remoteIp = Objects.requireNonNull(remoteIp);
            this.sendingIp = Objects.requireNonNull(sendingIp);
        }

        /**
         * A failure on our side before any connection (no mail server found, an error of ours): it says nothing
         * about the destination.
         */
        public static Failure local(String text) {
            return new Failure(SmtpStep.CONNECT, SmtpReply.parse(text), NO_HOST, Optional.empty());
        }

        public boolean isLocal() {
            return NO_HOST.equals(remoteHost) && remoteIp.isEmpty();
        }

        /** Our address on the connection, when one was made. */
        public Optional<String> sendingIp() {
            return sendingIp;
        }

        public SmtpStep step() {
            return step;
        }

        public SmtpReply reply() {
            return reply;
        }

        public String remoteHost() {
            return remoteHost;
        }

        public Optional<String> remoteIp() {
            return remoteIp;
        }

        @Override
        public String toString() {
            return step + " at " + remoteHost + remoteIp.map(ip -> "[" + ip + "]").orElse("") + ": " + reply.asLine();
        }
    }

    private final List<MailAddress> delivered;
    private final List<MailAddress> temporary;
    private final List<MailAddress> permanent;
    private final Optional<Failure> temporaryFailure;
    private final Optional<Failure> permanentFailure;
    private final Optional<String> deliveredTo;

    private AttemptResult(List<MailAddress> delivered, List<MailAddress> temporary, List<MailAddress> permanent,
                          Optional<Failure> temporaryFailure, Optional<Failure> permanentFailure, Optional<String> deliveredTo) {
        if (!temporary.isEmpty() && temporaryFailure.isEmpty() || !permanent.isEmpty() && permanentFailure.isEmpty()) {
            throw new IllegalStateException("failed recipients without a failure: temporary=" + temporary + " permanent=" + permanent);
        }
        this.delivered = List.copyOf(delivered);
        this.temporary = List.copyOf(temporary);
        this.permanent = List.copyOf(permanent);
        this.temporaryFailure = temporaryFailure;
        this.permanentFailure = permanentFailure;
        this.deliveredTo = deliveredTo;
    }

    public static AttemptResult delivered(List<MailAddress> recipients, String host) {
        return new AttemptResult(recipients, List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.of(host));
    }

    public static AttemptResult temporary(List<MailAddress> recipients, Failure failure) {
        return new AttemptResult(List.of(), recipients, List.of(), Optional.of(failure), Optional.empty(), Optional.empty());
    }

    public static AttemptResult permanent(List<MailAddress> recipients, Failure failure) {
        return new AttemptResult(List.of(), List.of(), recipients, Optional.empty(), Optional.of(failure), Optional.empty());
    }

    public static AttemptResult mixed(List<MailAddress> delivered, List<MailAddress> temporary, List<MailAddress> permanent,
                                      Optional<Failure> temporaryFailure, Optional<Failure> permanentFailure, Optional<String> host) {
        return new AttemptResult(delivered, temporary, permanent, temporaryFailure, permanentFailure,
            delivered.isEmpty() ? Optional.empty() : host);
    }

    public List<MailAddress> delivered() {
        return delivered;
    }

    public List<MailAddress> temporary() {
        return temporary;
    }

    public List<MailAddress> permanent() {
        return permanent;
    }

    public Optional<Failure> temporaryFailure() {
        return temporaryFailure;
    }

    public Optional<Failure> permanentFailure() {
        return permanentFailure;
    }

    /** The host that accepted the delivered recipients. */
    public Optional<String> deliveredTo() {
        return deliveredTo;
    }

    @Override
    public String toString() {
        return "delivered=" + delivered + " temporary=" + temporary + temporaryFailure.map(f -> " (" + f + ")").orElse("")
            + " permanent=" + permanent + permanentFailure.map(f -> " (" + f + ")").orElse("");
    }
}
