package dev.pacer.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import org.apache.james.util.Port;
import org.apache.james.utils.SMTPMessageSender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.pacer.testing.ReceiverBehaviour;
import dev.pacer.testing.ScriptedSmtpReceiver;

/**
 * The README's install path, as an operator follows it: a stock James 3.8.1 memory server directory (stock
 * RemoteDelivery with James's sample parameters, no Pacer anywhere), {@code bin/install-into} run on it, then James
 * started as a separate process from that directory, delivering to a receiver capped at 2 sessions, and Pacer's
 * statistics read over JMX from outside the process.
 */
class InstallIT {
    private static final int MAILS = 20;

    @TempDir
    Path directory;

    private final List<AutoCloseable> closeables = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = InstallIT.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String install(Path home) throws Exception {
        Path script = Paths.get("..", "bin", "install-into").toAbsolutePath().normalize();
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), home.toString()).redirectErrorStream(true);
        builder.environment().put("PACER_EXTENSION_JAR", JamesProcess.extensionJar().toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    @Test
    void bin_installIntoShouldTurnAStockJamesIntoOneDeliveringThroughPacer() throws Exception {
        ScriptedSmtpReceiver capped = ScriptedSmtpReceiver.start(ReceiverBehaviour.builder().maxConcurrentSessions(2)
            .holdAfterMessage(Duration.ofMillis(200)).build());
        closeables.add(capped);
        Path home = directory.resolve("james");
        int smtp = JamesProcess.freePort();
        int jmx = JamesProcess.freePort();
        PacerJamesServer.builder(home).smtpPort(smtp).jmx(jmx).writeConfiguration();
        Path conf = home.resolve("conf");
        // What a stock James has: RemoteDelivery, no Pacer module, memory repositories only.
        Files.writeString(conf.resolve("mailetcontainer.xml"),
            resource("stock-james/mailetcontainer.xml").replace("GATEWAY_PORT", Integer.toString(capped.port())));
        Files.writeString(conf.resolve("extensions.properties"), "# James's extensions\n");
        Files.writeString(conf.resolve("mailrepositorystore.xml"), "<?xml version=\"1.0\"?>\n<mailrepositorystore>\n"
            + "    <defaultProtocol>memory</defaultProtocol>\n    <mailrepositories>\n"
            + "        <mailrepository class=\"org.apache.james.mailrepository.memory.MemoryMailRepository\">\n"
            + "            <protocols>\n                <protocol>memory</protocol>\n            </protocols>\n"
            + "            <config/>\n        </mailrepository>\n    </mailrepositories>\n</mailrepositorystore>\n");

        String output = install(home);
        assertThat(output).contains("PacerModule").contains("file:// mail repository").contains("RemoteDelivery of processor 'relay' replaced");
        assertThat(Files.readString(conf.resolve("extensions.properties"))).contains("guice.extension.module=dev.pacer.mailets.PacerModule");
        assertThat(conf.resolve("mailetcontainer.xml.before-pacer")).exists();
        String installed = Files.readString(conf.resolve("mailetcontainer.xml"));
        assertThat(install(home)).as("a second run changes nothing").doesNotContain("added").doesNotContain("replaced");
        assertThat(Files.readString(conf.resolve("mailetcontainer.xml"))).isEqualTo(installed);

        Path log = directory.resolve("james.log");
        JamesProcess james = JamesProcess.start(home, smtp, log);
        closeables.add(james);
        try (SMTPMessageSender sender = new SMTPMessageSender("client.test")) {
            sender.connect("127.0.0.1", Port.of(smtp));
            for (int i = 0; i < MAILS; i++) {
                sender.sendMessage("sender@sender.test", "rcpt" + i + "@capped.test");
            }
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> capped.deliveredRecipients().size() >= MAILS);
        assertThat(capped.deliveredRecipients()).hasSize(MAILS).doesNotHaveDuplicates();
        assertThat(capped.refusedSessions()).as("the first burst's overshoot only").isBetween(1L, 5L);
        assertThat(Files.readString(log)).contains("lane=outgoing started").contains("lane=pacer-throttled started")
            .contains("parameter 'maxDnsProblemRetries' of RemoteDelivery has no equivalent here");

        List<String> credentials = Files.readAllLines(conf.resolve("jmxremote.password"), StandardCharsets.UTF_8);
        String[] user = credentials.stream().filter(line -> !line.isBlank() && !line.startsWith("#")).findFirst().orElseThrow().trim().split("\\s+");
        JMXServiceURL url = new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmx + "/jmxrmi");
        try (JMXConnector connector = JMXConnectorFactory.connect(url, Map.of(JMXConnector.CREDENTIALS, new String[] {user[0], user[1]}))) {
            MBeanServerConnection server = connector.getMBeanServerConnection();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(server.getAttribute(new ObjectName("dev.pacer:type=DeferralStats"), "TotalDeferrals")).isEqualTo(capped.refusedSessions()));
        }
    }
}
