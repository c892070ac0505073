package dev.pacer.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.james.util.Port;
import org.apache.james.utils.SMTPMessageSender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.pacer.testing.ReceiverBehaviour;
import dev.pacer.testing.ReceiverBehaviour.Step;
import dev.pacer.testing.ScriptedSmtpReceiver;

/**
 * The throttled lane end to end, with the recommended pipeline shipped in james-conf: a real James, receivers on
 * 127.0.0.1 that cap concurrent sessions the way Postfix and Exim do (the session over the cap gets a 421 greeting).
 */
class ThrottledLaneIT {
    private static final String SENDER = "sender@sender.test";
    private static final Logger LOGGER = LoggerFactory.getLogger(ThrottledLaneIT.class);
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int NORMAL_INITIAL_CONCURRENCY = 5;

    static final ReceiverBehaviour CAP_2_CONCURRENT_SESSIONS_421 = ReceiverBehaviour.builder()
        .maxConcurrentSessions(2).holdAfterMessage(Duration.ofMillis(20)).build();
    static final ReceiverBehaviour CAP_1_CONCURRENT_SESSION_SLOW = ReceiverBehaviour.builder()
        .maxConcurrentSessions(1).holdAfterMessage(Duration.ofMillis(100)).build();
    static final ReceiverBehaviour UNCAPPED_SLOW = ReceiverBehaviour.builder().holdAfterMessage(Duration.ofMillis(100)).build();
    static final ReceiverBehaviour GREETING_421_TWICE_THEN_ACCEPT = ReceiverBehaviour.builder()
        .fail(Step.GREETING, "421 4.7.0 mx.capped.test Error: too many connections from 127.0.0.1", 2).build();
    static final ReceiverBehaviour GREETING_421_ALWAYS = ReceiverBehaviour.builder()
        .failAlways(Step.GREETING, "421 4.7.0 Too many concurrent connections").build();

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

    /** The shipped pipeline with routes to the receivers and retry delays short enough for a test. */
    private PacerJamesServer.Builder pipeline(String routes, String retryDelays) {
        return PacerJamesServer.builder(workingDirectory)
            .everyDeliveryParameter("routes", routes)
            .everyDeliveryParameter("destinationKey", "domain")
            .everyDeliveryParameter("heloName", "pacer.test")
            .everyDeliveryParameter("delayTime", retryDelays)
            .deliveryParameter("pacer-outgoing", "initialConcurrency", Integer.toString(NORMAL_INITIAL_CONCURRENCY))
            .mailetParameter("dev.pacer.mailets.SetRetrySchedule", "delayTime", retryDelays);
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

    private Optional<String[]> persistedState(String key) throws Exception {
        Path file = workingDirectory.resolve("var/pacer/destinations.tsv");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
            .filter(line -> line.startsWith(key + "\t"))
            .map(line -> line.split("\t"))
            .findFirst();
    }

    @Test
    void aReceiverCappedAt2ShouldGetEveryMailOnceWithoutRepeatedRefusalsAndTheWindowShouldSettleAt2() throws Exception {
        ScriptedSmtpReceiver capped = receiver(CAP_2_CONCURRENT_SESSIONS_421);
        james = pipeline(route("capped.test", capped), "500ms").start();

        send(200, "rcpt", "capped.test");

        await().atMost(WAIT).until(() -> capped.deliveredRecipients().size() >= 200);
        List<String> delivered = capped.deliveredRecipients();
        assertThat(delivered).hasSize(200).doesNotHaveDuplicates();

        List<ScriptedSmtpReceiver.SessionRecord> sessions = capped.sessions();
        List<ScriptedSmtpReceiver.SessionRecord> refused = sessions.stream()
            .filter(ScriptedSmtpReceiver.SessionRecord::refusedByCap).collect(Collectors.toList());
        // probeAfter (10m) does not pass during the test: only the first burst may overshoot the cap.
        assertThat(refused).as("refused sessions").hasSizeLessThanOrEqualTo(NORMAL_INITIAL_CONCURRENCY - 2);

        if (!refused.isEmpty()) {
            Instant learned = refused.stream().map(ScriptedSmtpReceiver.SessionRecord::end)
                .max(Comparator.naturalOrder()).orElseThrow().plusMillis(500);
            for (ScriptedSmtpReceiver.SessionRecord session : sessions) {
                if (session.start().isAfter(learned)) {
                    long overlapping = sessions.stream()
                        .filter(other -> !other.start().isAfter(session.start()))
                        .filter(other -> other.countedUntil() == null || other.countedUntil().isAfter(session.start()))
                        .count();
                    assertThat(overlapping).as("sessions counted by the receiver when session %d started", session.id())
                        .isLessThanOrEqualTo(2);
                }
            }
        }

        String key = "route:127.0.0.1:" + capped.port();
        await().atMost(WAIT).untilAsserted(() -> assertThat(persistedState(key)).isPresent());
        String[] state = persistedState(key).orElseThrow();
        assertThat(state[1]).as("window").isEqualTo("2");
        if (!refused.isEmpty()) {
            assertThat(state[2]).as("refusal point").isEqualTo("3");
        }
    }

    /** Postfix's smtpd_client_message_rate_limit, as its reply reads: at most 5 messages every 2 seconds. */
    static final ReceiverBehaviour MESSAGE_RATE_5_PER_2S = ReceiverBehaviour.builder()
        .messageRateLimit(5, Duration.ofSeconds(2), "450 4.7.1 Error: too much mail from 127.0.0.1").build();

    @Test
    void aRateLimitingReceiverShouldGetEveryMailWithoutAStallOrARefusalLoop() throws Exception {
        ScriptedSmtpReceiver limited = receiver(MESSAGE_RATE_5_PER_2S);
        james = pipeline(route("limited.test", limited), "1s").start();

        send(20, "rcpt", "limited.test");

        // Before the lane owned its waiting mail, a rate-limited destination stalled for minutes (10 of 40 mails
        // delivered, then no session for 10 min 52 s). 20 mails at 5 per 2 s need 8 s; paced sending takes longer.
        await().atMost(Duration.ofSeconds(90)).until(() -> limited.deliveredRecipients().size() >= 20);
        assertThat(limited.deliveredRecipients()).hasSize(20).doesNotHaveDuplicates();
        List<ScriptedSmtpReceiver.SessionRecord> refused = limited.sessions().stream()
            .filter(ScriptedSmtpReceiver.SessionRecord::rateLimited).collect(Collectors.toList());
        assertThat(refused).as("the limit was met").isNotEmpty();
        // The first burst is in flight before any refusal can be read (slow start, bounded by the window); once the
        // first refusal is back, sending is paced: at most the pacing's own probing meets the limit again.
        Instant learned = refused.stream().map(ScriptedSmtpReceiver.SessionRecord::end)
            .min(Comparator.naturalOrder()).orElseThrow().plusMillis(200);
        long refusedOnceLearned = refused.stream().filter(session -> session.start().isAfter(learned)).count();
        assertThat(refusedOnceLearned).as("sessions refused for the rate after the first refusal").isLessThanOrEqualTo(3);
    }

    @Test
    void aDestinationCappedAt1ShouldNotSlowAnUncappedOne() throws Exception {
        ScriptedSmtpReceiver capped = receiver(CAP_1_CONCURRENT_SESSION_SLOW);
        ScriptedSmtpReceiver open = receiver(UNCAPPED_SLOW);
        james = pipeline(route("capped.test", capped) + "; " + route("open.test", open), "500ms").start();

        // One submission session for all 40 mails: the comparison below is about delivery, not about how fast this
        // machine opens SMTP sessions to James.
        Instant start = Instant.now();
        try (SMTPMessageSender sender = new SMTPMessageSender("client.test")) {
            sender.connect("127.0.0.1", Port.of(james.smtpPort()));
            for (int i = 0; i < 20; i++) {
                sender.sendMessage(SENDER, "c" + i + "-0@capped.test");
                sender.sendMessage(SENDER, "o" + i + "-0@open.test");
            }
        }

        await().atMost(WAIT).pollInterval(Duration.ofMillis(10)).until(() -> open.deliveredRecipients().size() >= 20);
        Instant openDone = Instant.now();
        int cappedDeliveredWhenOpenWasDone = capped.deliveredRecipients().size();
        await().atMost(WAIT).until(() -> capped.deliveredRecipients().size() >= 20);
        Instant cappedDone = Instant.now();
        LOGGER.info("20 mails each: uncapped destination done after {} ms, capped destination after {} ms ({} delivered when the uncapped one was done)",
            Duration.between(start, openDone).toMillis(), Duration.between(start, cappedDone).toMillis(), cappedDeliveredWhenOpenWasDone);

        assertThat(open.peakAcceptedSessions()).as("parallel sessions to the uncapped receiver").isGreaterThan(1);
        assertThat(capped.peakAcceptedSessions()).isEqualTo(1);
        // The capped receiver takes its 20 mails one at a time, 100 ms each; had the uncapped destination queued
        // behind them, it would have finished with them. It must finish while at least a quarter of them still wait
        // (counted, not timed: a slow machine's start-up delays both destinations alike).
        assertThat(cappedDeliveredWhenOpenWasDone).as("capped mails delivered when the uncapped destination had all 20").isLessThanOrEqualTo(15);
        assertThat(open.deliveredRecipients()).hasSize(20).doesNotHaveDuplicates();
        assertThat(capped.deliveredRecipients()).hasSize(20).doesNotHaveDuplicates();
    }

    @Test
    void greeting421TwiceThenAcceptShouldBeDeliveredOnTheScheduleSetBySetRetrySchedule() throws Exception {
        ScriptedSmtpReceiver receiver = receiver(GREETING_421_TWICE_THEN_ACCEPT);
        // The lanes would wait an hour; SetRetrySchedule (connection limits) gives this mail 1.5 s.
        james = pipeline(route("capped.test", receiver), "1h")
            .mailetParameter("dev.pacer.mailets.SetRetrySchedule", "delayTime", "2*1500ms")
            .start();

        send(1, "rcpt", "capped.test");

        await().atMost(WAIT).until(() -> receiver.deliveredRecipients().size() == 1);
        List<ScriptedSmtpReceiver.SessionRecord> sessions = receiver.sessions();
        assertThat(sessions).hasSize(3);
        assertThat(Duration.between(sessions.get(0).start(), sessions.get(1).start())).isBetween(Duration.ofMillis(1400), Duration.ofSeconds(30));
        assertThat(Duration.between(sessions.get(1).start(), sessions.get(2).start())).isBetween(Duration.ofMillis(1400), Duration.ofSeconds(30));
        assertThat(receiver.deliveredRecipients()).containsExactly("rcpt0@capped.test");
    }

    @Test
    void always421ShouldBounceWithADsnOnceRetriesAreSpentAndLoseNothing() throws Exception {
        ScriptedSmtpReceiver refusing = receiver(GREETING_421_ALWAYS);
        ScriptedSmtpReceiver senderSide = receiver(ReceiverBehaviour.ACCEPT_ALL);
        james = pipeline(route("capped.test", refusing) + "; " + route("sender.test", senderSide), "300ms")
            .mailetParameter("dev.pacer.mailets.SetRetrySchedule", "maxRetries", "2")
            .start();

        send(1, "rcpt", "capped.test");

        await().atMost(WAIT).until(() -> !senderSide.messages().isEmpty());
        ScriptedSmtpReceiver.ReceivedMessage dsn = senderSide.messages().get(0);
        assertThat(dsn.sender()).isEmpty();
        assertThat(dsn.recipients()).containsExactly(SENDER);
        assertThat(dsn.content()).contains("421 4.7.0 Too many concurrent connections").contains("giving up after 3 attempts");
        assertThat(refusing.sessions()).hasSize(3);
        assertThat(refusing.messages()).isEmpty();
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> senderSide.messages().size() == 1);
    }

    @Test
    void learnedWindowsShouldSurviveARestart() throws Exception {
        ScriptedSmtpReceiver capped = receiver(CAP_2_CONCURRENT_SESSIONS_421);
        String routes = route("capped.test", capped);
        james = pipeline(routes, "500ms").start();
        send(40, "before", "capped.test");
        await().atMost(WAIT).until(() -> capped.deliveredRecipients().size() >= 40);
        long refusedBefore = capped.refusedSessions();
        javax.management.ObjectName stats = new javax.management.ObjectName("dev.pacer:type=DeferralStats");
        assertThat(java.lang.management.ManagementFactory.getPlatformMBeanServer().isRegistered(stats)).isTrue();
        james.close();
        james = null;
        assertThat(java.lang.management.ManagementFactory.getPlatformMBeanServer().isRegistered(stats))
            .as("Pacer's MBeans leave with the server").isFalse();

        capped.reset(CAP_2_CONCURRENT_SESSIONS_421);
        james = pipeline(routes, "500ms").start();
        send(40, "after", "capped.test");
        await().atMost(WAIT).until(() -> capped.deliveredRecipients().size() >= 40);

        assertThat(java.lang.management.ManagementFactory.getPlatformMBeanServer().isRegistered(stats)).isTrue();
        assertThat(refusedBefore).as("the first run met the cap").isPositive();
        assertThat(capped.refusedSessions()).as("refusals after the restart: the learned window came back").isZero();
        assertThat(capped.deliveredRecipients()).hasSize(40).doesNotHaveDuplicates();
    }

    /** The minimal-change sample: stock RemoteDelivery through {@code receiver} as gateway, Pacer's lanes routed to it. */
    private PacerJamesServer.Builder stockPipeline(ScriptedSmtpReceiver receiver) {
        return PacerJamesServer.builder(workingDirectory)
            .mailetContainer("pacer-conf-samples/mailetcontainer-stock-remotedelivery.xml")
            .mailetParameter("RemoteDelivery", "gateway", "127.0.0.1")
            .mailetParameter("RemoteDelivery", "gatewayPort", Integer.toString(receiver.port()))
            .mailetParameter("RemoteDelivery", "heloName", "stock.test")
            .everyDeliveryParameter("routes", route("remote.test", receiver))
            .everyDeliveryParameter("heloName", "pacer.test")
            .everyDeliveryParameter("delayTime", "500ms");
    }

    @Test
    void theStockRemoteDeliveryPipelineShouldHandEveryDeferralToPacersLane() throws Exception {
        ScriptedSmtpReceiver receiver = receiver(ReceiverBehaviour.builder()
            .fail(Step.GREETING, "421 4.7.0 Too many concurrent connections", 1).build());
        james = stockPipeline(receiver).start();

        send(1, "rcpt", "remote.test");

        await().atMost(WAIT).until(() -> receiver.deliveredRecipients().size() == 1);
        List<ScriptedSmtpReceiver.SessionRecord> sessions = receiver.sessions();
        assertThat(sessions).hasSize(2);
        assertThat(sessions.get(0).replies()).containsExactly("421 4.7.0 Too many concurrent connections");
        assertThat(sessions.get(1).commands()).anyMatch(command -> command.equalsIgnoreCase("EHLO pacer.test"));
        assertThat(receiver.deliveredRecipients()).containsExactly("rcpt0@remote.test");
    }

    /**
     * The README's figure for the minimal-change pipeline: stock RemoteDelivery (8 threads) against a receiver capped
     * at 2 sessions. A first burst reaches RemoteDelivery before anyone knows the cap; its temporary failures throttle
     * the destination, so a second burst goes to Pacer's lane only and stock RemoteDelivery opens no session.
     */
    @Test
    void theStockRemoteDeliveryPipelineShouldStopConnectingToADestinationPacerThrottled() throws Exception {
        ScriptedSmtpReceiver receiver = receiver(ReceiverBehaviour.builder()
            .maxConcurrentSessions(2).processingTime(Duration.ofMillis(100)).build());
        james = stockPipeline(receiver)
            // A lane session refused while stock RemoteDelivery holds the receiver's sessions is a real deferral
            // (none of the lane's own were held): its retry waits seconds here instead of the sample's minutes.
            .mailetParameter("dev.pacer.mailets.SetRetrySchedule", "delayTime", "2s")
            .start();

        send(20, "first", "remote.test");
        await().atMost(WAIT).until(() -> receiver.deliveredRecipients().size() >= 20);
        int firstSessions = receiver.sessions().size();
        long firstRefused = receiver.refusedSessions();
        long firstStock = receiver.sessions().stream().filter(session -> session.commands().contains("EHLO stock.test")).count();

        send(20, "second", "remote.test");
        await().atMost(WAIT).until(() -> receiver.deliveredRecipients().size() >= 40);
        List<ScriptedSmtpReceiver.SessionRecord> second = receiver.sessions().subList(firstSessions, receiver.sessions().size());
        long secondRefused = second.stream().filter(ScriptedSmtpReceiver.SessionRecord::refusedByCap).count();
        long secondStock = second.stream().filter(session -> session.commands().contains("EHLO stock.test")).count();
        // A stock session refused at the greeting never says EHLO: the refused count covers those.
        System.out.printf("minimal-change pipeline, cap 2: first burst of 20: %d refused sessions (%d stock RemoteDelivery sessions greeted);"
            + " second burst of 20: %d refused, %d stock RemoteDelivery sessions greeted%n", firstRefused, firstStock, secondRefused, secondStock);

        assertThat(firstRefused).as("the first burst met the cap").isPositive();
        assertThat(secondStock).as("stock RemoteDelivery sessions greeted once the destination is throttled").isZero();
        assertThat(secondRefused).as("refused sessions in the second burst").isLessThanOrEqualTo(1);
        assertThat(receiver.deliveredRecipients()).hasSize(40).doesNotHaveDuplicates();
    }

    @Test
    void jamesShouldRefuseToStartWithInvertedWindowBoundsNamingTheParameter() {
        assertThatThrownBy(() -> PacerJamesServer.builder(workingDirectory)
                .deliveryParameter("pacer-throttled", "initialConcurrency", "9")
                .start())
            .hasStackTraceContaining("'initialConcurrency' (9) must be <= 'maxConcurrency' (5)");
    }
}
