package dev.pacer.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.apache.james.dnsservice.api.DNSService;
import org.apache.james.dnsservice.api.TemporaryResolutionException;
import org.apache.james.util.Port;
import org.apache.james.utils.SMTPMessageSender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.pacer.testing.ReceiverBehaviour;
import dev.pacer.testing.ScriptedSmtpReceiver;

/**
 * How the lane treats a destination by what its receiver does, end to end with a real James and the shipped
 * pipeline (retry delays as shipped unless a test says otherwise): slow start, refused sessions retried on the next
 * free slot, connection reuse, suspension and probe, the attempt deadline, hostile receivers beside a healthy one,
 * a domain without mail server, and DSNs valid whatever the receiver said.
 */
class DestinationHealthIT {
    private static final String SENDER = "sender@sender.test";
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path workingDirectory;

    private final List<ScriptedSmtpReceiver> receivers = new ArrayList<>();
    private PacerJamesServer james;

    @AfterEach
    void stop() throws Exception {
        if (james != null) {
            james.close();
        }
        for (ScriptedSmtpReceiver receiver : receivers) {
            receiver.close();
        }
    }

    private ScriptedSmtpReceiver receiver(ReceiverBehaviour behaviour) throws Exception {
        ScriptedSmtpReceiver receiver = ScriptedSmtpReceiver.start(behaviour);
        receivers.add(receiver);
        return receiver;
    }

    private PacerJamesServer.Builder pipeline(String routes) {
        return PacerJamesServer.builder(workingDirectory)
            .everyDeliveryParameter("routes", routes)
            .everyDeliveryParameter("destinationKey", "domain")
            .everyDeliveryParameter("heloName", "pacer.test");
    }

    private void send(int count, String localPart, String domain) throws Exception {
        try (SMTPMessageSender sender = new SMTPMessageSender("client.test")) {
            sender.connect("127.0.0.1", Port.of(james.smtpPort()));
            for (int i = 0; i < count; i++) {
                sender.sendMessage(SENDER, localPart + i + "@" + domain);
            }
        }
    }

    private static String route(String domain, ScriptedSmtpReceiver receiver) {
        return domain + "=127.0.0.1:" + receiver.port();
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aFirstBurstShouldDrainNearTheReceiversCapWithTheRefusedSessionsRetriedOnTheNextFreeSlot() throws Exception {
        // Capped at 2, one second a message: 40 mails need 20 s at best. The shipped pipeline would make a refused mail
        // wait a minute (SetRetrySchedule): a refused session is our overshoot and must not.
        ScriptedSmtpReceiver capped = receiver(ReceiverBehaviour.builder().maxConcurrentSessions(2)
            .holdAfterMessage(Duration.ofSeconds(1)).build());
        james = pipeline(route("capped.test", capped)).start();

        Instant start = Instant.now();
        send(40, "rcpt", "capped.test");

        await().atMost(WAIT).until(() -> capped.deliveredRecipients().size() >= 40);
        Duration took = Duration.between(start, capped.messages().get(39).acceptedAt());
        assertThat(capped.deliveredRecipients()).hasSize(40).doesNotHaveDuplicates();
        assertThat(capped.refusedSessions()).as("refused: the first burst's overshoot only").isLessThanOrEqualTo(3);
        assertThat(took).as("40 mails at 2 x 1 s: ideal 20 s").isLessThanOrEqualTo(Duration.ofSeconds(24));
    }

    @Test
    void slowStartShouldReachTheLanesMaximumWithoutGoingPastIt() throws Exception {
        ScriptedSmtpReceiver open = receiver(ReceiverBehaviour.builder().holdAfterMessage(Duration.ofMillis(300)).build());
        james = pipeline(route("open.test", open))
            .deliveryParameter("pacer-outgoing", "maxConcurrency", "12")
            .deliveryParameter("pacer-outgoing", "deliveryThreads", "16")
            .deliveryParameter("pacer-outgoing", "maxMessagesPerConnection", "1")
            .start();

        send(120, "rcpt", "open.test");

        await().atMost(WAIT).until(() -> open.deliveredRecipients().size() >= 120);
        assertThat(open.deliveredRecipients()).hasSize(120).doesNotHaveDuplicates();
        assertThat(open.peakAcceptedSessions()).as("from 5, doubling per round, to maxConcurrency").isEqualTo(12);
    }

    @Test
    void readyMailShouldGoOnTheOpenSessionAndAReceiverLimitingMessagesPerSessionShouldBeLearned() throws Exception {
        ScriptedSmtpReceiver limited = receiver(ReceiverBehaviour.builder().maxMessagesPerSession(3,
            "421 4.7.0 mx.limited.test Error: too many messages in this session").holdAfterMessage(Duration.ofMillis(50)).build());
        james = pipeline(route("limited.test", limited))
            .deliveryParameter("pacer-outgoing", "initialConcurrency", "1")
            .deliveryParameter("pacer-outgoing", "maxConcurrency", "1")
            .start();

        send(30, "rcpt", "limited.test");

        await().atMost(WAIT).until(() -> limited.deliveredRecipients().size() >= 30);
        assertThat(limited.deliveredRecipients()).hasSize(30).doesNotHaveDuplicates();
        Map<Integer, Long> perSession = limited.messages().stream()
            .collect(Collectors.groupingBy(ScriptedSmtpReceiver.ReceivedMessage::sessionId, Collectors.counting()));
        assertThat(perSession.values()).as("messages per session").allMatch(count -> count <= 3).anyMatch(count -> count == 3);
        long refusedForLength = limited.sessions().stream().filter(session -> session.replies().stream()
            .anyMatch(reply -> reply.contains("too many messages in this session"))).count();
        assertThat(refusedForLength).as("the limit is learned from the first refusal").isEqualTo(1);
        assertThat(limited.sessions().size()).as("sessions for 30 mails at 3 a session").isBetween(10, 12);
    }

    @Test
    void aReceiverLoweringItsCapShouldHoldNoOldSessionOfOursPastTheReuseTimeLimit() throws Exception {
        // A receiver takes 4 sessions, then lowers its cap to 1: it lets the 4 it took go on, refusing new ones only.
        // With connection reuse alone (100 mails a session, 50 ms each) they would go on for about 5 s more.
        ScriptedSmtpReceiver receiver = receiver(ReceiverBehaviour.builder().maxConcurrentSessions(4)
            .processingTime(Duration.ofMillis(50)).build());
        james = pipeline(route("moving.test", receiver))
            .deliveryParameter("pacer-outgoing", "initialConcurrency", "4")
            .deliveryParameter("pacer-outgoing", "maxConcurrency", "4")
            .everyDeliveryParameter("connectionReuseTimeLimit", "2s")
            .start();

        // The cap goes down once the first mail is flowing, and most of the mail is sent after it: spooling 240 mails
        // at once let the first sessions deliver half of them before the test could lower the cap, and the rest
        // sometimes fitted in sessions opened before it went down (then no new session was needed, none refused).
        send(40, "rcpt", "moving.test");
        await().atMost(WAIT).until(() -> receiver.deliveredRecipients().size() >= 20);
        Instant lowered = Instant.now();
        receiver.change(ReceiverBehaviour.builder().maxConcurrentSessions(1).processingTime(Duration.ofMillis(50)).build());
        send(200, "later", "moving.test");

        await().atMost(WAIT).until(() -> receiver.deliveredRecipients().size() >= 240);
        assertThat(receiver.deliveredRecipients()).hasSize(240).doesNotHaveDuplicates();
        // The reuse time limit (2 s), the mail in progress (50 ms) and a margin for a slow machine.
        Instant bound = lowered.plusMillis(3_000);
        List<ScriptedSmtpReceiver.SessionRecord> lingering = receiver.sessions().stream()
            .filter(session -> !session.refusedByCap() && session.start().isBefore(lowered))
            .filter(session -> session.countedUntil() == null || session.countedUntil().isAfter(bound))
            .collect(Collectors.toList());
        assertThat(lingering).as("sessions taken before the cap went down, still held 3 s later").isEmpty();
        long refusedAfter = receiver.sessions().stream()
            .filter(session -> session.refusedByCap() && session.start().isAfter(lowered)).count();
        assertThat(refusedAfter).as("new sessions refused while the lane learned the lower cap").isBetween(1L, 6L);
    }

    @Test
    void aDestinationThatCannotBeReachedShouldBeSuspendedThenProbedAndResumeWhenItAnswers() throws Exception {
        ScriptedSmtpReceiver down = receiver(ReceiverBehaviour.builder()
            .failAlways(ReceiverBehaviour.Step.GREETING, "421 4.3.2 Service not available, closing transmission channel").build());
        james = pipeline(route("down.test", down))
            .everyDeliveryParameter("minBackoff", "3s")
            .everyDeliveryParameter("delayTime", "1s")
            .mailetParameter("dev.pacer.mailets.SetRetrySchedule", "delayTime", "1s")
            .start();

        send(10, "rcpt", "down.test");

        // A first cohort (the window, 5) fails: suspended 3 s, then one probe at a time, each failure doubling it.
        // Sessions the lane had already started when the fifth failure came back may still run (a slow machine
        // starts them one by one); none may start after it until the probe, 3 s later.
        await().atMost(WAIT).until(() -> down.sessions().stream().filter(session -> session.end() != null).count() >= 5);
        Instant suspended = down.sessions().stream().map(ScriptedSmtpReceiver.SessionRecord::end).filter(Objects::nonNull)
            .sorted().skip(4).findFirst().orElseThrow();
        await().atMost(WAIT).until(() -> Instant.now().isAfter(suspended.plusMillis(2_500)));
        List<Instant> startedDuringSuspension = down.sessions().stream().map(ScriptedSmtpReceiver.SessionRecord::start)
            .filter(start -> start.isAfter(suspended.plusMillis(500)) && start.isBefore(suspended.plusMillis(2_500)))
            .collect(Collectors.toList());
        assertThat(startedDuringSuspension).as("sessions started during the suspension").isEmpty();

        down.reset(ReceiverBehaviour.ACCEPT_ALL);
        await().atMost(WAIT).until(() -> down.deliveredRecipients().size() >= 10);
        assertThat(down.deliveredRecipients()).hasSize(10).doesNotHaveDuplicates();
    }

    @Test
    void aBlackholedMxShouldBeCutAtTheAttemptDeadline() throws Exception {
        ScriptedSmtpReceiver blackhole = receiver(ReceiverBehaviour.builder().greetingDelay(Duration.ofMinutes(10)).build());
        ScriptedSmtpReceiver senderSide = receiver(ReceiverBehaviour.ACCEPT_ALL);
        james = pipeline(route("blackhole.test", blackhole) + "; " + route("sender.test", senderSide))
            .everyDeliveryParameter("attemptTimeout", "2s")
            .everyDeliveryParameter("maxRetries", "0")
            .start();

        Instant start = Instant.now();
        send(1, "rcpt", "blackhole.test");

        await().atMost(WAIT).until(() -> !senderSide.messages().isEmpty());
        assertThat(Duration.between(start, senderSide.messages().get(0).acceptedAt())).as("cut at 2 s, not the 180 s read timeout")
            .isLessThan(Duration.ofSeconds(20));
        assertThat(senderSide.messages().get(0).content()).contains("attemptTimeout");
    }

    @Test
    void hostileReceiversShouldNotHoldBackAHealthyDestination() throws Exception {
        ScriptedSmtpReceiver blackhole = receiver(ReceiverBehaviour.builder().greetingDelay(Duration.ofMinutes(10)).build());
        ScriptedSmtpReceiver tarpit = receiver(ReceiverBehaviour.builder().endlessGreeting(Duration.ofMillis(500)).build());
        ScriptedSmtpReceiver healthy = receiver(ReceiverBehaviour.builder().holdAfterMessage(Duration.ofMillis(200)).build());
        String routes = route("blackhole.test", blackhole) + "; " + route("tarpit.test", tarpit) + "; reset.test=127.0.0.1:" + closedPort()
            + "; " + route("healthy.test", healthy);
        james = pipeline(routes).deliveryParameter("pacer-outgoing", "deliveryThreads", "8").start();

        send(10, "b", "blackhole.test");
        send(10, "t", "tarpit.test");
        send(10, "r", "reset.test");
        Instant start = Instant.now();
        send(30, "h", "healthy.test");

        await().atMost(WAIT).until(() -> healthy.deliveredRecipients().size() >= 30);
        Duration took = Duration.between(start, healthy.messages().get(29).acceptedAt());
        // 30 mails held 200 ms each: about 1.5 s with sessions free; hostile sessions holding threads took minutes.
        assertThat(took).as("healthy destination beside three hostile ones").isLessThan(Duration.ofSeconds(8));
        assertThat(blackhole.openConnections() + tarpit.openConnections()).as("hostile sessions in flight")
            .isLessThanOrEqualTo(10);
    }

    @Test
    void aDomainWithoutMailServerShouldBounceAtOnceWithADsnNamingIt() throws Exception {
        ScriptedSmtpReceiver senderSide = receiver(ReceiverBehaviour.ACCEPT_ALL);
        james = pipeline(route("sender.test", senderSide))
            .overriding(binder -> binder.bind(DNSService.class).toInstance(new LoopbackOnlyDns()))
            .start();

        send(1, "rcpt", "nowhere.test");

        await().atMost(WAIT).until(() -> !senderSide.messages().isEmpty());
        String dsn = senderSide.messages().get(0).content();
        assertThat(dsn).contains("nowhere.test").contains("no mail server");
        assertThat(senderSide.messages().get(0).recipients()).containsExactly(SENDER);
    }

    @Test
    void aDsnShouldBeValidWhateverTheReceiverSaid() throws Exception {
        String hostileReply = "550 5.7.1 Votre message a \u00e9t\u00e9 refus\u00e9 \u65e5\u672c\u8a9e " + "x".repeat(2500);
        ScriptedSmtpReceiver refusing = receiver(ReceiverBehaviour.builder().failAlways(ReceiverBehaviour.Step.RCPT, hostileReply)
            .utf8Replies().build());
        ScriptedSmtpReceiver senderSide = receiver(ReceiverBehaviour.ACCEPT_ALL);
        james = pipeline(route("refusing.test", refusing) + "; " + route("sender.test", senderSide)).start();

        send(1, "rcpt", "refusing.test");

        await().atMost(WAIT).until(() -> !senderSide.messages().isEmpty());
        String dsn = senderSide.messages().get(0).content();
        assertThat(dsn).contains("Votre message a").contains("Diagnostic-Code:");
        assertThat(dsn.lines()).as("RFC 5322: lines of at most 998 characters").allMatch(line -> line.length() <= 998);
        assertThat(dsn.chars()).as("7-bit: no raw 8-bit byte in any part").allMatch(c -> c < 0x80);
    }

    /**
     * James's DNS service for a test that must not leave 127.0.0.1: IP literals are themselves, every domain exists
     * without any record (so it has no mail server), nothing is asked of the network.
     */
    private static final class LoopbackOnlyDns implements DNSService {
        @Override
        public Collection<String> findMXRecords(String hostname) throws TemporaryResolutionException {
            return List.of();
        }

        @Override
        public Collection<String> findTXTRecords(String hostname) {
            return List.of();
        }

        @Override
        public Collection<InetAddress> getAllByName(String host) throws UnknownHostException {
            return List.of(getByName(host));
        }

        @Override
        public InetAddress getByName(String host) throws UnknownHostException {
            if (!host.matches("[0-9.]+|[0-9a-fA-F:]+")) {
                throw new UnknownHostException(host + ": no such host (test DNS)");
            }
            return InetAddress.getByName(host);
        }

        @Override
        public InetAddress getLocalHost() {
            return InetAddress.getLoopbackAddress();
        }

        @Override
        public String getHostName(InetAddress address) {
            return address.getHostAddress();
        }
    }
}
