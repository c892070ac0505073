package dev.pacer.mailets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.mail.MessagingException;

import org.apache.james.core.builder.MimeMessageBuilder;
import org.apache.james.dnsservice.api.InMemoryDNSService;
import org.apache.james.mailrepository.api.MailKey;
import org.apache.james.mailrepository.api.MailRepository;
import org.apache.james.mailrepository.api.MailRepositoryStore;
import org.apache.james.mailrepository.api.MailRepositoryUrl;
import org.apache.james.queue.api.RawMailQueueItemDecoratorFactory;
import org.apache.james.queue.memory.MemoryMailQueueFactory;
import org.apache.mailet.Mail;
import org.apache.mailet.MailetContext;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.pacer.core.PacerAttributes;
import dev.pacer.core.throttle.DestinationKey;
import dev.pacer.core.throttle.DestinationStore;
import dev.pacer.core.throttle.Destinations;
import dev.pacer.mailets.delivery.SmtpDeliverer;
import dev.pacer.testing.ReceiverBehaviour;
import dev.pacer.testing.JamesRepositories;
import dev.pacer.testing.ScriptedSmtpReceiver;

/**
 * The delivery lane with real parts: James's memory MailQueue, James's file and memory mail repositories, real SMTP
 * receivers on 127.0.0.1, the lane's own threads and timer. What the lane must never do: stall with mail waiting,
 * send a mail twice, or lose one, whatever fails around the attempt.
 */
class DeliveryLaneTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ERRORS = "memory://var/mail/pacer-test-error/";

    @TempDir
    Path directory;

    private final List<ThrottledRemoteDelivery> mailets = new ArrayList<>();
    private final List<ScriptedSmtpReceiver> receivers = new ArrayList<>();
    private final Destinations destinations = new Destinations(DestinationStore.NONE, Clock.systemUTC());
    private final Reporting reporting = TestReporting.create(destinations, new org.apache.james.metrics.tests.RecordingMetricFactory(),
        PacerSettings.defaults());
    private final FakeMailContext context = FakeMailContext.defaultContext();

    @AfterEach
    void tearDown() throws Exception {
        for (ThrottledRemoteDelivery mailet : mailets) {
            mailet.destroy();
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

    private ThrottledRemoteDelivery lane(MailRepositoryStore repositories, MailetContext mailetContext, SmtpDeliverer.Resolver hosts,
                                         Map<String, String> parameters) throws MessagingException {
        FakeMailetConfig.Builder config = FakeMailetConfig.builder().mailetName("ThrottledRemoteDelivery").mailetContext(mailetContext)
            .setProperty("errorRepository", ERRORS);
        parameters.forEach(config::setProperty);
        ThrottledRemoteDelivery mailet = new ThrottledRemoteDelivery(new MemoryMailQueueFactory(new RawMailQueueItemDecoratorFactory()),
            repositories, new InMemoryDNSService(), reporting, Optional.of(hosts));
        mailet.init(config.build());
        mailets.add(mailet);
        return mailet;
    }

    private static Mail mail(String name, String... recipients) throws MessagingException {
        return FakeMail.builder().name(name).sender("sender@example.com").recipients(recipients)
            .mimeMessage(MimeMessageBuilder.mimeMessageBuilder().setSubject(name).setText("body")).build();
    }

    /** A MailetContext that sends mail to {@code failingProcessor} by throwing, and everything else to the fake context. */
    private MailetContext failingOn(String failingProcessor, AtomicInteger calls) {
        return (MailetContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {MailetContext.class},
            (proxy, method, args) -> {
                if (method.getName().equals("sendMail") && args.length == 2 && failingProcessor.equals(args[1])) {
                    calls.incrementAndGet();
                    throw new MessagingException("processor " + failingProcessor + " is broken");
                }
                try {
                    return method.invoke(context, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
    }

    private static List<Mail> contents(MailRepository repository) throws MessagingException {
        List<Mail> mails = new ArrayList<>();
        for (Iterator<MailKey> keys = repository.list(); keys.hasNext(); ) {
            mails.add(repository.retrieve(keys.next()));
        }
        return mails;
    }

    @Test
    void aRateLimitedDestinationShouldGetEveryMailPacedAndNeverWaitWithoutATimer() throws Exception {
        ScriptedSmtpReceiver receiver = receiver(ReceiverBehaviour.builder()
            .fail(ReceiverBehaviour.Step.GREETING, "421 4.7.0 rate limit exceeded", 1).build());
        ThrottledRemoteDelivery mailet = lane(JamesRepositories.store(directory), context, SmtpDeliverer.systemResolver(), Map.of(
            "gateway", "127.0.0.1:" + receiver.port(), "initialConcurrency", "1", "maxConcurrency", "1",
            "minDelayBetweenMessages", "1s", "delayTime", "300ms"));

        for (int i = 0; i < 4; i++) {
            mailet.service(mail("m" + i, "r" + i + "@paced.test"));
        }

        // Sampled while the mail drains: mail waiting with no attempt running and no timer armed is a stall. The
        // timer's own run disarms it for an instant, so only a state that lasts counts.
        AtomicReference<Instant> stalledSince = new AtomicReference<>();
        AtomicReference<Duration> longestStall = new AtomicReference<>(Duration.ZERO);
        await().pollInterval(Duration.ofMillis(5)).atMost(WAIT).until(() -> {
            DeliveryLane lane = mailet.lane();
            boolean stalled = lane.scheduler().waiting() > 0 && lane.scheduler().running() == 0 && lane.armedFor().isEmpty();
            Instant now = Instant.now();
            if (!stalled) {
                stalledSince.set(null);
            } else if (stalledSince.get() == null) {
                stalledSince.set(now);
            } else if (Duration.between(stalledSince.get(), now).compareTo(longestStall.get()) > 0) {
                longestStall.set(Duration.between(stalledSince.get(), now));
            }
            return receiver.deliveredRecipients().size() == 4;
        });

        assertThat(longestStall.get()).as("longest time mail waited with nothing running and no timer").isLessThan(Duration.ofMillis(200));
        assertThat(receiver.deliveredRecipients()).hasSize(4).doesNotHaveDuplicates();
        List<ScriptedSmtpReceiver.SessionRecord> sessions = receiver.sessions();
        assertThat(sessions.get(0).replies()).containsExactly("421 4.7.0 rate limit exceeded");
        assertThat(Duration.between(sessions.get(0).end(), sessions.get(1).start()))
            .as("the session after the rate limit waited the pacing delay").isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(sessions).hasSize(5);
    }

    @Test
    void aFailingOnSuccessProcessorShouldNeverSendTheMailToTheReceiverAgain() throws Exception {
        ScriptedSmtpReceiver receiver = receiver(ReceiverBehaviour.ACCEPT_ALL);
        AtomicInteger handOffs = new AtomicInteger();
        MailRepositoryStore repositories = JamesRepositories.store(directory);
        ThrottledRemoteDelivery mailet = lane(repositories, failingOn("delivered", handOffs), SmtpDeliverer.systemResolver(), Map.of(
            "gateway", "127.0.0.1:" + receiver.port(), "onSuccess", "delivered", "delayTime", "100ms"));

        mailet.service(mail("m1", "a@example.org", "b@example.org"));

        await().atMost(WAIT).until(() -> handOffs.get() == 1);
        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> receiver.messages().size() == 1);
        assertThat(receiver.deliveredRecipients()).containsExactly("a@example.org", "b@example.org");
        List<Mail> kept = contents(repositories.select(MailRepositoryUrl.from(ERRORS)));
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).getErrorMessage()).contains("onSuccess processor 'delivered'").contains("is broken");
        assertThat(mailet.lane().scheduler().waiting()).isZero();
    }

    @Test
    void recipientsAcceptedInAPartialDeliveryShouldNeverBeSentAgainWhenTheHandOffFails() throws Exception {
        ScriptedSmtpReceiver receiver = receiver(ReceiverBehaviour.builder()
            .recipientReply("later", "450 4.2.0 Mailbox busy, try again").build());
        AtomicInteger handOffs = new AtomicInteger();
        ThrottledRemoteDelivery mailet = lane(JamesRepositories.store(directory), failingOn("delivered", handOffs),
            SmtpDeliverer.systemResolver(), Map.of("gateway", "127.0.0.1:" + receiver.port(), "onSuccess", "delivered",
                "sendpartial", "true", "delayTime", "500ms", "maxRetries", "1", "bounceProcessor", "bounces"));

        mailet.service(mail("m1", "a@example.org", "later@example.org", "b@example.org"));

        // The two accepted recipients once; the deferred one is retried (and deferred again) without them.
        await().atMost(WAIT).until(() -> context.getSentMails().stream().anyMatch(sent -> "bounces".equals(sent.getState())));
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> receiver.messages().size() == 1);
        assertThat(receiver.deliveredRecipients()).containsExactly("a@example.org", "b@example.org");
        List<ScriptedSmtpReceiver.SessionRecord> sessions = receiver.sessions();
        assertThat(sessions).hasSize(2);
        assertThat(sessions.get(1).commands()).filteredOn(command -> command.startsWith("RCPT"))
            .containsExactly("RCPT TO:<later@example.org>");
    }

    @Test
    void anErrorThrownDuringAnAttemptShouldLeaveTheMailWaitingForItsRetryNotLost() throws Exception {
        ScriptedSmtpReceiver receiver = receiver(ReceiverBehaviour.ACCEPT_ALL);
        AtomicBoolean thrown = new AtomicBoolean();
        SmtpDeliverer.Resolver errorOnce = host -> {
            if (thrown.compareAndSet(false, true)) {
                throw new OutOfMemoryError("simulated: Java heap space");
            }
            return List.of(InetAddress.getByName(host));
        };
        ThrottledRemoteDelivery mailet = lane(JamesRepositories.store(directory), context, errorOnce,
            Map.of("gateway", "127.0.0.1:" + receiver.port(), "delayTime", "500ms"));

        mailet.service(mail("m1", "a@example.org"));

        await().atMost(WAIT).until(() -> receiver.deliveredRecipients().size() == 1);
        assertThat(thrown).isTrue();
        var event = reporting.store().recentEvents(1).get(0);
        assertThat(event.reply()).contains("internal error").contains("OutOfMemoryError");
        assertThat(event.attempt()).isEqualTo(1);
        await().during(Duration.ofMillis(800)).atMost(WAIT).until(() -> receiver.deliveredRecipients().size() == 1);
    }

    @Test
    void waitingMailShouldSurviveARestartAndStartWhenAnOperatorRetriesItsDestination() throws Exception {
        ScriptedSmtpReceiver receiver = receiver(ReceiverBehaviour.builder()
            .fail(ReceiverBehaviour.Step.MAIL, "451 4.3.0 Temporary local problem", 1).build());
        Map<String, String> parameters = Map.of("gateway", "127.0.0.1:" + receiver.port(), "delayTime", "1h");
        ThrottledRemoteDelivery first = lane(JamesRepositories.store(directory), context, SmtpDeliverer.systemResolver(), parameters);
        first.service(mail("m1", "a@example.org"));
        await().atMost(WAIT).until(() -> first.lane().scheduler().waiting() == 1);
        first.destroy();
        mailets.remove(first);

        // A new server: new queues, a new repository store over the same directory.
        ThrottledRemoteDelivery second = lane(JamesRepositories.store(directory), context, SmtpDeliverer.systemResolver(), parameters);
        DestinationKey destination = DestinationKey.route("127.0.0.1", receiver.port());
        await().atMost(WAIT).until(() -> second.lane().scheduler().waiting() == 1);
        var waiting = reporting.lanes().waiting(destination);
        assertThat(waiting).hasSize(1);
        assertThat(waiting.get(0).view().nextAttempt()).hasValueSatisfying(next ->
            assertThat(next).isBetween(Instant.now().plus(Duration.ofMinutes(59)), Instant.now().plus(Duration.ofMinutes(61))));
        assertThat(receiver.sessions()).hasSize(1);

        assertThat(reporting.lanes().retryNow(destination)).isEqualTo(1);

        await().atMost(WAIT).until(() -> receiver.deliveredRecipients().size() == 1);
        assertThat(receiver.deliveredRecipients()).containsExactly("a@example.org");
        await().atMost(WAIT).until(() -> repositoryKeys(directory.resolve("var/mail/pacer/waiting/pacer-outgoing")) == 0);
    }

    @Test
    void aDeferralThatCannotReachTheDeferralProcessorShouldWaitInTheLaneInstead() throws Exception {
        ScriptedSmtpReceiver receiver = receiver(ReceiverBehaviour.builder()
            .fail(ReceiverBehaviour.Step.MAIL, "451 4.3.0 Temporary local problem", 1).build());
        AtomicInteger handOffs = new AtomicInteger();
        ThrottledRemoteDelivery mailet = lane(JamesRepositories.store(directory), failingOn("deferrals", handOffs),
            SmtpDeliverer.systemResolver(), Map.of("gateway", "127.0.0.1:" + receiver.port(), "deferralProcessor", "deferrals",
                "delayTime", "400ms"));

        mailet.service(mail("m1", "a@example.org"));

        await().atMost(WAIT).until(() -> receiver.deliveredRecipients().size() == 1);
        assertThat(handOffs.get()).isEqualTo(1);
        List<ScriptedSmtpReceiver.SessionRecord> sessions = receiver.sessions();
        assertThat(sessions).hasSize(2);
        assertThat(Duration.between(sessions.get(0).end(), sessions.get(1).start())).isGreaterThanOrEqualTo(Duration.ofMillis(350));
    }

    @Test
    void mailForAHealthyDestinationShouldNotWaitBehindACappedOne() throws Exception {
        ScriptedSmtpReceiver capped = receiver(ReceiverBehaviour.builder().maxConcurrentSessions(1)
            .holdAfterMessage(Duration.ofMillis(300)).build());
        ScriptedSmtpReceiver open = receiver(ReceiverBehaviour.ACCEPT_ALL);
        ThrottledRemoteDelivery mailet = lane(JamesRepositories.store(directory), context, SmtpDeliverer.systemResolver(), Map.of(
            "routes", "capped.test=127.0.0.1:" + capped.port() + "; open.test=127.0.0.1:" + open.port(),
            "destinationKey", "domain", "initialConcurrency", "1", "maxConcurrency", "1", "deliveryThreads", "2"));

        for (int i = 0; i < 10; i++) {
            mailet.service(mail("c" + i, "c" + i + "@capped.test"));
        }
        for (int i = 0; i < 10; i++) {
            mailet.service(mail("o" + i, "o" + i + "@open.test"));
        }

        await().atMost(WAIT).until(() -> open.deliveredRecipients().size() == 10);
        assertThat(capped.deliveredRecipients().size()).as("capped mail still waiting when the open destination is done").isLessThan(10);
        await().atMost(WAIT).until(() -> capped.deliveredRecipients().size() == 10);
        assertThat(capped.refusedSessions()).isZero();
    }

    @Test
    void stoppingShouldEndSessionsInFlightAndKeepTheirMailForTheNextStartWithoutCountingAnAttempt() throws Exception {
        ScriptedSmtpReceiver receiver = receiver(ReceiverBehaviour.builder().greetingDelay(Duration.ofMinutes(5)).build());
        ThrottledRemoteDelivery first = lane(JamesRepositories.store(directory), context, SmtpDeliverer.systemResolver(),
            Map.of("gateway", "127.0.0.1:" + receiver.port()));
        first.service(mail("m1", "a@example.org"));
        await().atMost(WAIT).until(() -> receiver.openConnections() == 1);

        Instant stopping = Instant.now();
        first.destroy();
        mailets.remove(first);

        assertThat(Duration.between(stopping, Instant.now())).as("stop waited for the session in flight, then closed it")
            .isBetween(DeliveryLane.STOP_GRACE.minusMillis(100), DeliveryLane.STOP_GRACE.plusSeconds(5));
        assertThat(reporting.store().recentEvents(10)).as("a session we closed is not the receiver's deferral").isEmpty();
        receiver.reset(ReceiverBehaviour.ACCEPT_ALL);
        ThrottledRemoteDelivery second = lane(JamesRepositories.store(directory), context, SmtpDeliverer.systemResolver(),
            Map.of("gateway", "127.0.0.1:" + receiver.port()));
        await().atMost(WAIT).until(() -> receiver.deliveredRecipients().size() == 1);
        assertThat(receiver.deliveredRecipients()).containsExactly("a@example.org");
        assertThat(second.lane().scheduler().waiting()).isZero();
    }

    private static long repositoryKeys(Path directory) throws Exception {
        if (!java.nio.file.Files.exists(directory)) {
            return 0;
        }
        try (var files = java.nio.file.Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".FileObjectStore")).count();
        }
    }

    /** The attribute an operator looks at after a restart: when the mail may start. */
    @Test
    void aParkedMailShouldCarryItsDestinationAndNextAttempt() throws Exception {
        ScriptedSmtpReceiver receiver = receiver(ReceiverBehaviour.builder()
            .fail(ReceiverBehaviour.Step.MAIL, "451 4.3.0 Temporary local problem", 1).build());
        MailRepositoryStore repositories = JamesRepositories.store(directory);
        ThrottledRemoteDelivery mailet = lane(repositories, context, SmtpDeliverer.systemResolver(), Map.of(
            "gateway", "127.0.0.1:" + receiver.port(), "delayTime", "1h", "waitingRepository", "memory://var/mail/waiting-test/"));

        mailet.service(mail("m1", "a@example.org"));

        await().atMost(WAIT).until(() -> mailet.lane().scheduler().waiting() == 1);
        Mail stored = contents(repositories.select(MailRepositoryUrl.from("memory://var/mail/waiting-test/"))).get(0);
        assertThat(MailAttributes.string(stored, PacerAttributes.DESTINATION)).contains("route:127.0.0.1:" + receiver.port());
        assertThat(MailAttributes.string(stored, PacerAttributes.NEXT_ATTEMPT)).hasValueSatisfying(next ->
            assertThat(Instant.parse(next)).isAfter(Instant.now().plus(Duration.ofMinutes(59))));
        assertThat(MailAttributes.integer(stored, PacerAttributes.ATTEMPT)).contains(1);
    }
}
