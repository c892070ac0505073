package dev.pacer.mailets.delivery;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

import javax.mail.Address;
import javax.mail.MessagingException;
import javax.mail.SendFailedException;
import javax.mail.Session;
import javax.mail.URLName;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.mail.smtp.SMTPAddressFailedException;
import com.sun.mail.smtp.SMTPSendFailedException;

import dev.pacer.core.SmtpReply;
import dev.pacer.core.SmtpStep;

/**
 * Runs one SMTP delivery attempt of one mail and reports, per recipient, what the receiver said.
 *
 * <p>Hosts are tried in order. A failure before the mail transaction (no connection, a 4xx greeting, EHLO or
 * STARTTLS) moves on to the next host, as Postfix and RemoteDelivery do; once MAIL FROM was answered the receiver
 * has spoken for this mail and the attempt ends. Every address of a host name is tried, each connection goes to an
 * IP literal so the IP reported is the one used.
 */
public final class SmtpDeliverer {
    private static final Logger LOGGER = LoggerFactory.getLogger(SmtpDeliverer.class);

    /** How the SMTP client behaves; all values validated by the mailet's configuration. */
    public static final class Settings {
        final String heloName;
        final Duration timeout;
        final Duration connectionTimeout;
        final boolean startTls;
        final boolean sendPartial;

        final Optional<String> bindAddress;
        final Optional<Credentials> gatewayCredentials;
        final boolean verifyServerIdentity;
        final Map<String, String> javaMailProperties;

        public Settings(String heloName, Duration timeout, Duration connectionTimeout, boolean startTls, boolean sendPartial) {
            this(heloName, timeout, connectionTimeout, startTls, sendPartial, Optional.empty(), Optional.empty(), false, Map.of());
        }

        /**
         * @param bindAddress the local address sessions start from (RemoteDelivery's {@code bind})
         * @param gatewayCredentials SMTP AUTH for every session (only set when the lane delivers through a gateway)
         * @param verifyServerIdentity with STARTTLS, check the certificate and its name instead of taking any
         * @param javaMailProperties further {@code mail.*} properties, passed as RemoteDelivery passes them
         */
        public Settings(String heloName, Duration timeout, Duration connectionTimeout, boolean startTls, boolean sendPartial,
                        Optional<String> bindAddress, Optional<Credentials> gatewayCredentials, boolean verifyServerIdentity,
                        Map<String, String> javaMailProperties) {
            this.heloName = heloName;
            this.timeout = timeout;
            this.connectionTimeout = connectionTimeout;
            this.startTls = startTls;
            this.sendPartial = sendPartial;
            this.bindAddress = bindAddress;
            this.gatewayCredentials = gatewayCredentials;
            this.verifyServerIdentity = verifyServerIdentity;
            this.javaMailProperties = Map.copyOf(javaMailProperties);
        }

        public String heloName() {
            return heloName;
        }
    }

    /** A user name and password for SMTP AUTH with a gateway (RemoteDelivery's {@code gatewayUsername}). */
    public static final class Credentials {
        final String user;
        final String password;

        public Credentials(String user, String password) {
            this.user = Objects.requireNonNull(user);
            this.password = Objects.requireNonNull(password);
        }

        @Override
        public String toString() {
            return "Credentials[user=" + user + ", password=****]";
        }
    }

    /** Resolves a host name to the addresses to try; replaceable so tests need no DNS. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    private final Settings settings;
    private final Resolver resolver;
    private final PerThreadProperties properties;
    private final Session session;
    private final java.util.Set<SessionSockets> openSessions = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public SmtpDeliverer(Settings settings, Resolver resolver) {
        this.settings = settings;
        this.resolver = resolver;
        this.properties = sessionProperties();
        this.session = Session.getInstance(properties);
    }

    public static Resolver systemResolver() {
        return host -> List.of(InetAddress.getAllByName(host));
    }

    /**
     * Told, from the delivering thread and at the moment it happens, when a session starts and stops counting
     * against the receiver's concurrency cap, and when the receiver answers anything (progress).
     */
    public interface SessionListener {
        /** The server's greeting accepted the session (called at most once per session). */
        void greeted();

        /** The server refused the greeting or answered 421: it closes the session now. */
        void closedByServer();

        /** The server answered a command (or greeted): the session is alive. */
        default void replied() {
        }

        SessionListener NONE = new SessionListener() {
            @Override
            public void greeted() {
            }

            @Override
            public void closedByServer() {
            }
        };
    }

    /** What became of one mail, and the session when it can carry another mail to the same destination. */
    public static final class Delivery {
        private final AttemptResult result;
        private final Optional<Connection> connection;

        public Delivery(AttemptResult result, Optional<Connection> connection) {
            this.result = result;
            this.connection = connection;
        }

        public AttemptResult result() {
            return result;
        }

        /** The open session, when the receiver may take another mail on it; the caller closes it. */
        public Optional<Connection> connection() {
            return connection;
        }
    }

    /** Delivers {@code mail} to its recipients through the first host of {@code targets} that takes it. */
    public AttemptResult deliver(Mail mail, List<DeliveryTarget> targets) {
        Delivery delivery = deliver(mail, targets, SessionListener.NONE, new AttemptHandle(java.time.Clock.systemUTC(),
            settings.timeout.plus(settings.connectionTimeout).multipliedBy(4)), () -> { });
        delivery.connection().ifPresent(Connection::close);
        return delivery.result();
    }

    /**
     * Delivers {@code mail} through the first host of {@code targets} that takes the session, telling
     * {@code listener} what the receiver does and running {@code onAccepted} as soon as the receiver accepted every
     * recipient (before the session is closed). Hosts and addresses are tried within {@code attempt}'s deadline.
     * When the receiver took the session and may take another mail on it, the open connection comes back with the
     * result.
     */
    public Delivery deliver(Mail mail, List<DeliveryTarget> targets, SessionListener listener, AttemptHandle attempt, Runnable onAccepted) {
        List<MailAddress> recipients = List.copyOf(mail.getRecipients());
        if (targets.isEmpty()) {
            return new Delivery(AttemptResult.temporary(recipients, AttemptResult.Failure.local("no mail server found for the recipient domain")),
                Optional.empty());
        }
        AttemptResult lastPreTransactionFailure = null;
        for (DeliveryTarget target : targets) {
            List<InetAddress> addresses;
            try {
                addresses = resolver.resolve(target.host());
            } catch (UnknownHostException e) {
                lastPreTransactionFailure = AttemptResult.temporary(recipients, new AttemptResult.Failure(SmtpStep.CONNECT,
                    SmtpReply.parse("unknown host " + target.host()), target.host(), Optional.empty()));
                continue;
            }
            for (InetAddress address : addresses) {
                if (attempt.abortReason().isPresent() || attempt.remaining().isZero()) {
                    String reason = attempt.abortReason().orElse("the attempt's deadline passed");
                    return new Delivery(lastPreTransactionFailure != null ? lastPreTransactionFailure
                        : AttemptResult.temporary(recipients, new AttemptResult.Failure(SmtpStep.CONNECT, SmtpReply.parse(reason),
                            target.host(), Optional.of(address.getHostAddress()))), Optional.empty());
                }
                Connection connection = new Connection(target, address, listener, attempt);
                Optional<AttemptResult> refused = connection.open(recipients);
                if (refused.isPresent()) {
                    lastPreTransactionFailure = preferWithReply(lastPreTransactionFailure, refused.get());
                    continue;
                }
                AttemptResult result = connection.send(mail, onAccepted);
                if (connection.reusable()) {
                    return new Delivery(result, Optional.of(connection));
                }
                connection.close();
                return new Delivery(result, Optional.empty());
            }
        }
        return new Delivery(lastPreTransactionFailure, Optional.empty());
    }

    // A refusal the receiver put in words (421 at greeting) says more than a later host's connection refused.
    private static AttemptResult preferWithReply(AttemptResult previous, AttemptResult current) {
        if (previous == null) {
            return current;
        }
        boolean currentHasReply = current.temporaryFailure().map(f -> f.step() != SmtpStep.CONNECT).orElse(false);
        boolean previousHasReply = previous.temporaryFailure().map(f -> f.step() != SmtpStep.CONNECT).orElse(false);
        return previousHasReply && !currentHasReply ? previous : current;
    }

    /**
     * One SMTP session with one host, which may carry several mails (Postfix's connection cache, KumoMTA's
     * {@code max_deliveries_per_connection}): after the first, each mail starts with RSET, whose answer also proves
     * the session is still alive. Used by one thread at a time.
     */
    public final class Connection implements AutoCloseable {
        private final DeliveryTarget target;
        private final String ip;
        private final SessionSockets sockets = new SessionSockets();
        private final StepTrackingSmtpTransport transport;
        private final AttemptHandle attempt;
        private int sent;
        private boolean reusable;

        Connection(DeliveryTarget target, InetAddress address, SessionListener listener, AttemptHandle attempt) {
            this.target = target;
            this.ip = address.getHostAddress();
            this.attempt = attempt;
            this.transport = new StepTrackingSmtpTransport(session, new URLName("smtp", ip, target.port(), null, null, null), listener, sockets);
        }

        /** Connects, reads the greeting, says EHLO (and STARTTLS); a failure comes back as the result for the mail. */
        /** What this connection's session reads of the properties, on the thread that uses it. */
        private void bind() {
            properties.bind("mail.smtp.socketFactory", sockets);
        }

        Optional<AttemptResult> open(List<MailAddress> recipients) {
            attempt.using(sockets);
            openSessions.add(sockets);
            bind();
            try {
                transport.connect(ip, target.port(), settings.gatewayCredentials.map(c -> c.user).orElse(null),
                    settings.gatewayCredentials.map(c -> c.password).orElse(null));
                return Optional.empty();
            } catch (MessagingException | RuntimeException e) {
                close();
                return Optional.of(AttemptResult.temporary(recipients, failure(transport, e, target, ip, sockets.localAddress(), attempt)));
            }
        }

        /** Starts the next mail on this session: RSET, which must be answered 250. False when the session is gone. */
        public boolean prepareNext() {
            bind();
            try {
                transport.startMessage();
                return transport.simpleCommand("RSET") == 250;
            } catch (MessagingException | RuntimeException e) {
                LOGGER.debug("session to {} ({}) cannot carry another mail: {}", target, ip, e.toString());
                reusable = false;
                return false;
            }
        }

        /** Sends {@code mail}; {@code onAccepted} runs as soon as the receiver accepted every recipient. */
        public AttemptResult send(Mail mail, Runnable onAccepted) {
            List<MailAddress> recipients = List.copyOf(mail.getRecipients());
            bind();
            properties.bind("mail.smtp.from", mail.getMaybeSender().asOptional().map(MailAddress::asString).orElse("<>"));
            reusable = false;
            try {
                transport.sendMessage(mail.getMessage(), toAddresses(recipients));
                sent++;
                onAccepted.run();
                reusable = true;
                return AttemptResult.delivered(recipients, target.host());
            } catch (SendFailedException e) {
                AttemptResult result = analyse(recipients, e, transport, target, ip, sockets.localAddress(), attempt);
                // The receiver refused this mail but not the session: another mail may go (after RSET), unless it
                // closes the session (421) or said nothing.
                reusable = result.temporaryFailure().or(result::permanentFailure)
                    .map(failure -> failure.reply().basicCode().isPresent() && failure.reply().basicCode().getAsInt() != 421)
                    .orElse(true);
                return result;
            } catch (MessagingException | RuntimeException e) {
                return AttemptResult.temporary(recipients, failure(transport, e, target, ip, sockets.localAddress(), attempt));
            }
        }

        /** True when the receiver may take another mail on this session. */
        public boolean reusable() {
            return reusable && attempt.abortReason().isEmpty();
        }

        /** Mails the receiver accepted on this session. */
        public int sent() {
            return sent;
        }

        public DeliveryTarget target() {
            return target;
        }

        @Override
        public void close() {
            bind();
            try {
                closeQuietly(transport);
            } finally {
                openSessions.remove(sockets);
                properties.unbind();
            }
        }
    }

    /**
     * The properties of the one javax.mail Session of this deliverer, with what differs per connection (its socket
     * factory, the mail's sender) read from the connecting thread. Why one Session: creating one scans every jar of
     * the classpath for javax.mail's resource files (James's classpath has hundreds), which the benchmarks measured as
     * the largest cost of a delivery. A connection is used by one thread at a time.
     */
    static final class PerThreadProperties extends Properties {
        private static final long serialVersionUID = 1L;
        private final transient ThreadLocal<Map<String, Object>> current = ThreadLocal.withInitial(HashMap::new);

        void bind(String key, Object value) {
            current.get().put(key, value);
        }

        void unbind() {
            current.remove();
        }

        @Override
        public Object get(Object key) {
            Object value = current.get().get(key);
            return value != null ? value : super.get(key);
        }

        @Override
        public String getProperty(String key) {
            Object value = current.get().get(key);
            return value instanceof String ? (String) value : super.getProperty(key);
        }

        @Override
        public synchronized boolean equals(Object o) {
            return this == o;
        }

        @Override
        public synchronized int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /**
     * Closes the connection of every session in progress (the lane is stopping and will not wait for them): each
     * attempt then fails at once, without a reply. Returns how many were open.
     */
    public int abortSessions() {
        int aborted = 0;
        for (SessionSockets sockets : openSessions) {
            sockets.close();
            aborted++;
        }
        return aborted;
    }

    private PerThreadProperties sessionProperties() {
        PerThreadProperties properties = new PerThreadProperties();
        properties.put("mail.smtp.localhost", settings.heloName);
        properties.put("mail.smtp.timeout", Long.toString(settings.timeout.toMillis()));
        properties.put("mail.smtp.writetimeout", Long.toString(settings.timeout.toMillis()));
        properties.put("mail.smtp.connectiontimeout", Long.toString(settings.connectionTimeout.toMillis()));
        properties.put("mail.smtp.socketFactory.fallback", "false");
        properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls));
        // Opportunistic TLS between MTAs (Postfix's smtp_tls_security_level=may): most MX certificates would not pass
        // a browser's checks, and refusing them would turn encryption into lost deliveries.
        if (!settings.verifyServerIdentity) {
            properties.put("mail.smtp.ssl.trust", "*");
        }
        properties.put("mail.smtp.ssl.checkserveridentity", Boolean.toString(settings.verifyServerIdentity));
        properties.put("mail.smtp.sendpartial", Boolean.toString(settings.sendPartial));
        properties.put("mail.smtp.allow8bitmime", "true");
        settings.bindAddress.ifPresent(address -> properties.put("mail.smtp.localaddress", address));
        settings.gatewayCredentials.ifPresent(credentials -> properties.put("mail.smtp.auth", "true"));
        // Pacer's own settings above win: the configuration refuses mail.* properties that would change them.
        settings.javaMailProperties.forEach(properties::putIfAbsent);
        return properties;
    }

    private static Address[] toAddresses(List<MailAddress> recipients) throws MessagingException {
        Address[] addresses = new Address[recipients.size()];
        for (int i = 0; i < recipients.size(); i++) {
            addresses[i] = recipients.get(i).toInternetAddress()
                .orElseThrow(() -> new MessagingException("recipient cannot be written as an internet address"));
        }
        return addresses;
    }

    private AttemptResult analyse(List<MailAddress> recipients, SendFailedException e, StepTrackingSmtpTransport transport,
                                  DeliveryTarget target, String ip, Optional<String> localIp, AttemptHandle attempt) {
        AttemptResult.Failure whole = failure(transport, e, target, ip, localIp, attempt);
        if (!settings.sendPartial || e instanceof SMTPSendFailedException && !(e.getValidSentAddresses() != null && e.getValidSentAddresses().length > 0)) {
            // One fate for every recipient (RemoteDelivery's sendpartial=false): the first failure decides.
            return isPermanent(whole.reply()) ? AttemptResult.permanent(recipients, whole) : AttemptResult.temporary(recipients, whole);
        }
        Map<String, SMTPAddressFailedException> perAddress = addressFailures(e);
        List<String> sent = addressStrings(e.getValidSentAddresses());
        List<MailAddress> delivered = new ArrayList<>();
        List<MailAddress> temporary = new ArrayList<>();
        List<MailAddress> permanent = new ArrayList<>();
        Optional<AttemptResult.Failure> temporaryFailure = Optional.empty();
        Optional<AttemptResult.Failure> permanentFailure = Optional.empty();
        for (MailAddress recipient : recipients) {
            String key = recipient.asString().toLowerCase();
            if (sent.contains(key)) {
                delivered.add(recipient);
                continue;
            }
            SMTPAddressFailedException own = perAddress.get(key);
            AttemptResult.Failure failure = own == null ? whole
                : new AttemptResult.Failure(SmtpStep.RCPT, SmtpReply.of(own.getReturnCode(), own.getMessage()), target.host(), Optional.of(ip), localIp);
            if (isPermanent(failure.reply())) {
                permanent.add(recipient);
                permanentFailure = permanentFailure.or(() -> Optional.of(failure));
            } else {
                temporary.add(recipient);
                temporaryFailure = temporaryFailure.or(() -> Optional.of(failure));
            }
        }
        return AttemptResult.mixed(delivered, temporary, permanent, temporaryFailure, permanentFailure, Optional.of(target.host()));
    }

    private static boolean isPermanent(SmtpReply reply) {
        return reply.replyClass() == SmtpReply.ReplyClass.PERMANENT;
    }

    private static Map<String, SMTPAddressFailedException> addressFailures(MessagingException e) {
        Map<String, SMTPAddressFailedException> failures = new LinkedHashMap<>();
        Exception next = e.getNextException();
        int guard = 0;
        while (next instanceof MessagingException && guard++ < 10_000) {
            if (next instanceof SMTPAddressFailedException) {
                SMTPAddressFailedException failed = (SMTPAddressFailedException) next;
                failures.putIfAbsent(failed.getAddress().getAddress().toLowerCase(), failed);
            }
            next = ((MessagingException) next).getNextException();
        }
        return failures;
    }

    private static List<String> addressStrings(Address[] addresses) {
        List<String> values = new ArrayList<>();
        if (addresses != null) {
            for (Address address : addresses) {
                if (address instanceof InternetAddress) {
                    values.add(((InternetAddress) address).getAddress().toLowerCase());
                }
            }
        }
        return values;
    }

    private static AttemptResult.Failure failure(StepTrackingSmtpTransport transport, Exception e, DeliveryTarget target, String ip,
                                                 Optional<String> localIp, AttemptHandle attempt) {
        Optional<StepTrackingSmtpTransport.FailedReply> read = transport.firstFailure();
        if (read.isPresent()) {
            return new AttemptResult.Failure(read.get().step, read.get().reply, target.host(), Optional.of(ip), localIp);
        }
        // Nothing failing was read: the connection failed, timed out, broke, or we closed it at the deadline. The
        // exception (or the deadline) is all we have.
        SmtpStep step = transport.step() == SmtpStep.GREETING && !transport.connected() ? SmtpStep.CONNECT : transport.step();
        String text = attempt.abortReason().orElseGet(() -> describe(e));
        LOGGER.debug("attempt to {} ({}) failed without a reply at {}: {}", target, ip, step, text);
        return new AttemptResult.Failure(step, SmtpReply.parse(text), target.host(), Optional.of(ip), localIp);
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        Throwable current = e;
        int depth = 0;
        while (current != null && depth++ < 5) {
            if (text.length() > 0) {
                text.append(": ");
            }
            text.append(current.getClass().getSimpleName());
            if (current.getMessage() != null) {
                text.append(' ').append(current.getMessage());
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return text.toString();
    }

    private static void closeQuietly(StepTrackingSmtpTransport transport) {
        try {
            if (transport.isConnected()) {
                transport.close();
            }
        } catch (MessagingException | RuntimeException e) {
            LOGGER.debug("closing the SMTP session failed", e);
        }
    }
}
