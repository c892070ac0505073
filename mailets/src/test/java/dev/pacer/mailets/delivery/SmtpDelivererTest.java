package dev.pacer.mailets.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

import javax.mail.MessagingException;

import org.apache.james.core.MailAddress;
import org.apache.james.core.builder.MimeMessageBuilder;
import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.pacer.core.SmtpStep;
import dev.pacer.testing.ReceiverBehaviour;
import dev.pacer.testing.ScriptedSmtpReceiver;

class SmtpDelivererTest {
    private static final String TOO_MANY = "421 4.7.0 Too many concurrent connections";

    private ScriptedSmtpReceiver receiver;

    @AfterEach
    void stop() throws IOException {
        if (receiver != null) {
            receiver.close();
        }
    }

    private static SmtpDeliverer deliverer(boolean sendPartial) {
        return new SmtpDeliverer(new SmtpDeliverer.Settings("pacer.test", Duration.ofSeconds(10), Duration.ofSeconds(5), false, sendPartial),
            SmtpDeliverer.systemResolver());
    }

    @Test
    void startTlsShouldEncryptTheSessionEvenWithASelfSignedCertificate(@org.junit.jupiter.api.io.TempDir java.nio.file.Path directory) throws Exception {
        receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.builder().startTls(dev.pacer.testing.SelfSignedTls.serverContext(directory)).build());
        SmtpDeliverer tls = new SmtpDeliverer(new SmtpDeliverer.Settings("pacer.test", Duration.ofSeconds(10), Duration.ofSeconds(5), true, false),
            SmtpDeliverer.systemResolver());

        AttemptResult result = tls.deliver(mail("a@example.org"), receiverTarget());

        assertThat(result.delivered()).hasSize(1);
        assertThat(receiver.sessions()).singleElement().satisfies(session -> {
            assertThat(session.tls()).isTrue();
            assertThat(session.commands()).contains("STARTTLS");
        });
        assertThat(receiver.messages()).hasSize(1);
    }

    @Test
    void withoutStartTlsTheSessionShouldStayPlainWhenTlsIsOffered(@org.junit.jupiter.api.io.TempDir java.nio.file.Path directory) throws Exception {
        receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.builder().startTls(dev.pacer.testing.SelfSignedTls.serverContext(directory)).build());

        deliverer(false).deliver(mail("a@example.org"), receiverTarget());

        assertThat(receiver.sessions()).singleElement().satisfies(session -> assertThat(session.tls()).isFalse());
        assertThat(receiver.messages()).hasSize(1);
    }

    private static Mail mail(String... recipients) throws MessagingException {
        return FakeMail.builder().name("mail-1").sender("sender@example.com").recipients(recipients)
            .mimeMessage(MimeMessageBuilder.mimeMessageBuilder().setSubject("test").setText("hello")).build();
    }

    private List<DeliveryTarget> receiverTarget() {
        return List.of(new DeliveryTarget("127.0.0.1", receiver.port()));
    }

    @Test
    void deliverShouldReportAllRecipientsDeliveredWhenTheReceiverAccepts() throws Exception {
        receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.ACCEPT_ALL);

        AttemptResult result = deliverer(false).deliver(mail("a@example.org", "b@example.org"), receiverTarget());

        assertThat(result.delivered()).extracting(MailAddress::asString).containsExactly("a@example.org", "b@example.org");
        assertThat(result.temporary()).isEmpty();
        assertThat(receiver.messages()).singleElement()
            .satisfies(message -> assertThat(message.sender()).isEqualTo("sender@example.com"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "GREETING, GREETING",
        "EHLO, EHLO",
        "MAIL, MAIL",
        "RCPT, RCPT",
        "DATA, DATA",
        "END_OF_DATA, END_OF_DATA"
    })
    void deliverShouldCaptureTheFullReplyAndTheStepOfA421(ReceiverBehaviour.Step injected, SmtpStep expected) throws Exception {
        receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.builder().failAlways(injected, TOO_MANY).build());

        AttemptResult result = deliverer(false).deliver(mail("a@example.org"), receiverTarget());

        assertThat(result.delivered()).isEmpty();
        assertThat(result.temporary()).extracting(MailAddress::asString).containsExactly("a@example.org");
        AttemptResult.Failure failure = result.temporaryFailure().orElseThrow();
        assertThat(failure.step()).isEqualTo(expected);
        assertThat(failure.reply().asLine()).isEqualTo(TOO_MANY);
        assertThat(failure.reply().basicCode()).isEqualTo(OptionalInt.of(421));
        assertThat(failure.remoteIp()).contains("127.0.0.1");
        assertThat(failure.sendingIp()).as("our address, even when the receiver closed at once").contains("127.0.0.1");
        assertThat(receiver.messages()).isEmpty();
    }

    private AttemptResult deliverWith(SmtpDeliverer.SessionListener listener) throws Exception {
        SmtpDeliverer.Delivery delivery = deliverer(false).deliver(mail("a@example.org"), receiverTarget(), listener,
            new AttemptHandle(java.time.Clock.systemUTC(), java.time.Duration.ofSeconds(30)), () -> { });
        delivery.connection().ifPresent(SmtpDeliverer.Connection::close);
        return delivery.result();
    }

    @Test
    void listenerShouldHearWhenTheReceiverStartsAndStopsCountingTheSession() throws Exception {
        receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.builder().fail(ReceiverBehaviour.Step.GREETING, TOO_MANY, 1).build());
        java.util.concurrent.atomic.AtomicInteger greeted = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger closed = new java.util.concurrent.atomic.AtomicInteger();
        SmtpDeliverer.SessionListener listener = new SmtpDeliverer.SessionListener() {
            @Override
            public void greeted() {
                greeted.incrementAndGet();
            }

            @Override
            public void closedByServer() {
                closed.incrementAndGet();
            }
        };

        deliverWith(listener);
        assertThat(greeted).hasValue(0);
        assertThat(closed).hasValue(1);
        deliverWith(listener);
        assertThat(greeted).hasValue(1);
        assertThat(closed).hasValue(1);
    }

    @Test
    void deliverShouldReportA550AtRcptAsPermanent() throws Exception {
        receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.builder()
            .failAlways(ReceiverBehaviour.Step.RCPT, "550 5.1.1 <a@example.org>: Recipient address rejected: User unknown").build());

        AttemptResult result = deliverer(false).deliver(mail("a@example.org"), receiverTarget());

        assertThat(result.permanent()).extracting(MailAddress::asString).containsExactly("a@example.org");
        assertThat(result.permanentFailure().orElseThrow().step()).isEqualTo(SmtpStep.RCPT);
        assertThat(result.permanentFailure().orElseThrow().reply().basicCode()).isEqualTo(OptionalInt.of(550));
    }

    @Test
    void deliverWithSendPartialShouldSplitRecipientsByTheirOwnReplies() throws Exception {
        receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.builder()
            .recipientReply("unknown", "550 5.1.1 User unknown")
            .recipientReply("full", "452 4.2.2 Mailbox full")
            .build());

        AttemptResult result = deliverer(true).deliver(mail("ok@example.org", "unknown@example.org", "full@example.org"), receiverTarget());

        assertThat(result.delivered()).extracting(MailAddress::asString).containsExactly("ok@example.org");
        assertThat(result.permanent()).extracting(MailAddress::asString).containsExactly("unknown@example.org");
        assertThat(result.temporary()).extracting(MailAddress::asString).containsExactly("full@example.org");
        assertThat(result.temporaryFailure().orElseThrow().reply().asLine()).isEqualTo("452 4.2.2 Mailbox full");
        assertThat(receiver.deliveredRecipients()).containsExactly("ok@example.org");
    }

    @Test
    void deliverWithoutSendPartialShouldGiveAllRecipientsTheFateOfTheFirstFailure() throws Exception {
        receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.builder().recipientReply("later", "451 4.7.0 Try later").build());

        AttemptResult result = deliverer(false).deliver(mail("ok@example.org", "later@example.org"), receiverTarget());

        assertThat(result.temporary()).hasSize(2);
        assertThat(result.temporaryFailure().orElseThrow().reply().asLine()).isEqualTo("451 4.7.0 Try later");
        assertThat(receiver.messages()).isEmpty();
    }

    @Test
    void deliverShouldKeepTheTextOfAMultiLineGreeting() throws Exception {
        receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.builder().failAlways(ReceiverBehaviour.Step.GREETING,
            "421-4.7.0 mx.example.net Error: too many connections\r\n421 4.7.0 from 127.0.0.1, try again later").build());

        AttemptResult result = deliverer(false).deliver(mail("a@example.org"), receiverTarget());

        assertThat(result.temporaryFailure().orElseThrow().reply().asLine())
            .isEqualTo("421 4.7.0 mx.example.net Error: too many connections from 127.0.0.1, try again later");
    }

    @Test
    void deliverShouldBoundAHugeReply() throws Exception {
        receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.builder()
            .failAlways(ReceiverBehaviour.Step.MAIL, "451 4.3.0 " + "x".repeat(2 * 1024 * 1024)).build());

        AttemptResult result = deliverer(false).deliver(mail("a@example.org"), receiverTarget());

        assertThat(result.temporaryFailure().orElseThrow().reply().text().length()).isLessThanOrEqualTo(2048);
        assertThat(result.temporaryFailure().orElseThrow().step()).isEqualTo(SmtpStep.MAIL);
    }

    @Test
    void deliverShouldReportAMalformedGreetingAsTemporary() throws Exception {
        receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.builder()
            .failAlways(ReceiverBehaviour.Step.GREETING, "421this is not smtp \u0001\u0002").build());

        AttemptResult result = deliverer(false).deliver(mail("a@example.org"), receiverTarget());

        assertThat(result.temporary()).hasSize(1);
        assertThat(result.temporaryFailure().orElseThrow().reply().text()).doesNotContain("\u0001");
    }

    @Test
    void deliverShouldReportARefusedConnectionAtConnect() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        AttemptResult result = deliverer(false).deliver(mail("a@example.org"), List.of(new DeliveryTarget("127.0.0.1", closedPort)));

        assertThat(result.temporaryFailure().orElseThrow().step()).isEqualTo(SmtpStep.CONNECT);
        assertThat(result.temporaryFailure().orElseThrow().reply().basicCode()).isEmpty();
    }

    @Test
    void deliverShouldTryTheNextHostAfterARefusedGreeting() throws Exception {
        receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.ACCEPT_ALL);
        try (ScriptedSmtpReceiver refusing = ScriptedSmtpReceiver.start(ReceiverBehaviour.builder()
                .failAlways(ReceiverBehaviour.Step.GREETING, TOO_MANY).build())) {
            AttemptResult result = deliverer(false).deliver(mail("a@example.org"),
                List.of(new DeliveryTarget("127.0.0.1", refusing.port()), new DeliveryTarget("127.0.0.1", receiver.port())));

            assertThat(result.delivered()).hasSize(1);
            assertThat(refusing.sessions()).hasSize(1);
        }
    }

    @Test
    void deliverShouldNotTryTheNextHostOnceTheTransactionStarted() throws Exception {
        receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.ACCEPT_ALL);
        try (ScriptedSmtpReceiver refusing = ScriptedSmtpReceiver.start(ReceiverBehaviour.builder()
                .failAlways(ReceiverBehaviour.Step.MAIL, "451 4.7.1 Error: too much mail from 127.0.0.1").build())) {
            AttemptResult result = deliverer(false).deliver(mail("a@example.org"),
                List.of(new DeliveryTarget("127.0.0.1", refusing.port()), new DeliveryTarget("127.0.0.1", receiver.port())));

            assertThat(result.temporaryFailure().orElseThrow().step()).isEqualTo(SmtpStep.MAIL);
            assertThat(receiver.sessions()).isEmpty();
        }
    }

    @Test
    void deliverShouldSendTheNullSenderAsEmptyReversePath() throws Exception {
        receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.ACCEPT_ALL);
        Mail bounce = FakeMail.builder().name("bounce").recipient("a@example.org")
            .mimeMessage(MimeMessageBuilder.mimeMessageBuilder().setSubject("dsn").setText("x")).build();

        deliverer(false).deliver(bounce, receiverTarget());

        assertThat(receiver.sessions()).flatExtracting(ScriptedSmtpReceiver.SessionRecord::commands).contains("MAIL FROM:<>");
    }
}
