package dev.pacer.mailets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.mail.MessagingException;

import org.apache.james.core.builder.MimeMessageBuilder;
import org.apache.james.dnsservice.api.InMemoryDNSService;
import org.apache.james.dnsservice.api.TemporaryResolutionException;
import org.apache.james.queue.api.RawMailQueueItemDecoratorFactory;
import org.apache.james.queue.memory.MemoryMailQueueFactory;
import org.apache.mailet.AttributeName;
import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.apache.james.queue.api.MailQueueName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.pacer.core.PacerAttributes;
import dev.pacer.core.throttle.DestinationStore;
import dev.pacer.core.throttle.Destinations;
import dev.pacer.testing.ReceiverBehaviour;
import dev.pacer.testing.JamesRepositories;
import dev.pacer.testing.ScriptedSmtpReceiver;

class ThrottledRemoteDeliveryTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private MemoryMailQueueFactory queues;
    private final Destinations destinations = new Destinations(DestinationStore.NONE, Clock.systemUTC());
    private final org.apache.james.metrics.tests.RecordingMetricFactory metrics = new org.apache.james.metrics.tests.RecordingMetricFactory();
    private final Reporting reporting = TestReporting.create(destinations, metrics, PacerSettings.defaults());
    private FakeMailContext context;
    private ThrottledRemoteDelivery mailet;
    private ScriptedSmtpReceiver receiver;
    private org.apache.james.mailrepository.api.MailRepositoryStore repositories;
    private org.apache.james.dnsservice.api.DNSService dns = new InMemoryDNSService();

    @BeforeEach
    void setUp(@TempDir Path directory) throws Exception {
        queues = new MemoryMailQueueFactory(new RawMailQueueItemDecoratorFactory());
        context = FakeMailContext.defaultContext();
        repositories = JamesRepositories.store(directory);
    }

    @AfterEach
    void tearDown() throws IOException {
        if (mailet != null) {
            mailet.destroy();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    private void init(Map<String, String> parameters) throws MessagingException {
        FakeMailetConfig.Builder config = FakeMailetConfig.builder().mailetName("ThrottledRemoteDelivery").mailetContext(context);
        parameters.forEach(config::setProperty);
        mailet = new ThrottledRemoteDelivery(queues, repositories, dns, reporting);
        mailet.init(config.build());
    }

    private static Mail mail(String name, String... recipients) throws MessagingException {
        return FakeMail.builder().name(name).sender("sender@example.com").recipients(recipients)
            .mimeMessage(MimeMessageBuilder.mimeMessageBuilder().setSubject("s").setText("body")).build();
    }

    private static Object attribute(FakeMailContext.SentMail sent, String name) {
        return sent.getAttributes().get(AttributeName.of(name)).getValue().value();
    }

    @Test
    void serviceShouldQueueTheMailGhostItAndDeliverIt() throws Exception {
        receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.ACCEPT_ALL);
        init(Map.of("gateway", "127.0.0.1:" + receiver.port()));
        Mail mail = mail("m1", "a@example.org");

        mailet.service(mail);

        assertThat(mail.getState()).isEqualTo(Mail.GHOST);
        await().atMost(WAIT).until(() -> receiver.deliveredRecipients().contains("a@example.org"));
        assertThat(context.getSentMails()).isEmpty();
    }

    /** James 3.8.1's sample relay processor (memory-app sample-configuration), with only the class name changed. */
    private static Map<String, String> jamesSampleRemoteDeliveryParameters() {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("outgoingQueue", "outgoing");
        parameters.put("delayTime", "5000, 100000, 500000");
        parameters.put("maxRetries", "3");
        parameters.put("maxDnsProblemRetries", "0");
        parameters.put("deliveryThreads", "10");
        parameters.put("sendpartial", "true");
        parameters.put("bounceProcessor", "bounces");
        return parameters;
    }

    @Test
    void jamesSampleRemoteDeliveryParametersShouldStartAndDeliver() throws Exception {
        receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.ACCEPT_ALL);
        Map<String, String> parameters = jamesSampleRemoteDeliveryParameters();
        // Only the route differs: no MX lookup of a real domain in tests.
        parameters.put("routes", "example.org=127.0.0.1:" + receiver.port());
        init(parameters);

        mailet.service(mail("m1", "a@example.org"));

        await().atMost(WAIT).until(() -> receiver.deliveredRecipients().contains("a@example.org"));
        assertThat(queues.listCreatedMailQueues()).extracting(MailQueueName::asString).contains("outgoing");
    }

    @Test
    void remoteDeliverysOwnSpellingsShouldBeAccepted() throws Exception {
        receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.ACCEPT_ALL);
        init(Map.of("gateway", "127.0.0.1:" + receiver.port(), "outgoing", "relay-queue", "connectiontimeout", "15000",
            "debug", "true", "usePriority", "false", "loadBalancing", "true", "mail.smtp.ehlo", "true"));

        mailet.service(mail("m1", "a@example.org"));

        await().atMost(WAIT).until(() -> receiver.deliveredRecipients().contains("a@example.org"));
        assertThat(queues.listCreatedMailQueues()).extracting(MailQueueName::asString).contains("relay-queue");
    }

    @Test
    void gatewayCredentialsShouldAuthenticateEverySession() throws Exception {
        receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.builder().requireAuthPlain("relay-user", "s3cret").build());
        init(Map.of("gateway", "127.0.0.1:" + receiver.port(), "gatewayusername", "relay-user", "gatewayPassword", "s3cret"));

        mailet.service(mail("m1", "a@example.org"));

        await().atMost(WAIT).until(() -> receiver.deliveredRecipients().contains("a@example.org"));
        assertThat(receiver.sessions()).extracting(ScriptedSmtpReceiver.SessionRecord::authenticatedAs).containsOnly("relay-user");
    }

    @Test
    void serviceShouldSplitRecipientsByDomain() throws Exception {
        receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.ACCEPT_ALL);
        init(Map.of("gateway", "127.0.0.1:" + receiver.port()));

        mailet.service(mail("m1", "a@example.org", "b@example.net", "c@example.org"));

        await().atMost(WAIT).until(() -> receiver.messages().size() == 2);
        assertThat(receiver.messages()).extracting(ScriptedSmtpReceiver.ReceivedMessage::recipients)
            .containsExactlyInAnyOrder(List.of("a@example.org", "c@example.org"), List.of("b@example.net"));
    }

    @Test
    void temporaryFailureShouldGoToTheDeferralProcessorWithTheReply() throws Exception {
        receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.builder()
            .failAlways(ReceiverBehaviour.Step.MAIL, "421 4.7.0 Too many concurrent connections").build());
        init(Map.of("gateway", "127.0.0.1:" + receiver.port(), "deferralProcessor", "deferrals"));

        mailet.service(mail("m1", "a@example.org"));

        await().atMost(WAIT).until(() -> !context.getSentMails().isEmpty());
        FakeMailContext.SentMail sent = context.getSentMails().get(0);
        assertThat(sent.getState()).isEqualTo("deferrals");
        assertThat(attribute(sent, PacerAttributes.KIND)).isEqualTo("CONNECTION_LIMIT");
        assertThat(attribute(sent, PacerAttributes.STEP)).isEqualTo("MAIL");
        assertThat(attribute(sent, PacerAttributes.ATTEMPT)).isEqualTo(1);
        assertThat(attribute(sent, PacerAttributes.MAIL_NAME)).isEqualTo("m1");
        var event = reporting.store().recentEvents(1).get(0);
        assertThat(event.kind()).isEqualTo(dev.pacer.core.DeferralKind.CONNECTION_LIMIT);
        assertThat(event.reply()).isEqualTo("421 4.7.0 Too many concurrent connections");
        assertThat(event.sendingIp()).isEqualTo("127.0.0.1");
        assertThat(event.remoteIp()).isEqualTo("127.0.0.1");
        assertThat(event.step()).isEqualTo("MAIL");
        assertThat(metrics.countFor("pacer_deferrals_CONNECTION_LIMIT")).isEqualTo(1);
    }

    @Test
    void aHugeReplyWithControlCharactersShouldBeStoredBoundedAndSafe() throws Exception {
        receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.builder()
            .failAlways(ReceiverBehaviour.Step.MAIL, "451 4.7.0 \u0000\u001b[2J\u00ff\u00fe" + "x".repeat(60 * 1024)).build());
        init(Map.of("gateway", "127.0.0.1:" + receiver.port(), "deferralProcessor", "deferrals"));

        mailet.service(mail("m1", "a@example.org"));

        await().atMost(WAIT).until(() -> !reporting.store().recentEvents(1).isEmpty());
        String reply = reporting.store().recentEvents(1).get(0).reply();
        assertThat(reply).hasSizeLessThanOrEqualTo(dev.pacer.core.report.DeferralEvent.MAX_REPLY_CHARS).startsWith("451 4.7.0");
        assertThat(reply.chars()).noneMatch(Character::isISOControl);
        String attribute = (String) attribute(context.getSentMails().get(0), PacerAttributes.REPLY);
        assertThat(attribute.length()).isLessThanOrEqualTo(dev.pacer.core.SmtpReply.MAX_TEXT_CHARS + 20);
    }

    @Test
    void aReplyLongerThanTheBoundShouldEndTheSessionNotFillTheHeap() throws Exception {
        receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.builder()
            .failAlways(ReceiverBehaviour.Step.MAIL, "451 4.7.0 " + "x".repeat(10 * 1024 * 1024)).build());
        init(Map.of("gateway", "127.0.0.1:" + receiver.port(), "deferralProcessor", "deferrals"));

        mailet.service(mail("m1", "a@example.org"));

        await().atMost(WAIT).until(() -> !context.getSentMails().isEmpty());
        assertThat((String) attribute(context.getSentMails().get(0), PacerAttributes.REPLY))
            .contains("the server sent a reply longer than 65536 bytes");
        assertThat(attribute(context.getSentMails().get(0), PacerAttributes.STEP)).isEqualTo("MAIL");
    }

    @Test
    void temporaryFailureWithRetriesSpentShouldBounceAsExpiredWithTheReply() throws Exception {
        receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.builder()
            .failAlways(ReceiverBehaviour.Step.GREETING, "421 4.7.0 Too many concurrent connections").build());
        init(Map.of("gateway", "127.0.0.1:" + receiver.port(), "maxRetries", "0", "bounceProcessor", "bounces",
            "deferralProcessor", "deferrals"));

        mailet.service(mail("m1", "a@example.org"));

        await().atMost(WAIT).until(() -> !context.getSentMails().isEmpty());
        FakeMailContext.SentMail sent = context.getSentMails().get(0);
        assertThat(sent.getState()).isEqualTo("bounces");
        assertThat(attribute(sent, AttemptOutcomes.IS_DELIVERY_PERMANENT_ERROR)).isEqualTo(false);
        assertThat((String) attribute(sent, AttemptOutcomes.DELIVERY_ERROR))
            .startsWith("421 4.7.0 Too many concurrent connections")
            .contains("giving up after 1 attempts");
        assertThat(attribute(sent, AttemptOutcomes.DELIVERY_ERROR_CODE)).isEqualTo(421);
        // The outcome is recorded right after the bounce is handed over, on the delivery thread: waited for, not raced.
        await().atMost(WAIT).untilAsserted(() -> assertThat(reporting.store().statistics("route:127.0.0.1:" + receiver.port()))
            .hasValueSatisfying(stats -> assertThat(stats.expired()).isEqualTo(1)));
    }

    @Test
    void temporaryFailureWithoutDeferralProcessorShouldBeRetriedOnTheSchedule() throws Exception {
        receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.builder()
            .fail(ReceiverBehaviour.Step.GREETING, "421 4.7.0 Too many concurrent connections", 1).build());
        init(Map.of("gateway", "127.0.0.1:" + receiver.port(), "delayTime", "500ms"));

        mailet.service(mail("m1", "a@example.org"));

        await().atMost(WAIT).until(() -> receiver.deliveredRecipients().contains("a@example.org"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(reporting.store().statistics("route:127.0.0.1:" + receiver.port()))
            .hasValueSatisfying(stats -> assertThat(stats.deliveredAfterDeferral()).isEqualTo(1)));
        assertThat(receiver.sessions()).hasSize(2);
        assertThat(Duration.between(receiver.sessions().get(0).start(), receiver.sessions().get(1).start()))
            .isGreaterThanOrEqualTo(Duration.ofMillis(450));
    }

    @Test
    void aTemporaryDnsFailureShouldBeATemporaryFailureOnTheRetryScheduleNotASpin() throws Exception {
        dns = new InMemoryDNSService() {
            @Override
            public java.util.Collection<String> findMXRecords(String hostname) throws TemporaryResolutionException {
                throw new TemporaryResolutionException("DNS timeout");
            }
        };
        init(Map.of("deferralProcessor", "deferrals", "delayTime", "1h"));

        mailet.service(mail("m1", "a@unresolvable.test"));

        await().atMost(WAIT).until(() -> !context.getSentMails().isEmpty());
        FakeMailContext.SentMail sent = context.getSentMails().get(0);
        assertThat(sent.getState()).isEqualTo("deferrals");
        assertThat(attribute(sent, PacerAttributes.STEP)).isEqualTo("CONNECT");
        assertThat((String) attribute(sent, PacerAttributes.REPLY)).contains("Temporary DNS failure").contains("unresolvable.test");
        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> context.getSentMails().size() == 1);
    }

    @Test
    void aDomainWithNoMailServerShouldBounceAtOnceWithADsnNamingIt() throws Exception {
        dns = new InMemoryDNSService().registerRecord("nxdomain.test", List.of(), List.of(), List.of());
        init(Map.of("deferralProcessor", "deferrals", "bounceProcessor", "bounces", "delayTime", "1h"));

        mailet.service(mail("m1", "a@nxdomain.test"));

        await().atMost(WAIT).until(() -> !context.getSentMails().isEmpty());
        FakeMailContext.SentMail bounced = context.getSentMails().get(0);
        assertThat(bounced.getState()).as("not deferred: nothing to retry").isEqualTo("bounces");
        assertThat((String) attribute(bounced, AttemptOutcomes.DELIVERY_ERROR)).contains("no mail server for domain nxdomain.test");
        assertThat(attribute(bounced, AttemptOutcomes.IS_DELIVERY_PERMANENT_ERROR)).isEqualTo(true);
    }

    @Test
    void mailComingBackFromTheDeferralProcessorShouldWaitItsRetryDelay() throws Exception {
        receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.ACCEPT_ALL);
        init(Map.of("gateway", "127.0.0.1:" + receiver.port(), "delayTime", "1h"));
        Mail returning = mail("m1", "a@example.org");
        MailAttributes.set(returning, PacerAttributes.ATTEMPT, 1);
        MailAttributes.set(returning, PacerAttributes.MAIL_NAME, "m1");

        mailet.service(returning);

        assertThat(returning.getState()).isEqualTo(Mail.GHOST);
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> receiver.sessions().isEmpty());
    }

    @Test
    void derivedMailCarryingAnotherMailsAttemptsShouldStartAfresh() throws Exception {
        receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.ACCEPT_ALL);
        init(Map.of("gateway", "127.0.0.1:" + receiver.port(), "delayTime", "1h"));
        Mail dsn = mail("dsn-of-m1", "sender@example.org");
        MailAttributes.set(dsn, PacerAttributes.ATTEMPT, 3);
        MailAttributes.set(dsn, PacerAttributes.MAIL_NAME, "m1");

        mailet.service(dsn);

        await().atMost(WAIT).until(() -> receiver.deliveredRecipients().contains("sender@example.org"));
    }

    @Nested
    class Configuration {
        private void assertInitFails(Map<String, String> parameters, String... messageParts) {
            assertThatThrownBy(() -> init(parameters))
                .isInstanceOf(MessagingException.class)
                .hasMessageStartingWith("ThrottledRemoteDelivery: ")
                .hasMessageContainingAll(messageParts);
        }

        @Test
        void initShouldRejectAnUnknownParameter() {
            assertInitFails(Map.of("deliveryTreads", "4"), "unknown parameter", "deliveryTreads", "deliveryThreads");
        }

        @Test
        void initShouldRejectZeroDeliveryThreads() {
            assertInitFails(Map.of("deliveryThreads", "0"), "'deliveryThreads'", "between 1 and 1000", "'0'");
        }

        @Test
        void initShouldRejectANonNumericMaxRetries() {
            assertInitFails(Map.of("maxRetries", "many"), "'maxRetries'", "'many'");
        }

        @Test
        void initShouldRejectABadDelayTime() {
            assertInitFails(Map.of("delayTime", "5m, soon"), "'delayTime'", "soon");
        }

        @Test
        void initShouldRejectAGatewayWithABadPort() {
            assertInitFails(Map.of("gateway", "mx.example.net:99999"), "'gateway'", "mx.example.net:99999");
        }

        @Test
        void initShouldRejectAConnectionReuseTimeLimitLongerThanTheAttempt() {
            assertInitFails(Map.of("connectionReuseTimeLimit", "20m"), "'connectionReuseTimeLimit'", "1s to attemptTimeout (600s)", "'20m'");
        }

        @Test
        void theRemoteDeliveryWarningsShouldNameWhatPacerDoesInstead() {
            assertThat(ThrottledRemoteDeliveryConfiguration.warnings(new dev.pacer.core.Parameters("ThrottledRemoteDelivery",
                Map.of("maxDnsProblemRetries", "0", "deliveryThreads", "10"))))
                .containsExactly("parameter 'maxDnsProblemRetries' of RemoteDelivery has no equivalent here and is ignored: a temporary "
                    + "DNS failure is retried on 'delayTime' up to 'maxRetries' like any temporary failure, and a domain without mail "
                    + "server bounces at once");
        }

        @Test
        void initShouldRejectAnAliasAndItsNameGivenDifferently() {
            assertInitFails(Map.of("outgoing", "a", "outgoingQueue", "b"), "'outgoing' and 'outgoingQueue'", "'a'", "'b'");
        }

        @Test
        void initShouldRejectSslEnableNamingStartTls() {
            assertInitFails(Map.of("sslEnable", "true"), "'sslEnable'", "startTLS=true");
        }

        @Test
        void initShouldRejectAGatewayUserWithoutPassword() {
            assertInitFails(Map.of("gateway", "127.0.0.1:25", "gatewayUsername", "u"), "'gatewayUsername' and 'gatewayPassword'");
        }

        @Test
        void initShouldRejectGatewayCredentialsWithoutAGateway() {
            assertInitFails(Map.of("gatewayUsername", "u", "gatewayPassword", "p"), "'gatewayUsername'", "set 'gateway'");
        }

        @Test
        void initShouldRejectABindThatIsNotAnAddress() {
            assertInitFails(Map.of("bind", "eth0"), "'bind'", "local IP address", "'eth0'");
        }

        @Test
        void initShouldRejectAJavaMailPropertyPacerSets() {
            assertInitFails(Map.of("mail.smtp.timeout", "5"), "'mail.smtp.timeout'", "use its parameter timeout");
        }

        @Test
        void initShouldRejectAZeroMaxAge() {
            assertInitFails(Map.of("maxAge", "0s"), "'maxAge'", "longer than 0");
        }

        @Test
        void initShouldRejectAZeroTimeout() {
            assertInitFails(Map.of("timeout", "0"), "'timeout'", "longer than 0");
        }

        @Test
        void initShouldRejectABooleanThatIsNotOne() {
            assertInitFails(Map.of("startTLS", "maybe"), "'startTLS'", "true or false", "'maybe'");
        }

        @Test
        void initShouldRejectNoRulesAtAll() {
            assertInitFails(Map.of("useDefaultRules", "false"), "'useDefaultRules'", "'rulesFile'");
        }

        @Test
        void initShouldRejectAMissingRulesFile() {
            assertInitFails(Map.of("rulesFile", "/nonexistent/pacer.rules"), "'rulesFile'", "/nonexistent/pacer.rules");
        }

        @Test
        void initShouldRejectARulesFileWithABadLineNamingTheLine(@TempDir Path directory) throws IOException {
            Path rules = Files.writeString(directory.resolve("site.rules"), "# ours\nCONNECTION_LIMIT text (broken\n");

            assertInitFails(Map.of("rulesFile", rules.toString()), "'rulesFile'", "site.rules:2");
        }

        @Test
        void initShouldRejectInvertedWindowBounds() {
            assertInitFails(Map.of("initialConcurrency", "8", "maxConcurrency", "4"), "'initialConcurrency' (8)", "'maxConcurrency' (4)");
        }

        @Test
        void initShouldRejectAnUnknownDestinationKey() {
            assertInitFails(Map.of("destinationKey", "ip"), "'destinationKey'", "'ip'", "domain, mx");
        }

        @Test
        void initShouldRejectAMalformedRoute() {
            assertInitFails(Map.of("routes", "example.org=127.0.0.1:2525; broken"), "'routes'", "'broken'");
        }

        @Test
        void initShouldRejectInvertedMessageDelays() {
            assertInitFails(Map.of("minDelayBetweenMessages", "10s", "maxDelayBetweenMessages", "1s"), "'minDelayBetweenMessages'", "'maxDelayBetweenMessages'");
        }

        @Test
        void initShouldRejectALaneThatResolvesDestinationsDifferently() throws MessagingException {
            init(Map.of("destinationKey", "domain", "outgoingQueue", "first"));
            mailet.destroy();

            assertInitFails(Map.of("destinationKey", "mx", "outgoingQueue", "second"),
                "parameter 'destinationKey' is 'domain' in the lane started first and 'mx' in this one");
        }

        @Test
        void initShouldRejectARepositoryTheStoreCannotProvideNamingTheParameterAndTheFix() {
            assertInitFails(Map.of("waitingRepository", "cassandra://var/mail/pacer/waiting/"), "'waitingRepository'",
                "cassandra://var/mail/pacer/waiting", "conf/mailrepositorystore.xml", "protocol 'cassandra'");
        }

        @Test
        void initShouldRejectAMalformedRepositoryUrl() {
            assertInitFails(Map.of("errorRepository", "var/mail/error"), "'errorRepository'", "'var/mail/error'");
        }

        @Test
        void initShouldRejectTheSameRepositoryForWaitingAndErrors() {
            assertInitFails(Map.of("waitingRepository", "memory://var/mail/x/", "errorRepository", "memory://var/mail/x/"),
                "'waitingRepository'", "'errorRepository'", "must differ");
        }

        @Test
        void initShouldRejectASecondLaneOnTheSameWaitingRepository() throws MessagingException {
            init(Map.of("outgoingQueue", "first", "waitingRepository", "memory://var/mail/shared/"));
            ThrottledRemoteDelivery first = mailet;
            try {
                assertInitFails(Map.of("outgoingQueue", "second", "waitingRepository", "memory://var/mail/shared/"),
                    "'first'", "'second'", "same waitingRepository 'memory://var/mail/shared'");
            } finally {
                first.destroy();
            }
        }

        @Test
        void initShouldAcceptRemoteDeliveryStyleValues() throws MessagingException {
            init(Map.of("delayTime", "5000, 100000, 500000", "maxRetries", "3", "timeout", "180000",
                "connectionTimeout", "60000", "sendpartial", "true", "gateway", "127.0.0.1:2525, [::1]:2526"));

            assertThat(mailet.getMailetInfo()).contains("ThrottledRemoteDelivery");
        }
    }
}
