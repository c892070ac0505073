package dev.pacer.mailets;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.apache.james.core.MailAddress;
import org.apache.james.metrics.api.MetricFactory;
import org.apache.mailet.MailetContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.inject.ProvidedBy;

import dev.pacer.core.Classification;
import dev.pacer.core.DeferralRule;
import dev.pacer.core.Texts;
import dev.pacer.core.report.DeferralEvent;
import dev.pacer.core.report.DeferralStore;
import dev.pacer.core.report.DestinationStatistics;
import dev.pacer.core.report.EscalationReport;
import dev.pacer.core.report.NotificationBudget;
import dev.pacer.core.report.OutcomeEvent;
import dev.pacer.core.report.Severity;
import dev.pacer.core.throttle.DestinationKey;
import dev.pacer.core.throttle.DestinationSnapshot;
import dev.pacer.core.throttle.Destinations;
import dev.pacer.mailets.jmx.DeferralStats;
import dev.pacer.mailets.jmx.Throttle;
import dev.pacer.mailets.jmx.WaitingMail;

/**
 * Where Pacer's mailets report deferrals and outcomes: the {@link DeferralStore}, James's metrics, the notification
 * mail to the postmaster, and the JMX beans. One per server (bound by {@link PacerModule}).
 *
 * <p>The JMX beans live as long as some Pacer mailet does: the first mailet's {@code init()} registers them on the
 * platform MBeanServer (which James's JMX endpoint serves), the last one's {@code destroy()} unregisters them and
 * writes statistics and windows to disk. Tying them to the mailet container rather than to an extension startable
 * means a James restarted in the same JVM registers them again without a leak.
 *
 * <p>{@link PacerModule} binds it; without that module in James's {@code extensions.properties}, Guice falls back on
 * {@link PacerModuleMissing}, whose error names the line to add (Guice's own would name a type the operator does not
 * know). Every Pacer mailet, matcher and route injects this, so that error is the first one James reports.
 */
@ProvidedBy(PacerModuleMissing.class)
public final class Reporting {
    private static final Logger LOGGER = LoggerFactory.getLogger(Reporting.class);
    public static final String STATS_NAME = "dev.pacer:type=DeferralStats";
    public static final String THROTTLE_NAME = "dev.pacer:type=Throttle";
    public static final String WAITING_NAME = "dev.pacer:type=WaitingMail";

    private final DeferralStore store;
    private final Destinations destinations;
    private final MetricFactory metrics;
    private final PacerSettings settings;
    private final Clock clock;
    private final Lanes lanes;
    private final Map<String, Instant> lastNotified = new ConcurrentHashMap<>();
    private final NotificationBudget notificationBudget;
    /** Deferrals per classifying rule ({@code file:line}; {@code 5xx}; {@code none}), since James started. */
    private final Map<String, java.util.concurrent.atomic.LongAdder> ruleHits = new ConcurrentHashMap<>();
    private int attached;

    public Reporting(DeferralStore store, Destinations destinations, MetricFactory metrics, PacerSettings settings, Clock clock,
                     Lanes lanes) {
        this.store = store;
        this.lanes = lanes;
        this.destinations = destinations;
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
        this.notificationBudget = new NotificationBudget(settings.notifyMaxPerHour);
    }

    public DeferralStore store() {
        return store;
    }

    public Destinations destinations() {
        return destinations;
    }

    public Clock clock() {
        return clock;
    }

    public Lanes lanes() {
        return lanes;
    }

    /**
     * Records a deferral, counts it in James's metrics and notifies if the destination needs an operator. A rule the
     * classification stopped, its read budget spent ({@link Classification#stopped()}), is counted as
     * {@code "stopped: <rule>"} and logged at its first stop and each power of two after it.
     */
    public void deferral(DeferralEvent event, Classification classification, MailetContext context) {
        count(ruleOf(classification));
        for (DeferralRule stopped : classification.stopped()) {
            long stops = count(STOPPED + ruleOf(stopped));
            if (Long.bitCount(stops) == 1) {
                LOGGER.warn("Pacer rule {} was stopped on a reply from {} (stop {} since James started): it read more of the "
                    + "reply than its budget allows and counted as not matching, so the reply was read as {}; a rule that "
                    + "backtracks this way should be rewritten. Reply: {}", stopped.origin(), event.destination(), stops,
                    classification.kind(), Texts.echo(classification.reply().asLine()));
            }
        }
        deferral(event, context);
    }

    private static final String STOPPED = "stopped: ";

    private long count(String rule) {
        java.util.concurrent.atomic.LongAdder hits = ruleHits.computeIfAbsent(rule, key -> new java.util.concurrent.atomic.LongAdder());
        hits.increment();
        return hits.sum();
    }

    /** Which rule classified a reply, as operators read it: {@code file:line}, {@code 5xx} or {@code none}. */
    static String ruleOf(Classification classification) {
        return classification.rule().map(Reporting::ruleOf)
            .orElse(classification.kind() == dev.pacer.core.DeferralKind.PERMANENT ? "5xx (permanent by its code)" : "none (no rule matched)");
    }

    private static String ruleOf(DeferralRule rule) {
        return rule.origin() + " " + rule.kind() + " " + rule.pattern();
    }

    /**
     * How many deferrals each rule classified since James started, most first: which rules fire in production (an
     * operator's {@code rulesFile} lines included), and as {@code "stopped: <rule>"} how many replies a rule was stopped
     * on, its read budget spent. At most two entries per rule line, so bounded by the rules.
     */
    public java.util.LinkedHashMap<String, Long> ruleHits() {
        java.util.LinkedHashMap<String, Long> sorted = new java.util.LinkedHashMap<>();
        ruleHits.entrySet().stream()
            .sorted(Map.Entry.<String, java.util.concurrent.atomic.LongAdder>comparingByValue(
                java.util.Comparator.comparingLong(java.util.concurrent.atomic.LongAdder::sum)).reversed().thenComparing(Map.Entry.comparingByKey()))
            .forEach(entry -> sorted.put(entry.getKey(), entry.getValue().sum()));
        return sorted;
    }

    /** Records a deferral (without the rule that classified it: see the overload). */
    public void deferral(DeferralEvent event, MailetContext context) {
        store.record(event);
        metrics.generate("pacer_deferrals_" + event.kind().name()).increment();
        metrics.generate("pacer_deferrals").increment();
        notifyIfNeeded(event.destination(), context);
    }

    /** Records the outcome of a mail deferred at least once. */
    public void outcome(OutcomeEvent event, MailetContext context) {
        store.record(event);
        metrics.generate("pacer_outcome_" + event.outcome().name()).increment();
        LOGGER.debug("mail={} destination={} outcome={} attempts={} extraDelay={}", event.mailName(), event.destination(),
            event.outcome(), event.attempts(), event.extraDelay());
        notifyIfNeeded(event.destination(), context);
    }

    /** The escalation report of a destination (an unknown destination is an IllegalArgumentException naming it). */
    public String report(String destination) {
        DestinationStatistics stats = statistics(destination);
        Optional<DestinationSnapshot> window = parse(destination).flatMap(destinations::find).map(state -> state.snapshot());
        return EscalationReport.render(stats, window, store.recentEvents(destination, 20));
    }

    /** @throws IllegalArgumentException naming the destination and the known ones */
    public DestinationStatistics statistics(String destination) {
        return store.statistics(destination == null ? "" : destination.trim().toLowerCase(java.util.Locale.ROOT))
            .orElseThrow(() -> new IllegalArgumentException("unknown destination '" + Texts.echo(destination)
                + "': no deferral recorded for it; destinations with deferrals: " + Texts.firstOf(store.destinations(), 20)));
    }

    private static Optional<DestinationKey> parse(String destination) {
        try {
            return Optional.of(DestinationKey.parse(destination));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The destinations whose reports the hourly budget held back, named in the next report that goes. */
    private String heldBack(NotificationBudget.Grant grant) {
        if (grant.heldBack().isEmpty() && grant.heldBackUnnamed() == 0) {
            return "";
        }
        return "\n\nAlso reached WATCH or ESCALATE since the last report, not mailed (notify.maxPerHour="
            + settings.notifyMaxPerHour + " reports an hour were spent): " + Texts.firstOf(grant.heldBack(), 50)
            + (grant.heldBackUnnamed() > 0 ? " and " + grant.heldBackUnnamed() + " more" : "")
            + ". Their statistics: JMX dev.pacer:type=DeferralStats or WebAdmin GET /pacer/destinations.\n";
    }

    private void notifyIfNeeded(String destination, MailetContext context) {
        if (!settings.notifyEnabled || context == null) {
            return;
        }
        if (store.severity(destination) == Severity.NORMAL) {
            return;
        }
        Optional<DestinationStatistics> stats = store.statistics(destination);
        if (stats.isEmpty() || stats.get().severity() == Severity.NORMAL) {
            return;
        }
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        Optional<NotificationBudget.Grant>[] granted = new Optional[] {Optional.empty()};
        lastNotified.compute(destination, (key, previous) -> {
            if (previous == null || !now.isBefore(previous.plus(settings.notifyEvery))) {
                // Due for this destination; the server-wide hourly budget decides whether it goes now.
                granted[0] = notificationBudget.tryAcquire(destination, now);
                return granted[0].isPresent() ? now : previous;
            }
            return previous;
        });
        if (granted[0].isEmpty()) {
            return;
        }
        NotificationBudget.Grant grant = granted[0].get();
        try {
            MailAddress postmaster = context.getPostmaster();
            MailAddress recipient = settings.notifyRecipient.isPresent() ? new MailAddress(settings.notifyRecipient.get()) : postmaster;
            MimeMessage message = new MimeMessage(Session.getDefaultInstance(new java.util.Properties()));
            message.setFrom(new InternetAddress(postmaster.asString()));
            message.setRecipient(javax.mail.Message.RecipientType.TO, new InternetAddress(recipient.asString()));
            message.setSubject("[Pacer] " + stats.get().severity() + ": deferrals at " + destination + " (" + stats.get().patternHint() + ")");
            message.setText(report(destination) + heldBack(grant), "UTF-8");
            message.saveChanges();
            context.sendMail(postmaster, List.of(recipient), message);
            LOGGER.warn("destination={} severity={} pattern={}: escalation report sent to {}", destination, stats.get().severity(),
                stats.get().patternHint(), recipient);
        } catch (MessagingException | RuntimeException e) {
            LOGGER.warn("destination={}: the escalation report could not be sent: {}", destination, e.toString());
        }
    }

    /** A Pacer mailet started: the JMX beans are registered if they were not. */
    public synchronized void attach() {
        if (attached++ > 0) {
            return;
        }
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            register(server, STATS_NAME, new DeferralStats(this));
            register(server, THROTTLE_NAME, new Throttle(destinations));
            register(server, WAITING_NAME, new WaitingMail(lanes));
        } catch (JMException e) {
            LOGGER.warn("Pacer's JMX beans could not be registered: {}", e.toString());
        }
    }

    private static void register(MBeanServer server, String name, Object bean) throws JMException {
        ObjectName objectName = new ObjectName(name);
        if (server.isRegistered(objectName)) {
            // Left by a server of this JVM that was not stopped cleanly: replace it, it points at dead state.
            server.unregisterMBean(objectName);
        }
        server.registerMBean(bean, objectName);
    }

    /** A Pacer mailet stopped: the last one unregisters the beans and saves statistics and windows. */
    public synchronized void detach() {
        if (attached == 0 || --attached > 0) {
            return;
        }
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        for (String name : List.of(STATS_NAME, THROTTLE_NAME, WAITING_NAME)) {
            try {
                ObjectName objectName = new ObjectName(name);
                if (server.isRegistered(objectName)) {
                    server.unregisterMBean(objectName);
                }
            } catch (JMException e) {
                LOGGER.warn("Pacer's JMX bean {} could not be unregistered: {}", name, e.toString());
            }
        }
        store.close();
        destinations.save();
    }
}
