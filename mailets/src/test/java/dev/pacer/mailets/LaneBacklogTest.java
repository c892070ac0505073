package dev.pacer.mailets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;

import javax.mail.internet.MimeMessage;

import org.apache.james.core.builder.MimeMessageBuilder;
import org.apache.james.queue.api.RawMailQueueItemDecoratorFactory;
import org.apache.james.queue.memory.MemoryMailQueueFactory;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.pacer.core.throttle.DestinationStore;
import dev.pacer.core.throttle.Destinations;
import dev.pacer.testing.ReceiverBehaviour;
import dev.pacer.testing.ScriptedSmtpReceiver;

/**
 * 10,000 mails for one destination whose only session is held open by the receiver: the lane holds at most
 * {@code maxHeldPerDestination} of them, puts the rest back into the queue, and then waits without using the CPU.
 */
class LaneBacklogTest {
    private static final int MAILS = 10_000;
    private static final int MAX_HELD = 100;

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
    void aDestinationAtItsWindowWithTenThousandMailsWaitingShouldLeaveTheCpuIdleAndHoldBoundedMemory() throws Exception {
        receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.builder().holdAfterMessage(Duration.ofMinutes(2)).build());
        mailet = new ThrottledRemoteDelivery(new MemoryMailQueueFactory(new RawMailQueueItemDecoratorFactory()),
            TestReporting.create(Clock.systemUTC()));
        mailet.init(FakeMailetConfig.builder().mailetName("ThrottledRemoteDelivery").mailetContext(FakeMailContext.defaultContext())
            .setProperty("gateway", "127.0.0.1:" + receiver.port())
            .setProperty("initialConcurrency", "1")
            .setProperty("maxConcurrency", "1")
            .setProperty("maxHeldPerDestination", Integer.toString(MAX_HELD))
            .build());
        MimeMessage message = MimeMessageBuilder.mimeMessageBuilder().setSubject("backlog").setText("x").build();

        for (int i = 0; i < MAILS; i++) {
            mailet.service(FakeMail.builder().name("m" + i).sender("sender@example.com").recipient("r" + i + "@capped.test")
                .mimeMessage(message).build());
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> mailet.lane().putBack() == MAILS - 1 - MAX_HELD);

        int threadsBefore = Thread.activeCount();
        long cpuBefore = processCpuNanos();
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> true);
        long cpuUsed = processCpuNanos() - cpuBefore;

        assertThat(mailet.lane().held()).isEqualTo(MAX_HELD);
        assertThat(receiver.sessions()).as("one session in flight, the window").hasSize(1);
        assertThat(Duration.ofNanos(cpuUsed)).as("CPU used in 3 s of waiting").isLessThan(Duration.ofMillis(150));
        assertThat(Thread.activeCount()).as("threads while waiting").isLessThanOrEqualTo(threadsBefore + 2);
        assertThat(mailet.lane().putBack()).as("no put-back churn while waiting").isEqualTo(MAILS - 1 - MAX_HELD);
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
