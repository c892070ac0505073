package dev.pacer.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** What {@link DeferralClassifier} made of a reply: its kind, the parsed reply and the rule that decided. */
public final class Classification {
    private final DeferralKind kind;
    private final SmtpReply reply;
    private final Optional<DeferralRule> rule;
    private final List<DeferralRule> stopped;

    Classification(DeferralKind kind, SmtpReply reply, Optional<DeferralRule> rule) {
        this(kind, reply, rule, List.of());
    }

    Classification(DeferralKind kind, SmtpReply reply, Optional<DeferralRule> rule, List<DeferralRule> stopped) {
        this.kind = Objects.requireNonNull(kind);
        this.reply = Objects.requireNonNull(reply);
        this.rule = Objects.requireNonNull(rule);
        this.stopped = List.copyOf(stopped);
    }

    public DeferralKind kind() {
        return kind;
    }

    public SmtpReply reply() {
        return reply;
    }

    /** The rule that matched; empty for {@code PERMANENT} (decided by the code) and for unrecognised replies. */
    public Optional<DeferralRule> rule() {
        return rule;
    }

    /**
     * The rules stopped before they decided, their share of the reply's read budget spent ({@link ReadBudget}): a rule
     * that backtracks on this text, or a text made to be slow. Each counts as not matching; when the reply's own
     * reads ran out, the rules after the last one were not tried either. Empty for nearly every reply.
     */
    public List<DeferralRule> stopped() {
        return stopped;
    }

    /** True unless the reply is permanent: the mail may be accepted on a later attempt. */
    public boolean isTransient() {
        return kind != DeferralKind.PERMANENT;
    }

    @Override
    public String toString() {
        return kind + " (" + reply.asLine() + ")" + rule.map(r -> " by " + r.origin()).orElse("")
            + (stopped.isEmpty() ? "" : " stopped " + stopped.stream().map(DeferralRule::origin).collect(Collectors.joining(", ")));
    }
}
