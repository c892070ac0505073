package dev.pacer.mailets;

import java.time.Duration;
import java.util.Set;

import javax.inject.Inject;
import javax.mail.MessagingException;

import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.pacer.core.Durations;
import dev.pacer.core.PacerAttributes;
import dev.pacer.core.Parameters;
import dev.pacer.core.throttle.DestinationKey;
import dev.pacer.core.throttle.Destinations;

/**
 * Sends the mail to the throttled delivery processor and marks its destination throttled for {@code throttleFor}
 * (PowerMTA's backoff mode, KumoMTA's traffic-shaping suspension): while it lasts, {@code IsThrottledDestination}
 * sends new mail for that destination to the same lane. Each new rerouted deferral re-arms the throttle; it ends
 * {@code throttleFor} after the last one. Use it in the deferral processor, after {@code SetRetrySchedule}.
 *
 * <p>The destination is the one the failed attempt was for ({@code pacer.destination}, set by
 * {@code ThrottledRemoteDelivery}); for mail handed over by stock {@code RemoteDelivery} it is computed from the
 * first recipient's domain the way Pacer's lanes compute it.
 *
 * <p>Parameters:
 * <ul>
 *   <li>{@code processor} (required): the processor holding the throttled {@code ThrottledRemoteDelivery};</li>
 *   <li>{@code throttleFor} (optional, a duration, default {@code 30m}): how long the destination stays throttled
 *       after its last rerouted deferral.</li>
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
 * <p>Side effects: the destination's throttle (shared state, persisted, visible over JMX), the attribute
 * {@code pacer.throttle.reason} (kind and reply of the deferral), and the mail's state set to {@code processor}.
 */
public class RerouteToThrottledProcessor extends GenericMailet {
    private static final Logger LOGGER = LoggerFactory.getLogger(RerouteToThrottledProcessor.class);
    private static final Set<String> PARAMETERS = Set.of("processor", "throttleFor");

    private final Destinations destinations;
    private String processor;
    private Duration throttleFor;

    /** As James builds it (without Pacer's Guice module, {@link Reporting} fails naming the line to add). */
    @Inject
    public RerouteToThrottledProcessor(Reporting reporting) {
        this(reporting.destinations());
    }

    public RerouteToThrottledProcessor(Destinations destinations) {
        this.destinations = destinations;
    }

    @Override
    public void init() throws MessagingException {
        try {
            Parameters parameters = MailetParameters.of(getClass().getSimpleName(), getMailetConfig()).requireOnly(PARAMETERS);
            processor = parameters.requiredString("processor");
            throttleFor = parameters.duration("throttleFor", Duration.ofMinutes(30), Durations.ChronoUnitName.MILLISECONDS);
            if (throttleFor.isZero()) {
                throw parameters.error("parameter 'throttleFor' must be longer than 0, got '" + parameters.string("throttleFor", "") + "'");
            }
        } catch (IllegalArgumentException e) {
            throw new MessagingException(e.getMessage(), e);
        }
    }

    @Override
    public void service(Mail mail) {
        if (mail.getRecipients().isEmpty()) {
            return;
        }
        DestinationKey destination = MailDestination.of(mail, destinations);
        String reason = MailAttributes.string(mail, PacerAttributes.KIND).orElse("DEFERRAL")
            + MailAttributes.string(mail, PacerAttributes.REPLY).map(reply -> " " + reply).orElse("");
        destinations.throttle(destination, throttleFor, reason, 1);
        MailAttributes.set(mail, PacerAttributes.THROTTLE_REASON, reason);
        LOGGER.debug("mail={} destination={} rerouted to {}", mail.getName(), destination, processor);
        mail.setState(processor);
    }

    @Override
    public String getMailetInfo() {
        return "Pacer RerouteToThrottledProcessor";
    }
}
