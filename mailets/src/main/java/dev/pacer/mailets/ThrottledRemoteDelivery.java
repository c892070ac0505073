package dev.pacer.mailets;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.mail.MessagingException;

import org.apache.james.core.Domain;
import org.apache.james.core.MailAddress;
import org.apache.james.queue.api.MailQueue;
import org.apache.james.queue.api.MailQueueFactory;
import org.apache.james.queue.api.MailQueueName;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.pacer.core.PacerAttributes;
import dev.pacer.core.throttle.Destinations;
import dev.pacer.mailets.delivery.SmtpDeliverer;

/**
 * Delivers mail to remote servers like James's {@code RemoteDelivery}, but reads every reply of the SMTP exchange
 * and tells the mail pipeline what a failed attempt met: the reply's codes and text, the SMTP step, the remote host
 * and IP, and the deferral kind. Use it where {@code RemoteDelivery} stands, at the end of the {@code transport} (or
 * a {@code relay}) processor, for mail to remote recipients.
 *
 * <p>A mail given to this mailet is split per recipient domain and put into the James MailQueue
 * {@code outgoingQueue}; delivery runs from that queue on its own threads, never on the spooler's. After an attempt:
 * <ul>
 *   <li>delivered recipients are done (the mail goes to {@code onSuccess} when set);</li>
 *   <li>recipients refused permanently (5xx) go to {@code bounceProcessor}, or bounce with a DSN to the sender
 *       (a mail without sender goes to the {@code error} processor: never dropped);</li>
 *   <li>recipients refused temporarily go to {@code deferralProcessor} when set, else back into the queue after the
 *       next delay of {@code delayTime}; when {@code maxRetries} or {@code maxAge} is spent they are bounced like a
 *       permanent failure, with {@code is-delivery-permanent-error=false}.</li>
 * </ul>
 * A mail that comes back from {@code deferralProcessor} (e.g. through {@code ToProcessor}) to this mailet re-enters
 * the queue after the delay its attempt count calls for.
 *
 * <p>Parameters (all optional):
 * <ul>
 *   <li>{@code outgoingQueue}: name of the James MailQueue of this lane; default {@code pacer-outgoing}. Two
 *       instances of this mailet need two queues.</li>
 *   <li>{@code delayTime}: retry delays in RemoteDelivery's grammar, {@code [count*]duration} comma separated, a bare
 *       number in milliseconds; default {@code 2*5m, 15m, 1h, 2h, 4h}; past its end the last delay repeats.</li>
 *   <li>{@code maxRetries}: retries after the first attempt, 0 to 1000; default 5.</li>
 *   <li>{@code maxAge}: give up on a mail this long after it was first queued, e.g. {@code 2d}; default none.</li>
 *   <li>{@code bounceProcessor}: processor for permanent and expired failures; default: DSN to the sender.</li>
 *   <li>{@code onSuccess}: processor for delivered mail; default: none (the mail ends).</li>
 *   <li>{@code deferralProcessor}: processor for every temporary failure; default: none (re-queued at once).</li>
 *   <li>{@code gateway}: comma separated {@code host[:port]} to deliver all mail through instead of the recipients'
 *       MX hosts; {@code gatewayPort}: their default port, 1 to 65535, default 25.</li>
 *   <li>{@code heloName}: name sent in EHLO; default: this machine's host name.</li>
 *   <li>{@code timeout}, {@code connectionTimeout}: socket read and connect timeouts, durations (bare number:
 *       milliseconds), longer than 0; defaults {@code 180s} and {@code 60s}.</li>
 *   <li>{@code startTLS}: use STARTTLS when offered; default false. {@code sendpartial}: deliver to the recipients a
 *       server accepted even if it refused others; default false (one fate for all, as RemoteDelivery).</li>
 *   <li>{@code deliveryThreads}: delivery attempts running at once in this lane, 1 to 1000; default 8.</li>
 *   <li>{@code destinationKey}: what a destination is, {@code mx} (default: the recipient domain's MX host set, so
 *       domains behind one gateway share one budget) or {@code domain}; {@code routes}: static routes
 *       {@code domain=host[:port]} separated by {@code ,} or {@code ;}, each route its own destination. All lanes of a
 *       server must agree on both (checked at {@code init()}).</li>
 *   <li>{@code initialConcurrency} (1 to 1000, default 5) and {@code maxConcurrency} (1 to 1000, default 20, at
 *       least {@code initialConcurrency}): the window of a new destination and the most sessions this lane opens to
 *       one destination. The window is shared by all lanes and adapts: a connection-limit deferral drops it below
 *       the concurrency the receiver refused at, a window's worth of deliveries raises it by one, never up to the
 *       refusal point before {@code probeAfter} (duration, default {@code 10m}) has passed without a refusal.</li>
 *   <li>{@code minDelayBetweenMessages} (default {@code 1s}) and {@code maxDelayBetweenMessages} (default
 *       {@code 1m}): a rate-limit deferral makes a destination's session starts wait the minimum, doubled at each
 *       further one up to the maximum, halved as deliveries succeed.</li>
 *   <li>{@code maxHeldPerDestination} (1 to 100000, default 100): mails a lane keeps waiting in memory per
 *       destination; the others go back into the queue until about when their turn comes.</li>
 *   <li>{@code rulesFile}: a deferral rules file consulted before Pacer's defaults; {@code useDefaultRules}: true
 *       (default) or false to use only {@code rulesFile}.</li>
 * </ul>
 * Unknown parameters and invalid values fail at {@code init()}, naming the parameter.
 *
 * <p>Sample (as shipped in {@code james-conf}):
 * <pre>{@code
 * <mailet match="All" class="dev.pacer.mailets.ThrottledRemoteDelivery">
 *     <outgoingQueue>pacer-outgoing</outgoingQueue>
 *     <destinationKey>mx</destinationKey>
 *     <initialConcurrency>5</initialConcurrency>
 *     <maxConcurrency>20</maxConcurrency>
 *     <probeAfter>10m</probeAfter>
 *     <delayTime>2*5m, 15m, 1h, 2h, 4h</delayTime>
 *     <maxRetries>5</maxRetries>
 *     <maxAge>2d</maxAge>
 *     <deliveryThreads>8</deliveryThreads>
 *     <bounceProcessor>bounces</bounceProcessor>
 *     <deferralProcessor>deferrals</deferralProcessor>
 * </mailet>
 * }</pre>
 *
 * <p>Side effects: on every failed attempt the mail carries the attributes of {@link PacerAttributes} (kind, basic
 * and enhanced code, reply, step, remote host and IP, recipient domain, attempt number, time, lane); on a bounce it
 * also carries James's {@code delivery-error}, {@code delivery-error-code} and {@code is-delivery-permanent-error}.
 * One INFO line per failed attempt (with the reply, like Postfix's status=deferred lines) and per change of a destination's window, refusal point or pacing
 * ({@code destination=… window=5->2 refusalPoint=none->3 reason=CONNECTION_LIMIT at concurrency 3}); learned state
 * is saved to {@code var/pacer/destinations.tsv}. Needs {@link PacerModule} in {@code extensions.properties}.
 */
public class ThrottledRemoteDelivery extends GenericMailet {
    private static final Logger LOGGER = LoggerFactory.getLogger(ThrottledRemoteDelivery.class);

    private final MailQueueFactory<?> queueFactory;
    private final Destinations destinations;
    private final Reporting reporting;
    private final Clock clock;
    private ThrottledRemoteDeliveryConfiguration configuration;
    private MailQueue queue;
    private AttemptOutcomes outcomes;
    private DeliveryLane lane;

    @Inject
    public ThrottledRemoteDelivery(MailQueueFactory<?> queueFactory, Reporting reporting) {
        this.queueFactory = queueFactory;
        this.reporting = reporting;
        this.destinations = reporting.destinations();
        this.clock = reporting.clock();
    }

    @Override
    public void init() throws MessagingException {
        try {
            configuration = ThrottledRemoteDeliveryConfiguration.parse(
                MailetParameters.of(getClass().getSimpleName(), getMailetConfig()), defaultHeloName());
        } catch (IllegalArgumentException e) {
            throw new MessagingException(e.getMessage(), e);
        }
        MailetDestinationResolver resolver = new MailetDestinationResolver(configuration.destinationMode, configuration.routes,
            configuration.gateways, getMailetContext(), clock);
        try {
            destinations.useResolver(resolver);
        } catch (IllegalStateException e) {
            throw new MessagingException(getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        queue = queueFactory.createQueue(MailQueueName.of(configuration.outgoingQueue));
        outcomes = new AttemptOutcomes(configuration, getMailetContext(), queue, reporting);
        SmtpDeliverer deliverer = new SmtpDeliverer(configuration.smtp, SmtpDeliverer.systemResolver());
        lane = new DeliveryLane(queue, configuration.deliveryThreads, configuration.maxHeldPerDestination, deliverer, resolver,
            outcomes, destinations, configuration.windowPolicy);
        lane.start();
        reporting.attach();
        LOGGER.info("lane={} started: deliveryThreads={} initialConcurrency={} maxConcurrency={} probeAfter={} delayTime={} maxRetries={} {} deferralProcessor={}",
            configuration.outgoingQueue, configuration.deliveryThreads, configuration.windowPolicy.initialConcurrency(),
            configuration.windowPolicy.maxConcurrency(), configuration.windowPolicy.probeAfter(), configuration.retrySchedule,
            configuration.maxRetries, resolver.description(), configuration.deferralProcessor.orElse("-"));
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        Collection<MailAddress> recipients = mail.getRecipients();
        if (recipients.isEmpty()) {
            mail.setState(Mail.GHOST);
            return;
        }
        AttemptOutcomes.forgetCopiedAttempts(mail);
        if (MailAttributes.string(mail, PacerAttributes.QUEUED_TIME).isEmpty()) {
            MailAttributes.set(mail, PacerAttributes.QUEUED_TIME, clock.instant().toString());
        }
        Map<Domain, List<MailAddress>> byDomain = new LinkedHashMap<>();
        for (MailAddress recipient : recipients) {
            byDomain.computeIfAbsent(recipient.getDomain(), domain -> new ArrayList<>()).add(recipient);
        }
        if (byDomain.size() == 1) {
            outcomes.requeue(mail);
        } else {
            for (Map.Entry<Domain, List<MailAddress>> group : byDomain.entrySet()) {
                Mail part = mail.duplicate();
                part.setName(mail.getName() + "-to-" + group.getKey().asString());
                part.setRecipients(group.getValue());
                outcomes.requeue(part);
            }
        }
        mail.setState(Mail.GHOST);
    }

    /** The lane, for tests of its bounds. */
    DeliveryLane lane() {
        return lane;
    }

    private static String defaultHeloName() {
        try {
            return InetAddress.getLocalHost().getCanonicalHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    @Override
    public void destroy() {
        if (lane != null) {
            lane.dispose();
            reporting.detach();
        }
        if (queue != null) {
            try {
                queue.close();
            } catch (Exception e) {
                LOGGER.debug("closing queue {} failed", configuration.outgoingQueue, e);
            }
        }
    }

    @Override
    public String getMailetInfo() {
        return "Pacer ThrottledRemoteDelivery";
    }
}
