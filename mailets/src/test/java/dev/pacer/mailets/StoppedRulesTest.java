package dev.pacer.mailets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.apache.mailet.base.test.FakeMailContext;
import org.junit.jupiter.api.Test;

import dev.pacer.core.Classification;
import dev.pacer.core.DeferralClassifier;
import dev.pacer.core.DeferralKind;
import dev.pacer.core.DeferralRule;
import dev.pacer.core.FakeClock;
import dev.pacer.core.report.DeferralEvent;

/** A rule stopped by the classifier's read budget is counted beside the rule that decided, where operators look. */
class StoppedRulesTest {
    private final FakeClock clock = new FakeClock();
    private final Reporting reporting = TestReporting.create(clock);

    @Test
    void aStoppedRuleShouldBeCountedBesideTheRuleThatDecided() {
        // An operator's rule that backtracks on a long run of one letter (2^n ways to read it).
        DeferralRule backtracking = new DeferralRule(DeferralKind.RATE_LIMIT, DeferralRule.Field.TEXT, "(?:a|a){0,1000}b",
            "conf/my-rules.txt:3");
        DeferralClassifier classifier = DeferralClassifier.of(List.of(backtracking), true);
        String reply = "421 4.7.0 Too many connections from your IP " + "a".repeat(1_500);

        for (int i = 0; i < 3; i++) {
            Classification classification = classifier.classify(reply);
            reporting.deferral(event(classification), classification, FakeMailContext.defaultContext());
        }

        assertThat(reporting.ruleHits()).hasSize(2);
        assertThat(reporting.ruleHits().get("stopped: conf/my-rules.txt:3 RATE_LIMIT (?:a|a){0,1000}b")).isEqualTo(3);
        assertThat(reporting.ruleHits().entrySet()).anySatisfy(hit -> {
            assertThat(hit.getKey()).startsWith("dev/pacer/core/deferral-rules.txt:").contains("CONNECTION_LIMIT");
            assertThat(hit.getValue()).isEqualTo(3);
        });
    }

    private DeferralEvent event(Classification classification) {
        return DeferralEvent.builder().time(clock.instant()).mailName("m").messageId("<id@test>").senderDomain("sender.test")
            .recipientDomain("example.test").destination("domain:example.test").remoteHost("").basicCode(OptionalInt.of(421))
            .enhancedCode(Optional.of("4.7.0")).reply(classification.reply().asLine()).kind(classification.kind()).step("GREETING")
            .attempt(1).lane("test").sessionsHeld(OptionalInt.empty()).build();
    }
}
