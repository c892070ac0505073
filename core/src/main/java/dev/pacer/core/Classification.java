package dev.pacer.core;

import java.util.Objects;
import java.util.Optional;

/** What {@link DeferralClassifier} made of a reply: its kind, the parsed reply and the rule that decided. */
public final class Classification {
    private final DeferralKind kind;
    private final SmtpReply reply;
    private final Optional<DeferralRule> rule;

    Classification(DeferralKind kind, SmtpReply reply, Optional<DeferralRule> rule) {
        this.kind = Objects.requireNonNull(kind);
        this.reply = Objects.requireNonNull(reply);
        this.rule = Objects.requireNonNull(rule);
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

    /** True unless the reply is permanent: the mail may be accepted on a later attempt. */
    public boolean isTransient() {
        return kind != DeferralKind.PERMANENT;
    }

    @Override
    public String toString() {
        return kind + " (" + reply.asLine() + ")" + rule.map(r -> " by " + r.origin()).orElse("");
    }
}
