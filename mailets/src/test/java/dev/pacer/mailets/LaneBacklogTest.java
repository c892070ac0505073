package dev.pacer.mailets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import javax.mail.internet.MimeMessage;

import org.apache.james.core.builder.MimeMessageBuilder;
import org.apache.james.dnsservice.api.InMemoryDNSService;
import org.apache.james.queue.api.MailQueueName;
import org.apache.james.queue.api.ManageableMailQueue;
import org.apache.james.queue.api.RawMailQueueItemDecoratorFactory;
import org.apache.james.queue.memory.MemoryMailQueueFactory;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.pacer.core.throttle.DestinationStore;
import dev.pacer.core.throttle.Destinations;
import dev.pacer.testing.ReceiverBehaviour;
import dev.pacer.testing.JamesRepositories;
import dev.pacer.testing.ScriptedSmtpReceiver;

/**
 * 10,000 mails for one destination whose only session is held open by the receiver: the lane keeps every other mail
 * in its waiting repository (James's FileMailRepository, on disk), acknowledges every queue item, and then waits
 * without using the CPU.
 */
class LaneBacklogTest {
    private static final int MAILS = 10_000;

    private ThrottledRemoteDelivery mailet;
    private ScriptedSmtpReceiver receiver;

    @AfterEach
    void tearDown() throws Exception {
        if (mailet != null) {
            mailet.destroy();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void aDestinationAtItsWindowWithTenThousandMailsWaitingShouldLeaveTheCpuIdleAndTheQueueEmpty(@TempDir Path directory) throws Exception {
        receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.builder().holdAfterMessage(Duration.ofMinutes(2)).build());
        MemoryMailQueueFactory queues = new MemoryMailQueueFactory(new RawMailQueueItemDecoratorFactory());
        mailet = new ThrottledRemoteDelivery(queues, JamesRepositories.store(directory), new InMemoryDNSService(),
            TestReporting.create(Clock.systemUTC()));
        mailet.init(FakeMailetConfig.builder().mailetName("ThrottledRemoteDelivery").mailetContext(FakeMailContext.defaultContext())
            .setProperty("gateway", "127.0.0.1:" + receiver.port())
            .setProperty("initialConcurrency", "1")
            .setProperty("maxConcurrency", "1")
            .setProperty("maxMessagesPerConnection", "1")
            .build());
        MimeMessage message = MimeMessageBuilder.mimeMessageBuilder().setSubject("backlog").setText("x").build();

        for (int i = 0; i < MAILS; i++) {
            mailet.service(FakeMail.builder().name("m" + i).sender("sender@example.com").recipient("r" + i + "@capped.test")
                .mimeMessage(message).build());
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> mailet.lane().scheduler().waiting() == MAILS - 1);
        ManageableMailQueue queue = queues.getQueue(MailQueueName.of("pacer-outgoing")).orElseThrow();
        await().atMost(Duration.ofSeconds(10)).until(() -> queue.getSize() == 0);

        int threadsBefore = Thread.activeCount();
        long cpuBefore = processCpuNanos();
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> true);
        long cpuUsed = processCpuNanos() - cpuBefore;

        assertThat(mailet.lane().scheduler().waiting()).isEqualTo(MAILS - 1);
        assertThat(queue.getSize()).as("every item acknowledged (the mail in flight was delivered; its session waits to close)")
            .isZero();
        assertThat(Files.list(directory.resolve("var/mail/pacer/waiting/pacer-outgoing")).filter(file -> file.toString().endsWith(".FileObjectStore")))
            .as("waiting mail on disk").hasSize(MAILS - 1);
        assertThat(receiver.sessions()).as("one session in flight, the window").hasSize(1);
        assertThat(Duration.ofNanos(cpuUsed)).as("CPU used in 3 s of waiting").isLessThan(Duration.ofMillis(150));
        assertThat(Thread.activeCount()).as("threads while waiting").isLessThanOrEqualTo(threadsBefore + 2);
    }

    /**
     * CPU time of the JVM's application threads: the lane, the queue, the receiver, the test. The JIT compiler's
     * threads and the garbage collector (still busy with the 10,000 mails just built) are not the lane's work.
     */
    private static long processCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null || info.getThreadName().contains("CompilerThread")) {
                continue;
            }
            long cpu = threads.getThreadCpuTime(info.getThreadId());
            if (cpu > 0) {
                total += cpu;
            }
        }
        return total;
    }
}
