package dev.pacer.matchers;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeUtils;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMatcher;

import dev.pacer.core.DeferralClassifier;
import dev.pacer.core.DeferralKind;
import dev.pacer.core.PacerAttributes;

/**
 * Matches a mail whose last delivery attempt failed temporarily with one of the deferral kinds of its condition,
 * and returns all its recipients. Use it in the processor a delivery mailet hands deferred mail to (Pacer's
 * {@code deferralProcessor}, or stock {@code RemoteDelivery}'s {@code bounceProcessor}).
 *
 * <p>Condition: a comma separated list of {@link DeferralKind} names but {@code PERMANENT} (the matcher is about
 * deferrals): {@code CONNECTION_LIMIT}, {@code RATE_LIMIT}, {@code REPUTATION}, {@code GREYLIST}, {@code MAILBOX},
 * {@code SERVER_BUSY}, {@code OTHER_TRANSIENT}; case-insensitive, required. An empty condition, an unknown kind or
 * {@code PERMANENT} fails at {@code init()} with a message listing the legal kinds.
 *
 * <p>What it reads:
 * <ul>
 *   <li>on mail from Pacer's {@code ThrottledRemoteDelivery}: the attributes {@code pacer.deferral.kind} and
 *       {@code pacer.deferral.permanent}, set from the full reply of the failed step;</li>
 *   <li>on mail from stock {@code RemoteDelivery} (no Pacer attribute): James's {@code delivery-error}, classified
 *       with Pacer's default rules, when {@code is-delivery-permanent-error} is not true. <b>Limit:</b> stock
 *       RemoteDelivery stores "Too many retries failure…" without the reply for every temporary failure, so such
 *       mail classifies as {@code OTHER_TRANSIENT}; only Pacer's own delivery tells a connection limit apart.</li>
 * </ul>
 *
 * <p>Sample (as shipped in {@code james-conf}):
 * <pre>{@code
 * <mailet match="dev.pacer.matchers.IsRemoteDeferral=CONNECTION_LIMIT" class="dev.pacer.mailets.RerouteToThrottledProcessor">
 *     <processor>throttled</processor>
 *     <throttleFor>30m</throttleFor>
 * </mailet>
 * }</pre>
 *
 * <p>Side effects: none.
 */
public class IsRemoteDeferral extends GenericMatcher {
    static final AttributeName DELIVERY_ERROR = AttributeName.of("delivery-error");
    static final AttributeName IS_DELIVERY_PERMANENT_ERROR = AttributeName.of("is-delivery-permanent-error");
    private static final AttributeName KIND = AttributeName.of(PacerAttributes.KIND);
    private static final AttributeName PERMANENT = AttributeName.of(PacerAttributes.PERMANENT);

    private Set<DeferralKind> kinds;

    @Override
    public void init() throws MessagingException {
        kinds = parseKinds(getMatcherName(), getCondition());
    }

    static Set<DeferralKind> parseKinds(String matcher, String condition) throws MessagingException {
        String legal = "legal kinds are CONNECTION_LIMIT, RATE_LIMIT, REPUTATION, GREYLIST, MAILBOX, SERVER_BUSY, OTHER_TRANSIENT";
        if (condition == null || condition.isBlank()) {
            throw new MessagingException(matcher + ": condition must list deferral kinds, got '" + condition + "'; " + legal);
        }
        Set<DeferralKind> parsed = EnumSet.noneOf(DeferralKind.class);
        for (String value : condition.split(",")) {
            DeferralKind kind;
            try {
                kind = DeferralKind.parse(value);
            } catch (IllegalArgumentException e) {
                throw new MessagingException(matcher + ": condition '" + condition + "' has unknown deferral kind '" + value.trim() + "'; " + legal);
            }
            if (kind == DeferralKind.PERMANENT) {
                throw new MessagingException(matcher + ": condition '" + condition + "' names PERMANENT, which is not a deferral; " + legal);
            }
            parsed.add(kind);
        }
        return Set.copyOf(parsed);
    }

    @Override
    public Collection<MailAddress> match(Mail mail) {
        return kindOf(mail).filter(kinds::contains).map(kind -> (Collection<MailAddress>) mail.getRecipients()).orElse(List.of());
    }

    /** The deferral kind of the mail's last failed attempt, if it was a temporary failure. */
    static Optional<DeferralKind> kindOf(Mail mail) {
        Optional<String> pacerKind = AttributeUtils.getValueAndCastFromMail(mail, KIND, String.class);
        if (pacerKind.isPresent()) {
            boolean permanent = AttributeUtils.getValueAndCastFromMail(mail, PERMANENT, Boolean.class).orElse(false);
            if (permanent) {
                return Optional.empty();
            }
            try {
                return Optional.of(DeferralKind.parse(pacerKind.get())).filter(kind -> kind != DeferralKind.PERMANENT);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        boolean permanent = AttributeUtils.getValueAndCastFromMail(mail, IS_DELIVERY_PERMANENT_ERROR, Boolean.class).orElse(false);
        if (permanent) {
            return Optional.empty();
        }
        return AttributeUtils.getValueAndCastFromMail(mail, DELIVERY_ERROR, String.class)
            .map(error -> DeferralClassifier.defaults().classify(error).kind())
            .filter(kind -> kind != DeferralKind.PERMANENT);
    }

    @Override
    public String getMatcherInfo() {
        return "Pacer IsRemoteDeferral";
    }
}
