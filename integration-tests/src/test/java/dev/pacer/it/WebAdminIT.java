package dev.pacer.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.james.util.Port;
import org.apache.james.utils.SMTPMessageSender;
import org.apache.james.utils.WebAdminGuiceProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.pacer.testing.ReceiverBehaviour;
import dev.pacer.testing.ScriptedSmtpReceiver;

/**
 * Pacer's WebAdmin routes, loaded by James WebAdmin's own extension mechanism ({@code extensions.routes}) in a real
 * James, read and driven with a real HTTP client after a burst to a receiver capped at 2 sessions; the delivery
 * mailets read an operator's rules file whose one rule backtracks (stopped by the classifier's read budget).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebAdminIT {
    private static final int MAILS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path workingDirectory;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ScriptedSmtpReceiver receiver;
    private PacerJamesServer james;
    private String destination;
    private String base;

    // An operator's rule that backtracks on any text of letters and spaces (two alternatives read each letter): the
    // classifier stops it at its read budget, the defaults decide, and the stop is counted beside the rules' hits.
    private static final String BACKTRACKING_RULE = "RATE_LIMIT text (?:.|[a-z ]){0,60}x";
    private Path rulesFile;

    @BeforeAll
    void startJamesAndSendABurst() throws Exception {
        receiver = ScriptedSmtpReceiver.start(ReceiverBehaviour.builder().maxConcurrentSessions(2).holdAfterMessage(Duration.ofMillis(20)).build());
        destination = "route:127.0.0.1:" + receiver.port();
        rulesFile = java.nio.file.Files.writeString(workingDirectory.resolve("slow-rules.txt"), BACKTRACKING_RULE + "\n");
        james = PacerJamesServer.builder(workingDirectory)
            .confFile("webadmin.properties", "enabled=true\nhost=127.0.0.1\nport=0\n"
                + "extensions.routes=dev.pacer.mailets.webadmin.PacerRoutes\n")
            .everyDeliveryParameter("routes", "capped.test=127.0.0.1:" + receiver.port())
            .everyDeliveryParameter("heloName", "pacer.test")
            .everyDeliveryParameter("rulesFile", rulesFile.toString())
            .everyDeliveryParameter("delayTime", "500ms")
            .mailetParameter("dev.pacer.mailets.SetRetrySchedule", "delayTime", "500ms")
            .start();
        base = "http://127.0.0.1:" + james.guiceServer().getProbe(WebAdminGuiceProbe.class).getWebAdminPort().getValue();
        try (SMTPMessageSender sender = new SMTPMessageSender("client.test")) {
            sender.connect("127.0.0.1", Port.of(james.smtpPort()));
            for (int i = 0; i < MAILS; i++) {
                sender.sendMessage("sender@sender.test", "rcpt" + i + "@capped.test");
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> receiver.deliveredRecipients().size() >= MAILS);
    }

    @AfterAll
    void stop() throws Exception {
        if (james != null) {
            james.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    private String destinationPath() {
        return "/pacer/destinations/" + URLEncoder.encode(destination, StandardCharsets.UTF_8);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    @Order(1)
    void destinationsShouldShowTheLearnedWindowAndWhatBecameOfDeferredMail() throws Exception {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> response = send(at("/pacer/destinations").GET());
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode row = null;
            for (JsonNode candidate : json(response)) {
                if (candidate.get("destination").asText().equals(destination)) {
                    row = candidate;
                }
            }
            assertThat(row).as("row of %s in %s", destination, response.body()).isNotNull();
            assertThat(row.get("window").asInt()).isEqualTo(2);
            assertThat(row.get("refusalPoint").asInt()).isEqualTo(3);
            assertThat(row.get("waiting").asInt()).isZero();
            assertThat(row.get("deferralsLastDay").asLong()).isEqualTo(receiver.refusedSessions());
            assertThat(row.get("deliveredAfterDeferral").asLong()).isPositive();
            assertThat(row.get("expired").asLong()).isZero();
            assertThat(row.get("severity").asText()).isIn("NORMAL", "WATCH", "ESCALATE");
        });

        JsonNode detail = json(send(at(destinationPath()).GET()));
        assertThat(detail.get("destination").asText()).isEqualTo(destination);
        assertThat(detail.get("window").get("window").asInt()).isEqualTo(2);
        assertThat(detail.get("statistics").get("lastReply").asText()).isEqualTo("421 4.7.0 Too many concurrent connections");

        JsonNode totals = json(send(at("/pacer/statistics").GET()));
        assertThat(totals.get("totalDeferrals").asLong()).isEqualTo(receiver.refusedSessions());
        assertThat(totals.get("waiting").asLong()).isZero();
        assertThat(json(send(at("/pacer/events").GET()))).hasSize((int) receiver.refusedSessions());
        JsonNode rules = json(send(at("/pacer/rules").GET()));
        long hits = 0;
        long stops = 0;
        for (java.util.Iterator<java.util.Map.Entry<String, JsonNode>> it = rules.fields(); it.hasNext(); ) {
            java.util.Map.Entry<String, JsonNode> rule = it.next();
            if (rule.getKey().startsWith("stopped: ")) {
                assertThat(rule.getKey()).as("the operator's rule, stopped by the read budget")
                    .isEqualTo("stopped: " + rulesFile + ":1 RATE_LIMIT (?:.|[a-z ]){0,60}x");
                stops += rule.getValue().asLong();
                continue;
            }
            assertThat(rule.getKey()).as("the rule that read '421 4.7.0 Too many concurrent connections'")
                .startsWith("dev/pacer/core/deferral-rules.txt:").contains("CONNECTION_LIMIT");
            hits += rule.getValue().asLong();
        }
        assertThat(hits).as("every deferral counted once, by its rule").isEqualTo(receiver.refusedSessions());
        assertThat(stops).as("the backtracking rule stopped on every deferral").isEqualTo(receiver.refusedSessions());
    }

    @Test
    @Order(2)
    void theEscalationReportShouldComeAsTextAndAsJson() throws Exception {
        HttpResponse<String> text = send(at(destinationPath() + "/report").GET());
        assertThat(text.statusCode()).isEqualTo(200);
        assertThat(text.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
        assertThat(text.body()).contains("Deferral report for " + destination).contains("421 4.7.0 Too many concurrent connections");

        HttpResponse<String> asJson = send(at(destinationPath() + "/report").header("Accept", "application/json").GET());
        assertThat(asJson.statusCode()).isEqualTo(200);
        assertThat(json(asJson).get("destination").asText()).isEqualTo(destination);
        assertThat(json(asJson).get("report").asText()).isEqualTo(text.body());
    }

    @Test
    @Order(3)
    void anOperatorShouldSetAWindowThenResetItAndRetryWaitingMail() throws Exception {
        HttpResponse<String> set = send(at(destinationPath() + "/window").PUT(HttpRequest.BodyPublishers.ofString("{\"window\": 4}")));
        assertThat(set.statusCode()).as(set.body()).isEqualTo(204);
        JsonNode window = json(send(at(destinationPath()).GET())).get("window");
        assertThat(window.get("window").asInt()).isEqualTo(4);
        assertThat(window.get("manualWindow").asBoolean()).isTrue();

        assertThat(send(at(destinationPath() + "?action=unthrottle").POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(204);
        assertThat(send(at(destinationPath() + "?action=reset").POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(204);
        window = json(send(at(destinationPath()).GET())).get("window");
        assertThat(window.get("manualWindow").asBoolean()).isFalse();
        assertThat(window.get("refusalPoint").asInt()).isZero();
        assertThat(window.get("throttledUntil").asText()).isEmpty();

        HttpResponse<String> retry = send(at(destinationPath() + "?action=retryNow").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(json(retry).get("ready").asInt()).isZero();
        HttpResponse<String> retryAll = send(at("/pacer/waiting?action=retryAll").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(retryAll.statusCode()).isEqualTo(200);
        assertThat(json(retryAll).get("ready").asInt()).isZero();
    }

    @Test
    void mistakesShouldBeAnsweredInWebAdminsErrorFormat() throws Exception {
        HttpResponse<String> unknown = send(at("/pacer/destinations/" + URLEncoder.encode("mx:never.test", StandardCharsets.UTF_8)).GET());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("type").asText()).isEqualTo("notFound");
        assertThat(json(unknown).get("message").asText()).contains("'mx:never.test' is not known");

        HttpResponse<String> notAKey = send(at("/pacer/destinations/never.test").GET());
        assertThat(notAKey.statusCode()).isEqualTo(400);
        assertThat(json(notAKey).get("type").asText()).isEqualTo("InvalidArgument");
        assertThat(json(notAKey).get("message").asText()).contains("mx:mx1.example.net").contains("'never.test'");

        HttpResponse<String> badWindow = send(at(destinationPath() + "/window").PUT(HttpRequest.BodyPublishers.ofString("{\"window\": 0}")));
        assertThat(badWindow.statusCode()).isEqualTo(400);
        assertThat(json(badWindow).get("message").asText()).isEqualTo("'window' must be from 1 to 1000, got 0");

        HttpResponse<String> badAction = send(at(destinationPath() + "?action=flush").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(badAction.statusCode()).isEqualTo(400);
        assertThat(json(badAction).get("message").asText()).contains("unthrottle, resume, reset, retryNow").contains("'flush'");

        HttpResponse<String> badLimit = send(at("/pacer/destinations?limit=-3").GET());
        assertThat(badLimit.statusCode()).isEqualTo(400);
    }
}
