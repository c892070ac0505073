package dev.pacer.matchers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.inject.Inject;
import javax.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMatcher;

import dev.pacer.core.throttle.Destinations;
import dev.pacer.mailets.Reporting;

/**
 * Matches the recipients whose destination is currently throttled, so new mail for it skips the normal delivery
 * lane and joins the throttled one (PowerMTA reroutes new arrivals during backoff the same way). Use it in the
 * processor that holds the normal {@code ThrottledRemoteDelivery}, before it, with a {@code ToProcessor} to the
 * throttled processor. Recipients of other destinations go on (James splits the mail).
 *
 * <p>A destination is throttled by {@code RerouteToThrottledProcessor} and stays so until {@code throttleFor} after
 * its last rerouted deferral (or an operator's {@code unthrottle} over JMX). Destinations are computed from the
 * recipient domain as Pacer's lanes compute them ({@code destinationKey}, {@code routes}); the MX lookups that needs
 * are cached.
 *
 * <p>Condition: none (a condition is refused, so a typo cannot pass for a setting).
 *
 * <p>Sample (as shipped in {@code james-conf}):
 * <pre>{@code
 * <mailet match="dev.pacer.matchers.IsThrottledDestination" class="ToProcessor">
 *     <processor>throttled</processor>
 * </mailet>
 * }</pre>
 *
 * <p>Side effects: none.
 */
public class IsThrottledDestination extends GenericMatcher {
    private final Destinations destinations;

    /** As James builds it (without Pacer's Guice module, {@link Reporting} fails naming the line to add). */
    @Inject
    public IsThrottledDestination(Reporting reporting) {
        this(reporting.destinations());
    }

    public IsThrottledDestination(Destinations destinations) {
        this.destinations = destinations;
    }

    @Override
    public void init() throws MessagingException {
        String condition = getCondition();
        if (condition != null && !condition.isBlank()) {
            throw new MessagingException(getMatcherName() + ": takes no condition, got '" + condition + "'");
        }
    }

    @Override
    public Collection<MailAddress> match(Mail mail) {
        List<MailAddress> matched = new ArrayList<>();
        for (MailAddress recipient : mail.getRecipients()) {
            if (destinations.isThrottled(destinations.keyFor(recipient.getDomain().asString()))) {
                matched.add(recipient);
            }
        }
        return matched;
    }

    @Override
    public String getMatcherInfo() {
        return "Pacer IsThrottledDestination";
    }
}
