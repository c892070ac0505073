package dev.pacer.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.james.utils.SMTPMessageSender;
import org.apache.mailet.AttributeName;
import org.apache.mailet.AttributeUtils;
import org.apache.mailet.Mail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.pacer.core.PacerAttributes;
import dev.pacer.testing.ReceiverBehaviour;
import dev.pacer.testing.ReceiverBehaviour.Step;
import dev.pacer.testing.ScriptedSmtpReceiver;

/**
 * The shipped pipeline end to end: mail submitted to a real James over SMTP, delivered by ThrottledRemoteDelivery
 * through the gateway to a scripted receiver on 127.0.0.1, deferrals handed to processor "deferrals".
 */
class DeferralPipelineIT {
    private static final String QUEUE = "pacer-outgoing";
    private static final String SENDER = "sender@example.com";
    private static final String RECIPIENT = "rcpt@remote.test";
    private static final Duration WAIT = Duration.ofSeconds(30);

    static final ReceiverBehaviour GREETING_421_TOO_MANY_CONNECTIONS = ReceiverBehaviour.builder()
        .failAlways(Step.GREETING, "421 4.7.0 Too many concurrent connections").build();
    static final ReceiverBehaviour RCPT_451_TOO_MANY_CONNECTIONS = ReceiverBehaviour.builder()
        .failAlways(Step.RCPT, "451 4.7.0 Too many concurrent connections").build();
    static final ReceiverBehaviour END_OF_DATA_421_TOO_MANY_CONNECTIONS = ReceiverBehaviour.builder()
        .failAlways(Step.END_OF_DATA, "421 4.7.0 Too many concurrent connections").build();
    static final ReceiverBehaviour RCPT_550_FOR_UNKNOWN = ReceiverBehaviour.builder()
        .recipientReply("unknown", "550 5.1.1 <unknown@remote.test>: Recipient address rejected: User unknown").build();
    static final ReceiverBehaviour RCPT_450_GREYLISTED_ONCE_THEN_ACCEPT = ReceiverBehaviour.builder()
        .fail(Step.RCPT, "450 4.2.0 <rcpt@remote.test>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/remote.test.html", 1)
        .build();
    static final ReceiverBehaviour GREETING_421_TWICE_THEN_ACCEPT = ReceiverBehaviour.builder()
        .fail(Step.GREETING, "421 4.7.0 mx.remote.test Error: too many connections from 127.0.0.1", 2).build();

    @TempDir
    Path workingDirectory;

    private ScriptedSmtpReceiver receiver;
    private PacerJamesServer james;

    private void start(ReceiverBehaviour behaviour, String delayTime) throws Exception {
        start(behaviour, delayTime, false);
    }

    private void start(ReceiverBehaviour behaviour, String delayTime, boolean startTls) throws Exception {
        receiver = ScriptedSmtpReceiver.start(behaviour);
        // Both lanes deliver through the receiver; the retry schedule the deferral pipeline sets for connection
        // limits is shortened like the lanes' own, so retries happen within the test.
        james = PacerJamesServer.builder(workingDirectory)
            .everyDeliveryParameter("gateway", "127.0.0.1:" + receiver.port())
            .everyDeliveryParameter("delayTime", delayTime)
            .everyDeliveryParameter("heloName", "pacer.test")
            .everyDeliveryParameter("startTLS", Boolean.toString(startTls))
            .mailetParameter("dev.pacer.mailets.SetRetrySchedule", "delayTime", delayTime)
            .withEvidenceCopies()
            .start();
    }

    @Test
    void startTlsShouldBeUsedWhenTheReceiverOffersIt(@TempDir Path keys) throws Exception {
        start(ReceiverBehaviour.builder().startTls(dev.pacer.testing.SelfSignedTls.serverContext(keys)).build(), "1h", true);

        send(RECIPIENT);

        await().atMost(WAIT).until(() -> receiver.deliveredRecipients().contains(RECIPIENT));
        assertThat(receiver.sessions()).singleElement().satisfies(session -> assertThat(session.tls()).isTrue());
    }

    @AfterEach
    void stop() throws Exception {
        if (james != null) {
            james.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    private void send(String to) throws Exception {
        try (SMTPMessageSender sender = new SMTPMessageSender("client.test")) {
            sender.connect("127.0.0.1", org.apache.james.util.Port.of(james.smtpPort())).sendMessage(SENDER, to);
        }
    }

    private static Object attribute(Mail mail, String name) {
        return AttributeUtils.getAttributeValueFromMail(mail, AttributeName.of(name)).orElse(null);
    }

    private Mail awaitSingleEvidence() throws Exception {
        await().atMost(WAIT).until(() -> james.repositoryCount(PacerJamesServer.EVIDENCE_REPOSITORY) >= 1);
        return james.repositoryMails(PacerJamesServer.EVIDENCE_REPOSITORY).get(0);
    }

    @Test
    void greeting421ShouldReachDeferralsBeMatchedAsConnectionLimitAndKeepItsReply() throws Exception {
        start(GREETING_421_TOO_MANY_CONNECTIONS, "1h");

        send(RECIPIENT);

        Mail evidence = awaitSingleEvidence();
        assertThat(attribute(evidence, PacerAttributes.KIND)).isEqualTo("CONNECTION_LIMIT");
        assertThat(attribute(evidence, PacerAttributes.STEP)).isEqualTo("GREETING");
        assertThat(attribute(evidence, PacerAttributes.BASIC_CODE)).isEqualTo(421);
        assertThat(attribute(evidence, PacerAttributes.ENHANCED_CODE)).isEqualTo("4.7.0");
        assertThat(attribute(evidence, PacerAttributes.REPLY)).isEqualTo("421 4.7.0 Too many concurrent connections");
        assertThat(attribute(evidence, PacerAttributes.REMOTE_HOST)).isEqualTo("127.0.0.1");
        assertThat(attribute(evidence, PacerAttributes.REMOTE_IP)).isEqualTo("127.0.0.1");
        assertThat(attribute(evidence, PacerAttributes.ATTEMPT)).isEqualTo(1);
        assertThat(attribute(evidence, PacerAttributes.RECIPIENT_DOMAIN)).isEqualTo("remote.test");
        assertThat(attribute(evidence, PacerAttributes.LANE)).isEqualTo(QUEUE);
        assertThat(attribute(evidence, PacerAttributes.PERMANENT)).isEqualTo(false);
        assertThat(Instant.parse((String) attribute(evidence, PacerAttributes.TIME))).isBefore(Instant.now().plusSeconds(1));
        assertThat(receiver.messages()).isEmpty();
    }

    @Test
    void rcpt451ShouldBeMatchedAsConnectionLimitAtRcpt() throws Exception {
        start(RCPT_451_TOO_MANY_CONNECTIONS, "1h");

        send(RECIPIENT);

        Mail evidence = awaitSingleEvidence();
        assertThat(attribute(evidence, PacerAttributes.KIND)).isEqualTo("CONNECTION_LIMIT");
        assertThat(attribute(evidence, PacerAttributes.STEP)).isEqualTo("RCPT");
        assertThat(attribute(evidence, PacerAttributes.BASIC_CODE)).isEqualTo(451);
        assertThat(attribute(evidence, PacerAttributes.REPLY)).isEqualTo("451 4.7.0 Too many concurrent connections");
    }

    @Test
    void endOfData421ShouldBeMatchedAsConnectionLimitAtEndOfData() throws Exception {
        start(END_OF_DATA_421_TOO_MANY_CONNECTIONS, "1h");

        send(RECIPIENT);

        Mail evidence = awaitSingleEvidence();
        assertThat(attribute(evidence, PacerAttributes.KIND)).isEqualTo("CONNECTION_LIMIT");
        assertThat(attribute(evidence, PacerAttributes.STEP)).isEqualTo("END_OF_DATA");
        assertThat(receiver.messages()).isEmpty();
    }

    @Test
    void rcpt550ShouldBounceWithADsnAndNotBeMatched() throws Exception {
        start(RCPT_550_FOR_UNKNOWN, "1h");

        send("unknown@remote.test");

        await().atMost(WAIT).until(() -> !receiver.messages().isEmpty());
        ScriptedSmtpReceiver.ReceivedMessage dsn = receiver.messages().get(0);
        assertThat(dsn.sender()).isEmpty();
        assertThat(dsn.recipients()).containsExactly(SENDER);
        assertThat(dsn.content()).contains("550 5.1.1");
        assertThat(james.repositoryCount(PacerJamesServer.EVIDENCE_REPOSITORY)).isZero();
    }

    @Test
    void greylistingShouldNotBeTakenForAConnectionLimitAndShouldDeliverOnRetry() throws Exception {
        start(RCPT_450_GREYLISTED_ONCE_THEN_ACCEPT, "1s");

        send(RECIPIENT);

        await().atMost(WAIT).until(() -> receiver.deliveredRecipients().contains(RECIPIENT));
        assertThat(receiver.sessions().get(0).replies()).anyMatch(reply -> reply.startsWith("450 4.2.0"));
        assertThat(receiver.deliveredRecipients()).containsExactly(RECIPIENT);
        assertThat(james.repositoryCount(PacerJamesServer.EVIDENCE_REPOSITORY)).isZero();
    }

    @Test
    void greeting421TwiceThenAcceptShouldDeliverOnceOnTheRetrySchedule() throws Exception {
        start(GREETING_421_TWICE_THEN_ACCEPT, "2*2s");

        send(RECIPIENT);

        await().atMost(WAIT).until(() -> receiver.deliveredRecipients().contains(RECIPIENT));
        List<ScriptedSmtpReceiver.SessionRecord> sessions = receiver.sessions();
        assertThat(sessions).hasSize(3);
        assertThat(Duration.between(sessions.get(0).start(), sessions.get(1).start())).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
        assertThat(Duration.between(sessions.get(1).start(), sessions.get(2).start())).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
        assertThat(receiver.deliveredRecipients()).containsExactly(RECIPIENT);
        // The evidence repository keeps the latest deferral of each mail (a repository is keyed by mail name).
        assertThat(james.repositoryMails(PacerJamesServer.EVIDENCE_REPOSITORY))
            .extracting(mail -> attribute(mail, PacerAttributes.ATTEMPT))
            .containsExactly(2);
    }
}
