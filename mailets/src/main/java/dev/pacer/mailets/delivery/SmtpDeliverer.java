package dev.pacer.mailets.delivery;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

        public Settings(String heloName, Duration timeout, Duration connectionTimeout, boolean startTls, boolean sendPartial) {
            this.heloName = heloName;
            this.timeout = timeout;
            this.connectionTimeout = connectionTimeout;
            this.startTls = startTls;
            this.sendPartial = sendPartial;
        }

        public String heloName() {
            return heloName;
        }
    }

    /** Resolves a host name to the addresses to try; replaceable so tests need no DNS. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    private final Settings settings;
    private final Resolver resolver;
    private final java.util.Set<LocalAddressRecorder> openSessions = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public SmtpDeliverer(Settings settings, Resolver resolver) {
        this.settings = settings;
        this.resolver = resolver;
    }

    public static Resolver systemResolver() {
        return host -> List.of(InetAddress.getAllByName(host));
    }

    /**
     * Told, from the delivering thread and at the moment it happens, when a session starts and stops counting
     * against the receiver's concurrency cap.
     */
    public interface SessionListener {
        /** The server's greeting accepted the session (called at most once per session). */
        void greeted();

        /** The server refused the greeting or answered 421: it closes the session now. */
        void closedByServer();

        /**
         * The server accepted the message for every recipient (its reply to the end of DATA), before the session is
         * closed: the earliest moment the mail can be marked delivered, so that a crash in between repeats as little
         * as possible.
         */
        default void accepted() {
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

    /** Delivers {@code mail} to its recipients through the first host of {@code targets} that takes it. */
    public AttemptResult deliver(Mail mail, List<DeliveryTarget> targets) {
        return deliver(mail, targets, SessionListener.NONE);
    }

    /** Delivers {@code mail}, telling {@code listener} when the receiver starts and stops counting the session. */
    public AttemptResult deliver(Mail mail, List<DeliveryTarget> targets, SessionListener onGreeted) {
        List<MailAddress> recipients = List.copyOf(mail.getRecipients());
        if (targets.isEmpty()) {
            return AttemptResult.temporary(recipients, new AttemptResult.Failure(SmtpStep.CONNECT,
                SmtpReply.parse("no mail server found for the recipient domain"), "none", Optional.empty()));
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
                AttemptResult result = deliverTo(mail, recipients, target, address, onGreeted);
                boolean preTransaction = result.temporaryFailure()
                    .map(failure -> failure.step().compareTo(SmtpStep.MAIL) < 0)
                    .orElse(false) && result.delivered().isEmpty() && result.permanent().isEmpty();
                if (!preTransaction) {
                    return result;
                }
                lastPreTransactionFailure = preferWithReply(lastPreTransactionFailure, result);
            }
        }
        return lastPreTransactionFailure;
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

    private AttemptResult deliverTo(Mail mail, List<MailAddress> recipients, DeliveryTarget target, InetAddress address,
                                    SessionListener onGreeted) {
        String ip = address.getHostAddress();
        LocalAddressRecorder sockets = new LocalAddressRecorder();
        Properties properties = sessionProperties(mail);
        properties.put("mail.smtp.socketFactory", sockets);
        properties.put("mail.smtp.socketFactory.fallback", "false");
        Session session = Session.getInstance(properties);
        StepTrackingSmtpTransport transport = new StepTrackingSmtpTransport(session,
            new URLName("smtp", ip, target.port(), null, null, null), onGreeted);
        openSessions.add(sockets);
        try {
            transport.connect(ip, target.port(), null, null);
            MimeMessage message = mail.getMessage();
            transport.sendMessage(message, toAddresses(recipients));
            onGreeted.accepted();
            return AttemptResult.delivered(recipients, target.host());
        } catch (SendFailedException e) {
            return analyse(recipients, e, transport, target, ip, sockets.localAddress());
        } catch (MessagingException | RuntimeException e) {
            return AttemptResult.temporary(recipients, failure(transport, e, target, ip, sockets.localAddress()));
        } finally {
            closeQuietly(transport);
            openSessions.remove(sockets);
        }
    }

    /**
     * Closes the connection of every session in progress (the lane is stopping and will not wait for them): each
     * attempt then fails at once, without a reply. Returns how many were open.
     */
    public int abortSessions() {
        int aborted = 0;
        for (LocalAddressRecorder sockets : openSessions) {
            sockets.close();
            aborted++;
        }
        return aborted;
    }

    private Properties sessionProperties(Mail mail) {
        Properties properties = new Properties();
        properties.put("mail.smtp.localhost", settings.heloName);
        properties.put("mail.smtp.timeout", Long.toString(settings.timeout.toMillis()));
        properties.put("mail.smtp.writetimeout", Long.toString(settings.timeout.toMillis()));
        properties.put("mail.smtp.connectiontimeout", Long.toString(settings.connectionTimeout.toMillis()));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls));
        // Opportunistic TLS between MTAs (Postfix's smtp_tls_security_level=may): most MX certificates would not pass
        // a browser's checks, and refusing them would turn encryption into lost deliveries.
        properties.put("mail.smtp.ssl.trust", "*");
        properties.put("mail.smtp.ssl.checkserveridentity", "false");
        properties.put("mail.smtp.sendpartial", Boolean.toString(settings.sendPartial));
        properties.put("mail.smtp.allow8bitmime", "true");
        properties.put("mail.smtp.from", mail.getMaybeSender().asOptional().map(MailAddress::asString).orElse("<>"));
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
                                  DeliveryTarget target, String ip, Optional<String> localIp) {
        AttemptResult.Failure whole = failure(transport, e, target, ip, localIp);
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
                                                 Optional<String> localIp) {
        Optional<StepTrackingSmtpTransport.FailedReply> read = transport.firstFailure();
        if (read.isPresent()) {
            return new AttemptResult.Failure(read.get().step, read.get().reply, target.host(), Optional.of(ip), localIp);
        }
        // Nothing failing was read: the connection failed, timed out, or broke. The exception is all we have.
        SmtpStep step = transport.step() == SmtpStep.GREETING ? SmtpStep.CONNECT : transport.step();
        String text = describe(e);
        LOGGER.debug("attempt to {} ({}) failed without a reply at {}: {}", target, ip, step, text);
        return new AttemptResult.Failure(step, SmtpReply.parse(text), target.host(), Optional.of(ip), localIp);
    }

    /**
     * The socket factory javax.mail uses for one session, keeping the socket so our local address (the sending IP a
     * provider's postmaster asks for) can be reported.
     */
    static final class LocalAddressRecorder extends javax.net.SocketFactory {
        private volatile java.net.Socket socket;
        private volatile InetAddress connectedFrom;

        void close() {
            java.net.Socket current = socket;
            if (current != null) {
                try {
                    current.close();
                } catch (java.io.IOException e) {
                    LOGGER.debug("closing an aborted session failed", e);
                }
            }
        }

        Optional<String> localAddress() {
            InetAddress local = connectedFrom;
            if (local == null && socket != null && socket.isConnected() && !socket.isClosed()) {
                local = socket.getLocalAddress();
            }
            if (local == null || local.isAnyLocalAddress()) {
                return Optional.empty();
            }
            return Optional.of(local.getHostAddress());
        }

        private java.net.Socket keep(java.net.Socket created) {
            socket = created;
            if (created.isConnected()) {
                connectedFrom = created.getLocalAddress();
            }
            return created;
        }

        @Override
        public java.net.Socket createSocket() {
            // Noted at connect time: a receiver that refuses at greeting has the socket closed before we could ask.
            return keep(new java.net.Socket() {
                @Override
                public void connect(java.net.SocketAddress endpoint, int timeout) throws java.io.IOException {
                    super.connect(endpoint, timeout);
                    connectedFrom = getLocalAddress();
                }
            });
        }

        @Override
        public java.net.Socket createSocket(String host, int port) throws java.io.IOException {
            return keep(new java.net.Socket(host, port));
        }

        @Override
        public java.net.Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws java.io.IOException {
            return keep(new java.net.Socket(host, port, localHost, localPort));
        }

        @Override
        public java.net.Socket createSocket(InetAddress host, int port) throws java.io.IOException {
            return keep(new java.net.Socket(host, port));
        }

        @Override
        public java.net.Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws java.io.IOException {
            return keep(new java.net.Socket(address, port, localAddress, localPort));
        }
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
