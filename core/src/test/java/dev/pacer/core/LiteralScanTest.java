package dev.pacer.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LiteralScanTest {

    @Test
    void scanShouldFindExactlyTheLiteralsTheTextContains() {
        LiteralScan scan = new LiteralScan(List.of("too many", "many", "many con", "连接数", "ço", "çok fazla", "zz"));
        long[] present = scan.scan("421 4.7.0 too many connections; çok fazla bağlantı");

        assertThat(LiteralScan.anyOf(present, new int[] {scan.id("too many")})).isTrue();
        assertThat(LiteralScan.anyOf(present, new int[] {scan.id("many")})).isTrue();
        assertThat(LiteralScan.anyOf(present, new int[] {scan.id("many con")})).isTrue();
        assertThat(LiteralScan.anyOf(present, new int[] {scan.id("çok fazla")})).isTrue();
        assertThat(LiteralScan.anyOf(present, new int[] {scan.id("ço")})).isTrue();
        assertThat(LiteralScan.anyOf(present, new int[] {scan.id("连接数")})).isFalse();
        assertThat(LiteralScan.anyOf(present, new int[] {scan.id("zz")})).isFalse();
        assertThat(LiteralScan.anyOf(present, new int[] {scan.id("zz"), scan.id("many")})).isTrue();
        // A literal at the very end of the text, and a text shorter than any literal.
        assertThat(LiteralScan.anyOf(scan.scan("buzz"), new int[] {scan.id("zz")})).isTrue();
        assertThat(LiteralScan.anyOf(scan.scan("z"), new int[] {scan.id("zz")})).isFalse();
        assertThat(LiteralScan.anyOf(scan.scan(""), new int[] {scan.id("zz")})).isFalse();
    }

    @Test
    void scanShouldAgreeWithContainsForEveryDefaultLiteralOnRandomTexts() {
        Set<String> literals = new LinkedHashSet<>();
        for (DeferralRule rule : DeferralClassifier.defaults().rules()) {
            rule.requiredLiterals().ifPresent(literals::addAll);
        }
        List<String> all = new ArrayList<>(literals);
        LiteralScan scan = new LiteralScan(all);
        assertThat(scan.size()).isEqualTo(all.size()).isGreaterThan(500);

        Random random = new Random(20261129L);
        int found = 0;
        for (int sample = 0; sample < 3_000; sample++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
                String literal = all.get(random.nextInt(all.size()));
                // Whole literals, their halves and single letters, so that partial matches are tried too.
                text.append(random.nextBoolean() ? literal : literal.substring(0, literal.length() / 2))
                    .append(random.nextInt(3) == 0 ? "" : " ")
                    .append((char) ('a' + random.nextInt(26)));
            }
            String subject = text.toString();
            long[] present = scan.scan(subject);
            for (String literal : all) {
                boolean contained = subject.contains(literal);
                found += contained ? 1 : 0;
                assertThat(LiteralScan.anyOf(present, new int[] {scan.id(literal)})).as("'%s' in '%s'", literal, subject)
                    .isEqualTo(contained);
            }
        }
        assertThat(found).isGreaterThan(3_000);
    }

    @Test
    void theClassifierShouldDecideAsItsRulesTriedInOrderEachWithItsOwnPrefilter() {
        // The classifier's one-pass prefilter must never skip a rule that would match: its decision equals the first
        // rule whose own test (contains() on each literal, then the pattern) matches.
        List<String> replies = new ArrayList<>(List.of("421 4.7.0 Too many concurrent connections from 192.0.2.1",
            "451 4.7.1 msgs/hour limit exceeded", "450 4.2.2 Mailbox full", "421 4.3.2 System not accepting network messages",
            "451 Greylisted, please retry", "421 Trop de connexions", "421 并发连接数过多", "451 4.7.1 RATE_LIMITED"));
        Random random = new Random(20261129L);
        List<String> words = List.of("too", "many", "connections", "from", "rate", "limit", "exceeded", "server", "busy",
            "mailbox", "full", "greylisted", "spam", "blocked", "per", "hour", "temporarily", "unavailable", "database",
            "error", "msgs/hour", "TooManyConnections", "sending", "quota", "policy", "reputation", "try", "later");
        for (int sample = 0; sample < 2_000; sample++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "421 " : "451 4.7.1 ");
            for (int i = 0, n = 1 + random.nextInt(7); i < n; i++) {
                text.append(words.get(random.nextInt(words.size()))).append(' ');
            }
            replies.add(text.toString());
        }
        DeferralClassifier classifier = DeferralClassifier.defaults();
        for (String text : replies) {
            SmtpReply reply = SmtpReply.parse(text);
            Optional<DeferralRule> expected = Optional.empty();
            if (reply.replyClass() != SmtpReply.ReplyClass.PERMANENT) {
                for (DeferralRule rule : classifier.rules()) {
                    if (rule.matches(reply)) {
                        expected = Optional.of(rule);
                        break;
                    }
                }
            }
            assertThat(classifier.classify(reply).rule()).as(text).isEqualTo(expected);
        }
    }

    @Test
    void aLiteralShorterThanTwoCharactersShouldBeRefused() {
        assertThatThrownBy(() -> new LiteralScan(List.of("ok", "x"))).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'x'");
    }
}
