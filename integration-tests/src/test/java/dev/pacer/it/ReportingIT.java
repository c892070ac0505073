package dev.pacer.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import org.apache.james.util.Port;
import org.apache.james.utils.DataProbeImpl;
import org.apache.james.utils.GuiceProbe;
import org.apache.james.utils.SMTPMessageSender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.multibindings.Multibinder;

import dev.pacer.testing.ReceiverBehaviour;
import dev.pacer.testing.ScriptedSmtpReceiver;

/**
 * Deferral statistics over James's own JMX endpoint, with James's generated credentials, after a burst to a receiver
 * capped at 2 sessions; and the escalation report mailed to the postmaster. One James per class: an RMI registry
 * stays bound to its port for the life of the JVM. The operator's overrides run after the statistics are read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportingIT {
    private static final int MAILS = 30;
    private static final String POSTMASTER = "postmaster@james.local";

    @TempDir
    static Path workingDirectory;

    private ScriptedSmtpReceiver receiver;
    private PacerJamesServer james;
    private int jmxPort;
    private String destination;

    @BeforeAll
    void startJamesAndSendABurst() throws Exception {
        receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.builder().maxConcurrentSessions(2).holdAfterMessage(Duration.ofMillis(20)).build());
        destination = "route:127.0.0.1:" + receiver.port();
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            jmxPort = socket.getLocalPort();
        }
        james = PacerJamesServer.builder(workingDirectory)
            .jmx(jmxPort)
            .confFile("pacer.properties", "severity.watch.deferralsPerHour=1\nnotify.every=1h\n")
            .with(binder -> Multibinder.newSetBinder(binder, GuiceProbe.class).addBinding().to(MailboxContentProbe.class))
            .everyDeliveryParameter("routes", "capped.test=127.0.0.1:" + receiver.port())
            .everyDeliveryParameter("heloName", "pacer.test")
            .everyDeliveryParameter("delayTime", "500ms")
            .mailetParameter("dev.pacer.mailets.SetRetrySchedule", "delayTime", "500ms")
            .start();
        james.guiceServer().getProbe(DataProbeImpl.class).addUser(POSTMASTER, "secret");

        try (SMTPMessageSender sender = new SMTPMessageSender("client.test")) {
            sender.connect("127.0.0.1", Port.of(james.smtpPort()));
            for (int i = 0; i < MAILS; i++) {
                sender.sendMessage("sender@sender.test", "rcpt" + i + "@capped.test");
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> receiver.deliveredRecipients().size() >= MAILS);
    }

    @AfterAll
    void stop() throws Exception {
        if (james != null) {
            james.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    private JMXServiceURL url() throws Exception {
        return new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi");
    }

    private JMXConnector connect() throws Exception {
        List<String> lines = Files.readAllLines(workingDirectory.resolve("conf/jmxremote.password"), StandardCharsets.UTF_8);
        String[] credentials = lines.stream().filter(line -> !line.isBlank() && !line.startsWith("#")).findFirst().orElseThrow().trim().split("\\s+");
        return JMXConnectorFactory.connect(url(), Map.of(JMXConnector.CREDENTIALS, new String[] {credentials[0], credentials[1]}));
    }

    private static CompositeData destination(MBeanServerConnection jmx, String key) throws Exception {
        return (CompositeData) jmx.invoke(new ObjectName("dev.pacer:type=DeferralStats"), "destination",
            new Object[] {key}, new String[] {String.class.getName()});
    }

    @Test
    void anonymousJmxAccessShouldStayRefused() {
        assertThatThrownBy(() -> JMXConnectorFactory.connect(url()).close()).isInstanceOf(SecurityException.class);
    }

    @Test
    @Order(1)
    void statisticsOverJmxShouldMatchWhatTheReceiverSaw() throws Exception {
        long refused = receiver.refusedSessions();
        assertThat(refused).as("the burst met the cap").isPositive();

        try (JMXConnector connector = connect()) {
            MBeanServerConnection jmx = connector.getMBeanServerConnection();
            ObjectName stats = new ObjectName("dev.pacer:type=DeferralStats");

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                CompositeData view = destination(jmx, destination);
                assertThat(view.get("deferralsTotal")).as("one deferral per refused session").isEqualTo(refused);
                assertThat(view.get("deliveredAfterDeferral")).as("every deferred mail was delivered later").isEqualTo(view.get("affectedMails"));
            });
            CompositeData view = destination(jmx, destination);
            assertThat((Long) view.get("affectedMails")).isPositive().isLessThanOrEqualTo(refused);
            assertThat(view.get("expired")).isEqualTo(0L);
            assertThat(view.get("window")).isEqualTo(2);
            assertThat(view.get("refusalPoint")).isEqualTo(3);
            assertThat(view.get("lastReply")).isEqualTo("421 4.7.0 Too many concurrent connections");
            assertThat(view.get("severity")).isEqualTo("WATCH");
            assertThat((String[]) view.get("remoteIps")).containsExactly("127.0.0.1");
            assertThat(view.get("throttledUntil")).asString().isNotEmpty();
            assertThat((Long) view.get("medianExtraDelaySeconds")).isGreaterThanOrEqualTo(0L);

            assertThat(jmx.getAttribute(stats, "TotalDeferrals")).isEqualTo(refused);
            CompositeData[] events = (CompositeData[]) jmx.getAttribute(stats, "RecentEvents");
            assertThat(events).hasSize((int) refused);
            assertThat(events).allSatisfy(event -> {
                assertThat(event.get("kind")).isEqualTo("CONNECTION_LIMIT");
                assertThat(event.get("reply")).isEqualTo("421 4.7.0 Too many concurrent connections");
                assertThat(event.get("basicCode")).isEqualTo(421);
                assertThat(event.get("enhancedCode")).isEqualTo("4.7.0");
                assertThat(event.get("step")).isEqualTo("GREETING");
                assertThat(event.get("sendingIp")).isEqualTo("127.0.0.1");
                assertThat(event.get("heloName")).isEqualTo("pacer.test");
                assertThat(event.get("recipientDomain")).isEqualTo("capped.test");
                assertThat(event.get("senderDomain")).isEqualTo("sender.test");
                assertThat((String) event.get("messageId")).isNotEmpty();
            });
            CompositeData[] top = (CompositeData[]) jmx.getAttribute(stats, "TopDestinations");
            assertThat(Arrays.stream(top).map(d -> d.get("destination"))).contains(destination);

            String report = (String) jmx.invoke(stats, "escalationReport", new Object[] {destination}, new String[] {String.class.getName()});
            assertThat(report)
                .contains("Deferral report for " + destination)
                .contains("421 4.7.0 Too many concurrent connections")
                .contains("Our sending IPs:    127.0.0.1")
                .contains("Our HELO names:     pacer.test")
                .containsPattern("Concurrency at which the receiver refused \\(as counted at each refusal\\): \\[[0-9, ]+\\]")
                .contains("Our current concurrency limit: 2 session(s), learned refusal point 3")
                .contains("delivered after deferral: " + view.get("deliveredAfterDeferral"));
        }
    }

    @Test
    void anUnknownDestinationShouldBeAClearError() throws Exception {
        try (JMXConnector connector = connect()) {
            MBeanServerConnection jmx = connector.getMBeanServerConnection();

            assertThatThrownBy(() -> destination(jmx, "mx:never.test"))
                .hasStackTraceContaining("unknown destination 'mx:never.test'")
                .hasStackTraceContaining(destination);
            assertThatThrownBy(() -> jmx.invoke(new ObjectName("dev.pacer:type=Throttle"), "unthrottle", new Object[] {"never.test"},
                    new String[] {String.class.getName()}))
                .hasStackTraceContaining("'never.test' is not a destination");
        }
    }

    @Test
    @Order(2)
    void anOperatorShouldSetAndResetAWindowOverJmx() throws Exception {
        try (JMXConnector connector = connect()) {
            MBeanServerConnection jmx = connector.getMBeanServerConnection();
            ObjectName throttle = new ObjectName("dev.pacer:type=Throttle");

            jmx.invoke(throttle, "setWindow", new Object[] {destination, 1}, new String[] {String.class.getName(), int.class.getName()});
            assertThat(window(jmx, throttle)).containsEntry("window", 1).containsEntry("manualWindow", true);

            jmx.invoke(throttle, "unthrottle", new Object[] {destination}, new String[] {String.class.getName()});
            jmx.invoke(throttle, "reset", new Object[] {destination}, new String[] {String.class.getName()});
            assertThat(window(jmx, throttle)).containsEntry("manualWindow", false).containsEntry("refusalPoint", 0)
                .containsEntry("throttledUntil", "");
        }
    }

    private Map<String, Object> window(MBeanServerConnection jmx, ObjectName throttle) throws Exception {
        CompositeData[] windows = (CompositeData[]) jmx.getAttribute(throttle, "Windows");
        CompositeData mine = Arrays.stream(windows).filter(w -> destination.equals(w.get("destination"))).findFirst().orElseThrow();
        return Map.of("window", mine.get("window"), "manualWindow", mine.get("manualWindow"), "refusalPoint", mine.get("refusalPoint"),
            "throttledUntil", mine.get("throttledUntil"));
    }

    @Test
    @Order(3)
    void waitingMailShouldBeShownPerDestinationAndRetriedNowOverJmx() throws Exception {
        // A mailbox's trouble: the mail waits for its retry time, the destination is not slowed.
        receiver.reset(ReceiverBehaviour.builder().failAlways(ReceiverBehaviour.Step.RCPT, "450 4.2.1 Mailbox temporarily unavailable").build());
        try (SMTPMessageSender sender = new SMTPMessageSender("client.test")) {
            sender.connect("127.0.0.1", Port.of(james.smtpPort()));
            sender.sendMessage("sender@sender.test", "waiting@capped.test");
        }
        try (JMXConnector connector = connect()) {
            MBeanServerConnection jmx = connector.getMBeanServerConnection();
            ObjectName waitingMail = new ObjectName("dev.pacer:type=WaitingMail");
            // Retried every 500 ms: caught while it waits for its next attempt.
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> {
                assertThat((Long) jmx.getAttribute(waitingMail, "TotalWaiting")).isEqualTo(1L);
                CompositeData[] views = (CompositeData[]) jmx.invoke(waitingMail, "destination", new Object[] {destination},
                    new String[] {String.class.getName()});
                assertThat(views).hasSize(1);
                assertThat(views[0].get("destination")).isEqualTo(destination);
                assertThat(views[0].get("waiting")).isEqualTo(1);
                assertThat(views[0].get("waitingFor")).isEqualTo("time");
                assertThat((String) views[0].get("nextAttempt")).isNotEmpty();
            });
            CompositeData[] all = (CompositeData[]) jmx.getAttribute(waitingMail, "Destinations");
            assertThat(all).extracting(view -> view.get("lane")).containsAnyOf("pacer-outgoing", "pacer-throttled");
            receiver.reset(ReceiverBehaviour.ACCEPT_ALL);
            int retried = (Integer) jmx.invoke(waitingMail, "retryNow", new Object[] {destination}, new String[] {String.class.getName()});
            assertThat(retried).isBetween(0, 1);
            assertThat((Integer) jmx.invoke(waitingMail, "retryAll", new Object[0], new String[0])).isBetween(0, 1);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.deliveredRecipients().contains("waiting@capped.test"));
    }

    @Test
    void theEscalationReportShouldReachThePostmastersMailbox() throws Exception {
        MailboxContentProbe mailbox = james.guiceServer().getProbe(MailboxContentProbe.class);

        await().atMost(Duration.ofSeconds(30)).until(() -> !mailbox.inbox(POSTMASTER).isEmpty());

        List<String> messages = mailbox.inbox(POSTMASTER);
        assertThat(messages).as("at most one per destination per notify.every").hasSize(1);
        assertThat(messages.get(0))
            .contains("Subject: [Pacer] WATCH: deferrals at " + destination)
            .contains("421 4.7.0 Too many concurrent connections");
    }
}
