package dev.pacer.mailets;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import javax.mail.MessagingException;

import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;

import dev.pacer.core.Durations;
import dev.pacer.core.PacerAttributes;
import dev.pacer.core.Parameters;
import dev.pacer.core.RetrySchedule;

/**
 * Gives a mail its own retry schedule, which {@code ThrottledRemoteDelivery} obeys instead of its lane's
 * {@code delayTime}/{@code maxRetries}/{@code maxAge}: stricter (longer, fewer) for a connection limit than for a
 * greylisting, for example. Use it in the deferral processor, before the mail goes back to a delivery lane; the
 * schedule counts the mail's attempts so far (attempt n waits the n-th delay).
 *
 * <p>Parameters:
 * <ul>
 *   <li>{@code delayTime} (required): RemoteDelivery's grammar, {@code [count*]duration} comma separated, a bare
 *       number in milliseconds, e.g. {@code 2*1m, 5m, 15m, 1h}; past its end the last delay repeats;</li>
 *   <li>{@code maxRetries} (optional, 0 to 1000): retries after the first attempt before the mail is bounced as
 *       expired; default: the lane's;</li>
 *   <li>{@code maxAge} (optional, a duration such as {@code 6h}): give up this long after the mail was first queued;
 *       default: the lane's.</li>
 * </ul>
 * Unknown parameters and invalid values fail at {@code init()}, naming the parameter.
 *
 * <p>Sample (as shipped in {@code james-conf}):
 * <pre>{@code
 * <mailet match="dev.pacer.matchers.IsRemoteDeferral=CONNECTION_LIMIT" class="dev.pacer.mailets.SetRetrySchedule">
 *     <delayTime>2*1m, 5m, 15m, 30m, 1h</delayTime>
 *     <maxRetries>20</maxRetries>
 *     <maxAge>2d</maxAge>
 * </mailet>
 * }</pre>
 *
 * <p>Side effects: sets the attributes {@code pacer.retry.delayTime} (String), {@code pacer.retry.maxRetries}
 * (Integer) and {@code pacer.retry.maxAge} (String, ISO-8601 duration) on the mail; the mail stays in its processor.
 */
public class SetRetrySchedule extends GenericMailet {
    private static final Set<String> PARAMETERS = Set.of("delayTime", "maxRetries", "maxAge");

    private RetrySchedule schedule;
    private Optional<Integer> maxRetries;
    private Optional<Duration> maxAge;
    private String delayTime;

    @Override
    public void init() throws MessagingException {
        try {
            Parameters parameters = MailetParameters.of(getClass().getSimpleName(), getMailetConfig()).requireOnly(PARAMETERS);
            schedule = parameters.optionalRetrySchedule("delayTime")
                .orElseThrow(() -> parameters.error("parameter 'delayTime' is required, e.g. '2*1m, 5m, 15m, 1h'"));
            delayTime = parameters.requiredString("delayTime");
            maxRetries = parameters.optionalString("maxRetries").map(any -> parameters.integer("maxRetries", 0, 0, 1000));
            maxAge = parameters.optionalDuration("maxAge", Durations.ChronoUnitName.MILLISECONDS);
            if (maxAge.isPresent() && maxAge.get().isZero()) {
                throw parameters.error("parameter 'maxAge' must be longer than 0, got '" + parameters.string("maxAge", "") + "'");
            }
        } catch (IllegalArgumentException e) {
            throw new MessagingException(e.getMessage(), e);
        }
    }

    @Override
    public void service(Mail mail) {
        MailAttributes.set(mail, PacerAttributes.RETRY_DELAY_TIME, delayTime);
        maxRetries.ifPresent(value -> MailAttributes.set(mail, PacerAttributes.RETRY_MAX_RETRIES, value));
        maxAge.ifPresent(value -> MailAttributes.set(mail, PacerAttributes.RETRY_MAX_AGE, value.toString()));
    }

    /** The schedule this mailet sets, as parsed. */
    RetrySchedule schedule() {
        return schedule;
    }

    @Override
    public String getMailetInfo() {
        return "Pacer SetRetrySchedule";
    }
}
