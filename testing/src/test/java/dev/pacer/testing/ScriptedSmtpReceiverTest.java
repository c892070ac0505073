package dev.pacer.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScriptedSmtpReceiverTest {
    @Test
    void sessionOverTheCapShouldGetTheCapReplyAtGreeting() throws IOException {
        try (ScriptedSmtpReceiver receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.builder().maxConcurrentSessions(1).build());
             Socket first = connect(receiver);
             Socket second = connect(receiver)) {
            // Which of two simultaneous connections is served first is up to the scheduler: one of each.
            assertThat(List.of(readLine(first), readLine(second)))
                .anyMatch(greeting -> greeting.startsWith("220 "))
                .contains(ReceiverBehaviour.TOO_MANY_CONNECTIONS);
            assertThat(receiver.refusedSessions()).isEqualTo(1);
            assertThat(receiver.peakAcceptedSessions()).isEqualTo(1);
        }
    }

    @Test
    void failureShouldBeInjectedTheGivenNumberOfTimesThenAccepted() throws IOException {
        ReceiverBehaviour greeting421Once = ReceiverBehaviour.builder()
            .fail(ReceiverBehaviour.Step.GREETING, "421 4.7.0 Try later", 1).build();
        try (ScriptedSmtpReceiver receiver = ScriptedSmtpReceiver.start(greeting421Once)) {
            try (Socket first = connect(receiver)) {
                assertThat(readLine(first)).isEqualTo("421 4.7.0 Try later");
            }
            try (Socket second = connect(receiver)) {
                assertThat(readLine(second)).startsWith("220 ");
            }
        }
    }

    @Test
    void messageShouldBeRecordedWithEnvelopeAndUnstuffedBody() throws IOException {
        try (ScriptedSmtpReceiver receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.ACCEPT_ALL);
             Socket socket = connect(receiver)) {
            BufferedReader in = reader(socket);
            OutputStream out = socket.getOutputStream();
            assertThat(in.readLine()).startsWith("220");
            send(out, "HELO client.test");
            assertThat(in.readLine()).startsWith("250");
            send(out, "MAIL FROM:<a@example.com>");
            assertThat(in.readLine()).startsWith("250");
            send(out, "RCPT TO:<b@example.org>");
            assertThat(in.readLine()).startsWith("250");
            send(out, "DATA");
            assertThat(in.readLine()).startsWith("354");
            send(out, "Subject: x\r\n\r\n..dot\r\n.");
            assertThat(in.readLine()).startsWith("250 2.0.0");
            send(out, "QUIT");
            assertThat(in.readLine()).startsWith("221");

            await().atMost(Duration.ofSeconds(5)).until(() -> receiver.openConnections() == 0);
            assertThat(receiver.messages()).singleElement().satisfies(message -> {
                assertThat(message.sender()).isEqualTo("a@example.com");
                assertThat(message.recipients()).containsExactly("b@example.org");
                assertThat(message.content()).contains("\r\n.dot\r\n");
            });
        }
    }

    private static Socket connect(ScriptedSmtpReceiver receiver) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), receiver.port());
        socket.setSoTimeout(5_000);
        return socket;
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
    }

    private static String readLine(Socket socket) throws IOException {
        return reader(socket).readLine();
    }

    private static void send(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
