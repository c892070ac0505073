package dev.pacer.mailets;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.inject.Inject;
import javax.mail.MessagingException;

import org.apache.james.core.Domain;
import org.apache.james.core.MailAddress;
import org.apache.james.dnsservice.api.DNSService;
import org.apache.james.mailrepository.api.MailRepository;
import org.apache.james.mailrepository.api.MailRepositoryStore;
import org.apache.james.mailrepository.api.MailRepositoryUrl;
import org.apache.james.lifecycle.api.LifecycleUtil;
import org.apache.james.queue.api.MailQueue;
import org.apache.james.queue.api.MailQueueFactory;
import org.apache.james.queue.api.MailQueueName;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.pacer.core.Parameters;
import dev.pacer.core.PacerAttributes;
import dev.pacer.core.throttle.DestinationKey;
import dev.pacer.core.throttle.Destinations;
import dev.pacer.core.throttle.LaneScheduler;
import dev.pacer.mailets.delivery.SmtpDeliverer;

/**
 * Delivers mail to remote servers like James's {@code RemoteDelivery}, but reads every reply of the SMTP exchange
 * and tells the mail pipeline what a failed attempt met: the reply's codes and text, the SMTP step, the remote host
 * and IP, and the deferral kind. Use it where {@code RemoteDelivery} stands, at the end of the {@code transport} (or
 * a {@code relay}) processor, for mail to remote recipients.
 *
 * <p>A mail given to this mailet is split per recipient domain and put into the James MailQueue
 * {@code outgoingQueue}, which is only the lane's entry: delivery runs on the lane's own threads, never on the
 * spooler's. A mail that can start at once is delivered while its queue item stays unacknowledged; any mail that must
 * wait (its destination at its window, paced, or its retry time not come) is stored in the lane's
 * {@code waitingRepository}, a James mail repository, and only then acknowledged. The lane keeps an index entry per
 * waiting mail in memory and rebuilds it from the repository at start, so waiting mail survives a restart (with a
 * {@code file://} or distributed repository) and no queue delay is needed: James's RabbitMQ queue has none.
 * After an attempt, in this order:
 * <ul>
 *   <li>delivered recipients are settled first: the kept copy no longer carries them, so nothing failing later can
 *       send them again; the mail goes to {@code onSuccess} when set;</li>
 *   <li>recipients refused permanently (5xx) go to {@code bounceProcessor}, or bounce with a DSN to the sender
 *       (a mail without sender goes to the {@code error} processor: never dropped);</li>
 *   <li>recipients refused temporarily go to {@code deferralProcessor} when set, else wait in the lane until their
 *       next retry time (last failure + the next delay of {@code delayTime}); when {@code maxRetries} or
 *       {@code maxAge} is spent they are bounced like a permanent failure, with {@code is-delivery-permanent-error=false};</li>
 *   <li>a hand-off that fails keeps its part: a deferral waits in the lane instead, anything else goes to
 *       {@code errorRepository} with the reason as its error message. An attempt that throws (an {@code Error}
 *       included) counts as a temporary failure.</li>
 * </ul>
 * A mail that comes back from {@code deferralProcessor} (e.g. through {@code ToProcessor}) to this mailet waits in the
 * lane until the retry time its attempt count and schedule call for.
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
 *   <li>{@code deferralProcessor}: processor for every temporary failure; default: none (the mail waits in the lane for its retry time).</li>
 *   <li>{@code gateway}: comma separated {@code host[:port]} to deliver all mail through instead of the recipients'
 *       MX hosts; {@code gatewayPort}: their default port, 1 to 65535, default 25.</li>
 *   <li>{@code heloName}: name sent in EHLO; default: this machine's host name.</li>
 *   <li>{@code timeout}, {@code connectionTimeout}: socket read and connect timeouts, durations (bare number:
 *       milliseconds), longer than 0; defaults {@code 180s} and {@code 60s}. One reply longer than 64 KiB ends the
 *       session.</li>
 *   <li>{@code startTLS}: use STARTTLS when offered; default false. {@code sendpartial}: deliver to the recipients a
 *       server accepted even if it refused others; default false (one fate for all, as RemoteDelivery).</li>
 *   <li>{@code deliveryThreads}: delivery attempts running at once in this lane, 1 to 1000; default 8.</li>
 *   <li>{@code destinationKey}: what a destination is, {@code mx} (default: the recipient domain's MX host set, so
 *       domains behind one gateway share one budget) or {@code domain}; {@code routes}: static routes
 *       {@code domain=host[:port]} separated by {@code ,} or {@code ;}, each route its own destination. All lanes of a
 *       server must agree on both (checked at {@code init()}).</li>
 *   <li>{@code initialConcurrency} (1 to 1000, default 5) and {@code maxConcurrency} (1 to 1000, default 20, at
 *       least {@code initialConcurrency}): the window of a new destination and the most sessions this lane opens to
 *       one destination. The window is shared by all lanes and adapts: until the first refusal each delivered
 *       session adds one (slow start: the window doubles per round); a connection-limit deferral drops it to the
 *       sessions the receiver held; then a window's worth of deliveries raises it by one, never up to the refusal
 *       point before a wait without refusal: {@code minProbeAfter} (default {@code 30s}) after a first refusal, doubled
 *       by each refused probe up to {@code probeAfter} (default {@code 10m}). A session
 *       refused for too many connections while the receiver held others of ours is our overshoot: its mail waits for the next
 *       free slot without spending a retry ({@code pacer.deferral.overshoot}).</li>
 *   <li>{@code minDelayBetweenMessages} (default {@code 1s}) and {@code maxDelayBetweenMessages} (default
 *       {@code 1m}): a rate-limit deferral makes a destination's mails start one per pause, the minimum, doubled at
 *       each further refusal (not by refusals of one burst) up to the maximum; the pause halves after ten pauses
 *       without a refusal and ends below the minimum.</li>
 *   <li>{@code minBackoff} (default {@code 1m}) and {@code maxBackoff} (default {@code 1h}): a destination whose
 *       sessions fail a whole window in a row (no connection, no greeting, a greeting refused, the receiver busy) is
 *       suspended for {@code minBackoff}: its mail waits without connecting, then one probe session at a time; each
 *       failed probe doubles the suspension up to {@code maxBackoff}.</li>
 *   <li>{@code reputationBackoff} (default {@code 5m}, {@code 0} for none): how long a reputation deferral suspends
 *       its whole destination (PowerMTA's backoff mode), doubled while they continue.</li>
 *   <li>{@code greylistDelay}: what a greylisting deferral waits: {@code fromReply} (default: the time the reply
 *       asks for, such as postgrey's "Greylisted for 300 seconds", else the retry schedule), {@code schedule}, or a
 *       duration. Only that mail waits; its destination is not slowed.</li>
 *   <li>{@code attemptTimeout} (default {@code 10m}, at least {@code 1s}): the most one attempt may take, every host
 *       and address of the destination included; a session past it is closed. A session that is not greeted within
 *       200 ms, or silent for 10 s, stops counting against {@code deliveryThreads}, so a blackholed or tarpitting
 *       destination never holds back another destination's mail.</li>
 *   <li>{@code maxMessagesPerConnection} (1 to 100000, default 100): mails one session may carry (Postfix's
 *       connection cache): when a session's mail is delivered and another is ready for the same destination, it
 *       goes on the same session after RSET. A receiver that refuses a mail for too many in one session lowers it for
 *       that destination. {@code 1} opens a session per mail.</li>
 *   <li>{@code verifyServerIdentity} (default {@code false}): with STARTTLS, check the certificate and its name;
 *       {@code false} is opportunistic TLS (Postfix's {@code smtp_tls_security_level=may}).</li>
 *   <li>{@code gatewayUsername}, {@code gatewayPassword}: SMTP AUTH with the {@code gateway} (both or neither).</li>
 *   <li>{@code bind}: the local IP address sessions start from.</li>
 *   <li>{@code sslEnable}: RemoteDelivery's SMTPS; {@code true} is refused at startup (use {@code startTLS}).</li>
 *   <li>{@code mail.*}: further JavaMail properties, as RemoteDelivery passes them; those Pacer sets are refused.</li>
 *   <li>RemoteDelivery's spellings {@code outgoing}, {@code connectiontimeout} and {@code gatewayusername} are read
 *       as {@code outgoingQueue}, {@code connectionTimeout} and {@code gatewayUsername}; its {@code maxDnsProblemRetries},
 *       {@code debug}, {@code usePriority} and {@code loadBalancing} are accepted with a warning saying what Pacer does
 *       instead. James's sample relay processor works with only the class name changed.</li>
 *   <li>{@code connectionReuseTimeLimit} (1s to {@code attemptTimeout}, default {@code 5s}): no further mail goes on a
 *       session this old (Postfix's {@code smtp_connection_reuse_time_limit}, 300 s there). A receiver lets the
 *       sessions it already took go on when it lowers its cap; only a new session can be refused, so this bounds how
 *       long the lane takes to notice. When a refusal shrinks the window below the sessions open, the excess sessions
 *       also end after their current mail.</li>
 *   <li>{@code waitingRepository}: the mail repository where this lane's waiting mail is kept; default
 *       {@code file://var/mail/pacer/waiting/<outgoingQueue>/}. Each lane needs its own (checked at {@code init()}); on
 *       a distributed James use a repository of the distributed store, one per node, e.g.
 *       {@code cassandra://var/mail/pacer/waiting/node1/}.</li>
 *   <li>{@code errorRepository}: where a part goes when handing it on failed (with the reason as its error message);
 *       default {@code file://var/mail/pacer/error/}. Must differ from {@code waitingRepository}.</li>
 *   <li>{@code rulesFile}: a deferral rules file consulted before Pacer's defaults (a line that cannot be read fails
 *       {@code init()}; a rule that would backtrack is logged at WARN, {@code DeferralRules.warnings}, and stopped at
 *       its read budget when it does); {@code useDefaultRules}: true (default) or false to use only {@code rulesFile}.</li>
 * </ul>
 * Unknown parameters, invalid values and a repository URL James's mail repository store cannot serve fail at
 * {@code init()}, naming the parameter.
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
 *     <deliveryThreads>40</deliveryThreads>
 *     <waitingRepository>file://var/mail/pacer/waiting/pacer-outgoing/</waitingRepository>
 *     <errorRepository>file://var/mail/pacer/error/</errorRepository>
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
 * is saved to {@code var/pacer/destinations.tsv}. Waiting mail is shown and retried over JMX
 * ({@code dev.pacer:type=WaitingMail}). Needs {@link PacerModule} in {@code extensions.properties}.
 */
public class ThrottledRemoteDelivery extends GenericMailet {
    private static final Logger LOGGER = LoggerFactory.getLogger(ThrottledRemoteDelivery.class);
    /**
     * Queue items a lane may have taken but not acknowledged beyond its attempts in flight (RabbitMQ's prefetch): the
     * intake keeps dequeuing while every delivery thread is busy, so mail for other destinations is never stuck behind.
     */
    static final int PREFETCH_BEYOND_THREADS = 16;

    private final MailQueueFactory<?> queueFactory;
    private final MailRepositoryStore repositories;
    private final Destinations destinations;
    private final Reporting reporting;
    private final Clock clock;
    private final DNSService dns;
    private final Optional<SmtpDeliverer.Resolver> hostResolver;
    private ThrottledRemoteDeliveryConfiguration configuration;
    private MailQueue queue;
    private AttemptOutcomes outcomes;
    private DeliveryLane lane;

    @Inject
    public ThrottledRemoteDelivery(MailQueueFactory<?> queueFactory, MailRepositoryStore repositories, DNSService dns, Reporting reporting) {
        this(queueFactory, repositories, dns, reporting, Optional.empty());
    }

    /** With another resolver of mail server names to addresses than the DNS service's (tests). */
    ThrottledRemoteDelivery(MailQueueFactory<?> queueFactory, MailRepositoryStore repositories, DNSService dns, Reporting reporting,
                            Optional<SmtpDeliverer.Resolver> hostResolver) {
        this.dns = dns;
        this.hostResolver = hostResolver;
        this.queueFactory = queueFactory;
        this.repositories = repositories;
        this.reporting = reporting;
        this.destinations = reporting.destinations();
        this.clock = reporting.clock();
    }

    @Override
    public void init() throws MessagingException {
        try {
            Parameters parameters = MailetParameters.of(getClass().getSimpleName(), getMailetConfig());
            configuration = ThrottledRemoteDeliveryConfiguration.parse(parameters, defaultHeloName());
            ThrottledRemoteDeliveryConfiguration.warnings(parameters)
                .forEach(warning -> LOGGER.warn("{}: {}", getClass().getSimpleName(), warning));
        } catch (IllegalArgumentException e) {
            throw new MessagingException(e.getMessage(), e);
        }
        MailetDestinationResolver resolver = new MailetDestinationResolver(configuration.destinationMode, configuration.routes,
            configuration.gateways, dns, clock);
        try {
            destinations.useResolver(resolver);
        } catch (IllegalStateException e) {
            throw new MessagingException(getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        MailRepository waiting = repository("waitingRepository", configuration.waitingRepository);
        MailRepository errors = repository("errorRepository", configuration.errorRepository);
        queue = queueFactory.createQueue(MailQueueName.of(configuration.outgoingQueue),
            MailQueueFactory.prefetchCount(configuration.deliveryThreads + PREFETCH_BEYOND_THREADS));
        LaneScheduler scheduler = new LaneScheduler(destinations, configuration.windowPolicy, configuration.deliveryThreads);
        WaitingRoom waitingRoom = new WaitingRoom(waiting, configuration.waitingRepository, scheduler, clock);
        outcomes = new AttemptOutcomes(configuration, getMailetContext(), reporting, errors, this::park);
        SmtpDeliverer deliverer = new SmtpDeliverer(configuration.smtp, hostResolver.orElse(resolver::addressesOf));
        lane = new DeliveryLane(configuration.outgoingQueue, queue, configuration.deliveryThreads, scheduler, waitingRoom, deliverer,
            resolver, outcomes, destinations, configuration.attemptTimeout, configuration.connectionReuse);
        try {
            reporting.lanes().register(lane);
        } catch (IllegalStateException e) {
            lane.dispose();
            lane = null;
            throw new MessagingException(getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        lane.start();
        reporting.attach();
        LOGGER.info("lane={} started: deliveryThreads={} initialConcurrency={} maxConcurrency={} probeAfter={} delayTime={} maxRetries={} {} deferralProcessor={} waitingRepository={}",
            configuration.outgoingQueue, configuration.deliveryThreads, configuration.windowPolicy.initialConcurrency(),
            configuration.windowPolicy.maxConcurrency(), configuration.windowPolicy.probeAfter(), configuration.retrySchedule,
            configuration.maxRetries, resolver.description(), configuration.deferralProcessor.orElse("-"), configuration.waitingRepository);
    }

    private MailRepository repository(String parameter, String url) throws MessagingException {
        try {
            return repositories.select(MailRepositoryUrl.from(url));
        } catch (Exception e) {
            String protocol = url.substring(0, Math.max(0, url.indexOf(':')));
            throw new MessagingException(getClass().getSimpleName() + ": parameter '" + parameter + "' names '" + url
                + "', which James's mail repository store cannot provide (" + e + "): declare a repository for protocol '" + protocol
                + "' in conf/mailrepositorystore.xml (for file://, class org.apache.james.mailrepository.file.FileMailRepository), "
                + "or set " + parameter + " to a URL your store serves", e);
        }
    }

    /**
     * Takes mail for remote delivery: a new mail is split per recipient domain and enters the lane's queue; a mail
     * coming back after a failed attempt (from {@code deferralProcessor}) waits in the lane for its retry time.
     */
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
            accept(mail);
        } else {
            for (Map.Entry<Domain, List<MailAddress>> group : byDomain.entrySet()) {
                Mail part = mail.duplicate();
                part.setName(mail.getName() + "-to-" + group.getKey().asString());
                part.setRecipients(group.getValue());
                try {
                    accept(part);
                } finally {
                    LifecycleUtil.dispose(part);
                }
            }
        }
        mail.setState(Mail.GHOST);
    }

    private void accept(Mail mail) throws MessagingException {
        if (AttemptOutcomes.attempt(mail) == 0) {
            queue.enQueue(mail);
            return;
        }
        DestinationKey destination = MailAttributes.string(mail, PacerAttributes.DESTINATION).flatMap(ThrottledRemoteDelivery::parseKey)
            .orElseGet(() -> lane.destinationOf(mail));
        Instant notBefore = outcomes.retryTime(mail);
        LOGGER.debug("mail={} waits in lane {} for {} until {}", mail.getName(), configuration.outgoingQueue, destination, notBefore);
        lane.park(mail, destination, notBefore);
    }

    private void park(Mail mail, DestinationKey destination, Instant notBefore) throws MessagingException {
        lane.park(mail, destination, notBefore);
    }

    private static Optional<DestinationKey> parseKey(String value) {
        try {
            return Optional.of(DestinationKey.parse(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The lane, for tests. */
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
            reporting.lanes().unregister(lane);
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
