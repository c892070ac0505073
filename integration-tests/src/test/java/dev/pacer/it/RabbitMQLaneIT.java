package dev.pacer.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.james.util.Port;
import org.apache.james.utils.SMTPMessageSender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.pacer.testing.RabbitMQBroker;
import dev.pacer.testing.ReceiverBehaviour;
import dev.pacer.testing.ScriptedSmtpReceiver;

/**
 * Pacer on distributed James's MailQueue: a real James 3.8.1 whose every queue (its spool, Pacer's lanes) is James's
 * RabbitMQ MailQueue on a real broker, with the shipped pipeline. That queue ignores enqueue delays and stops
 * delivering to a consumer holding its prefetch of unacknowledged items; Pacer's lanes rely on neither.
 */
class RabbitMQLaneIT {
    private static final String SENDER = "sender@sender.test";
    private static final Duration RETRY_DELAY = Duration.ofSeconds(3);
    private static final Duration WAIT = Duration.ofSeconds(90);

    static final ReceiverBehaviour GREYLISTING_TWICE = ReceiverBehaviour.builder()
        .deferEachRecipient(2, "450 4.2.0 Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/grey.test.html")
        .build();
    static final ReceiverBehaviour CAP_1_CONCURRENT_SESSION_SLOW = ReceiverBehaviour.builder()
        .maxConcurrentSessions(1).holdAfterMessage(Duration.ofMillis(400)).build();

    @TempDir
    Path directory;

    private final List<AutoCloseable> closeables = new ArrayList<>();
    private PacerJamesServer james;

    @AfterEach
    void stop() throws Exception {
        if (james != null) {
            james.close();
        }
        for (AutoCloseable closeable : closeables) {
            closeable.close();
        }
    }

    private ScriptedSmtpReceiver receiver(ReceiverBehaviour behaviour) throws Exception {
        ScriptedSmtpReceiver receiver = ScriptedSmtpReceiver.start(behaviour);
        closeables.add(receiver);
        return receiver;
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

    private static Duration timeToDeliver(ScriptedSmtpReceiver receiver, int count, Instant from) {
        await().atMost(WAIT).until(() -> receiver.deliveredRecipients().size() >= count);
        return Duration.between(from, receiver.messages().get(count - 1).acceptedAt());
    }

    @Test
    void retriesShouldKeepTheirDelaysAndAHealthyDestinationShouldDrainBesideACappedAndADeferringOne() throws Exception {
        RabbitMQBroker broker = RabbitMQBroker.start(directory.resolve("rabbitmq"));
        ScriptedSmtpReceiver greylisting = receiver(GREYLISTING_TWICE);
        ScriptedSmtpReceiver capped = receiver(CAP_1_CONCURRENT_SESSION_SLOW);
        ScriptedSmtpReceiver healthy = receiver(ReceiverBehaviour.ACCEPT_ALL);
        String delay = RETRY_DELAY.toMillis() + "ms";
        james = PacerJamesServer.builder(directory.resolve("james"))
            .overriding(new RabbitMQMailQueueModule(broker))
            .everyDeliveryParameter("routes", route("grey.test", greylisting) + "; " + route("capped.test", capped) + "; "
                + route("healthy.test", healthy))
            .everyDeliveryParameter("destinationKey", "domain")
            .everyDeliveryParameter("heloName", "pacer.test")
            .everyDeliveryParameter("delayTime", delay)
            .mailetParameter("dev.pacer.mailets.SetRetrySchedule", "delayTime", delay)
            .start();
        closeables.add(broker);

        Instant alone = Instant.now();
        send(20, "alone", "healthy.test");
        Duration healthyAlone = timeToDeliver(healthy, 20, alone);
        healthy.reset(ReceiverBehaviour.ACCEPT_ALL);

        Instant mixed = Instant.now();
        send(5, "grey", "grey.test");
        send(8, "capped", "capped.test");
        send(20, "healthy", "healthy.test");
        Duration healthyBesideOthers = timeToDeliver(healthy, 20, mixed);

        await().atMost(WAIT).until(() -> greylisting.deliveredRecipients().size() >= 5 && capped.deliveredRecipients().size() >= 8);
        assertThat(healthy.deliveredRecipients()).hasSize(20).doesNotHaveDuplicates();
        assertThat(greylisting.deliveredRecipients()).hasSize(5).doesNotHaveDuplicates();
        assertThat(capped.deliveredRecipients()).hasSize(8).doesNotHaveDuplicates();

        // Every greylisted mail was tried exactly three times (two deferrals, then accepted), each retry after its
        // delay: RabbitMQ's queue would have handed a re-queued mail back at once.
        for (int i = 0; i < 5; i++) {
            List<ScriptedSmtpReceiver.SessionRecord> attempts = greylisting.sessionsFor("grey" + i + "@grey.test");
            assertThat(attempts).as("attempts of grey%d", i).hasSize(3);
            for (int retry = 1; retry < attempts.size(); retry++) {
                assertThat(Duration.between(attempts.get(retry - 1).start(), attempts.get(retry).start()))
                    .as("grey%d retry %d", i, retry).isGreaterThanOrEqualTo(RETRY_DELAY.minusMillis(20));
            }
        }
        // The capped destination's mail waited in Pacer's lanes, not in unacknowledged queue items: the healthy one
        // drained beside it about as fast as alone.
        assertThat(healthyBesideOthers).as("healthy destination beside the others (alone: %s)", healthyAlone)
            .isLessThanOrEqualTo(healthyAlone.multipliedBy(3).plusSeconds(2));
        assertThat(capped.refusedSessions()).as("refused sessions at the capped receiver").isLessThanOrEqualTo(4);
        assertThat(broker.queueNames()).as("the queues James and Pacer used")
            .anyMatch(name -> name.contains("spool"))
            .anyMatch(name -> name.contains("pacer-outgoing"));
    }
}
