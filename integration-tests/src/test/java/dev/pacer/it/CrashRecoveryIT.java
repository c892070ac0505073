package dev.pacer.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.james.core.MailAddress;
import org.apache.james.lifecycle.api.LifecycleUtil;
import org.apache.james.mailrepository.api.MailKey;
import org.apache.james.mailrepository.api.MailRepository;
import org.apache.james.mailrepository.api.MailRepositoryUrl;
import org.apache.james.util.Port;
import org.apache.james.utils.SMTPMessageSender;
import org.apache.mailet.Mail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.pacer.testing.JamesRepositories;
import dev.pacer.testing.ReceiverBehaviour;
import dev.pacer.testing.ScriptedSmtpReceiver;

/**
 * A crash: James 3.8.1 (memory server, its own JVM, Pacer installed from its extension jar, shipped pipeline with its
 * file waiting repositories) killed with SIGKILL in the middle of a burst to a receiver capped at 2 sessions, then
 * started again. Whatever had reached Pacer's waiting repositories is delivered after the restart; only sessions in
 * flight at the kill may be repeated. What James's in-memory queues held at the kill is gone with them: the test
 * reports that number, which is the memory server's loss, not Pacer's.
 */
class CrashRecoveryIT {
    private static final Logger LOGGER = LoggerFactory.getLogger(CrashRecoveryIT.class);
    private static final int MAILS = 500;
    private static final int WINDOW = 2;
    private static final List<String> LANES = List.of("pacer-outgoing", "pacer-throttled");
    static final ReceiverBehaviour CAP_2_CONCURRENT_SESSIONS_421 = ReceiverBehaviour.builder()
        .maxConcurrentSessions(WINDOW).holdAfterMessage(Duration.ofMillis(100)).build();

    @TempDir
    Path directory;

    private final List<AutoCloseable> closeables = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : closeables) {
            closeable.close();
        }
    }

    /** Recipients of the mails in the waiting repositories, read with James's FileMailRepository (James must not run). */
    private Set<String> waitingRecipients(Path home) throws Exception {
        var store = JamesRepositories.store(home);
        Set<String> recipients = new HashSet<>();
        for (String lane : LANES) {
            MailRepository repository = store.select(MailRepositoryUrl.from("file://var/mail/pacer/waiting/" + lane + "/"));
            for (Iterator<MailKey> keys = repository.list(); keys.hasNext(); ) {
                Mail mail = repository.retrieve(keys.next());
                if (mail != null) {
                    mail.getRecipients().stream().map(MailAddress::asString).forEach(recipients::add);
                    LifecycleUtil.dispose(mail);
                }
            }
        }
        return recipients;
    }

    @Test
    void mailThatReachedTheWaitingRepositoryShouldBeDeliveredAfterACrashAndOnlySessionsInFlightRepeated() throws Exception {
        ScriptedSmtpReceiver capped = ScriptedSmtpReceiver.start(CAP_2_CONCURRENT_SESSIONS_421);
        ScriptedSmtpReceiver senderSide = ScriptedSmtpReceiver.start(ReceiverBehaviour.ACCEPT_ALL);
        closeables.add(capped);
        closeables.add(senderSide);
        Path home = directory.resolve("james");
        int smtp = JamesProcess.freePort();
        PacerJamesServer.builder(home)
            .smtpPort(smtp)
            .everyDeliveryParameter("routes", "capped.test=127.0.0.1:" + capped.port() + "; sender.test=127.0.0.1:" + senderSide.port())
            .everyDeliveryParameter("destinationKey", "domain")
            .everyDeliveryParameter("heloName", "pacer.test")
            .everyDeliveryParameter("delayTime", "1s")
            .mailetParameter("dev.pacer.mailets.SetRetrySchedule", "delayTime", "1s")
            .writeConfiguration();
        Path log = directory.resolve("james.log");

        JamesProcess first = JamesProcess.start(home, smtp, log);
        closeables.add(first);
        AtomicInteger submitted = new AtomicInteger();
        Thread burst = new Thread(() -> {
            try (SMTPMessageSender sender = new SMTPMessageSender("client.test")) {
                sender.connect("127.0.0.1", Port.of(smtp));
                for (int i = 0; i < MAILS; i++) {
                    sender.sendMessage("sender@sender.test", "rcpt" + i + "@capped.test");
                    submitted.incrementAndGet();
                }
            } catch (Exception e) {
                LOGGER.info("the burst stopped after {} mails: {}", submitted.get(), e.toString());
            }
        }, "burst");
        burst.start();
        await().atMost(Duration.ofSeconds(120)).until(() -> capped.deliveredRecipients().size() >= 40);
        first.kill();
        burst.join(30_000);
        // Sessions the kill cut are over for the receiver once their sockets close.
        await().atMost(Duration.ofSeconds(10)).until(() -> capped.openConnections() == 0);
        List<String> deliveredBeforeCrash = capped.deliveredRecipients();
        Set<String> waiting = waitingRecipients(home);
        assertThat(waiting).as("mail waiting in Pacer's repositories at the kill").hasSizeGreaterThan(20);

        JamesProcess second = JamesProcess.start(home, smtp, log);
        closeables.add(second);
        await().atMost(Duration.ofSeconds(180)).untilAsserted(() ->
            assertThat(new HashSet<>(capped.deliveredRecipients())).containsAll(waiting));
        await().atMost(Duration.ofSeconds(30)).until(() -> waitingFiles(home) == 0);
        List<String> delivered = capped.deliveredRecipients();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(30)).until(() -> capped.deliveredRecipients().size() == delivered.size());

        Set<String> distinct = new HashSet<>(delivered);
        int duplicates = delivered.size() - distinct.size();
        int lostWithJamesMemoryQueues = submitted.get() - distinct.size();
        LOGGER.info("crash during a burst: accepted by James {}, delivered before the kill {}, waiting in Pacer's repositories at the kill {}, "
                + "delivered after the restart {}, repeated {} (sessions in flight at the kill), lost with James's memory queues (spool, "
                + "entry queues) {}", submitted.get(), deliveredBeforeCrash.size(), waiting.size(),
            delivered.size() - deliveredBeforeCrash.size(), duplicates, lostWithJamesMemoryQueues);
        assertThat(java.nio.file.Files.readString(log))
            .as("Pacer came from extensions-jars/ (James's classpath has none of it) and found its waiting mail again")
            .contains("lane=pacer-outgoing started")
            .containsPattern("lane=pacer-(outgoing|throttled) waitingRepository=\\S+ indexed [1-9][0-9]* waiting mail");
        assertThat(duplicates).as("mails sent twice: at most the sessions in flight at the kill").isLessThanOrEqualTo(WINDOW);
        assertThat(senderSide.messages()).as("no bounce").isEmpty();
        assertThat(distinct).containsAll(waiting);
    }

    /** Files of mails in the waiting repositories, counted without opening them while James runs. */
    private static long waitingFiles(Path home) throws Exception {
        long count = 0;
        for (String lane : LANES) {
            Path repository = home.resolve("var/mail/pacer/waiting/" + lane);
            if (java.nio.file.Files.isDirectory(repository)) {
                try (var files = java.nio.file.Files.list(repository)) {
                    count += files.filter(file -> file.toString().endsWith(".FileObjectStore")).count();
                }
            }
        }
        return count;
    }
}
