package dev.pacer.mailets;

import java.util.Optional;

import org.apache.mailet.Mail;

import dev.pacer.core.PacerAttributes;
import dev.pacer.core.throttle.DestinationKey;
import dev.pacer.core.throttle.Destinations;

/**
 * The destination a mail's deferral concerns: the one its last attempt recorded ({@code pacer.destination}), else
 * the one Pacer's lanes compute for its first recipient's domain.
 */
final class MailDestination {
    private MailDestination() {
    }

    static DestinationKey of(Mail mail, Destinations destinations) {
        return MailAttributes.string(mail, PacerAttributes.DESTINATION)
            .flatMap(MailDestination::parse)
            .orElseGet(() -> destinations.keyFor(mail.getRecipients().iterator().next().getDomain().asString()));
    }

    private static Optional<DestinationKey> parse(String value) {
        try {
            return Optional.of(DestinationKey.parse(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
