package dev.pacer.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ReadBudgetTest {
    // Two alternatives for one character in a bounded repetition, as the default rules' windows were before
    // 2026-12-06: every way of reading the a's is tried before the missing b fails the match, 2^n of them (Java
    // remembers where a greedy star failed, not a bounded or lazy repetition: 24 a's take a second).
    private static final String BACKTRACKING = "(?:a|a){0,1000}b";

    @Test
    void aPatternShouldSpendOneReadForEachCharacterItReads() {
        ReadBudget budget = new ReadBudget("xxxb", "XXXB", 100, 100);

        assertThat(budget.find(Pattern.compile("b"), true)).isTrue();
        assertThat(budget.replyLeft()).isEqualTo(96);
        assertThat(budget.find(Pattern.compile("B"), false)).isTrue();
        assertThat(budget.replyLeft()).isEqualTo(92);
        assertThat(budget.find(Pattern.compile("y"), true)).isFalse();
        assertThat(budget.replyLeft()).isEqualTo(88);
    }

    @Test
    void aPatternThatBacktracksShouldBeStoppedAtTheRulesShare() {
        String text = "a".repeat(40);
        ReadBudget budget = new ReadBudget(text, text, 10_000, 1_000);

        assertThatThrownBy(() -> budget.find(Pattern.compile(BACKTRACKING), true)).isInstanceOf(ReadBudget.Spent.class);
        assertThat(budget.replyLeft()).isEqualTo(9_000);
        assertThat(budget.spent()).isFalse();
        assertThat(budget.find(Pattern.compile("a{40}"), true)).as("the next rule reads with its own share").isTrue();
    }

    @Test
    void theReplysReadsShouldBoundAllRulesTogether() {
        String text = "a".repeat(40);
        ReadBudget budget = new ReadBudget(text, text, 2_500, 1_000);
        Pattern backtracking = Pattern.compile(BACKTRACKING);

        assertThatThrownBy(() -> budget.find(backtracking, true)).isInstanceOf(ReadBudget.Spent.class);
        assertThatThrownBy(() -> budget.find(backtracking, false)).isInstanceOf(ReadBudget.Spent.class);
        assertThat(budget.replyLeft()).as("the text lowered and as written share one budget").isEqualTo(500);
        assertThatThrownBy(() -> budget.find(backtracking, true)).as("the last share is what the reply has left")
            .isInstanceOf(ReadBudget.Spent.class);
        assertThat(budget.spent()).isTrue();
        assertThatThrownBy(() -> budget.find(Pattern.compile("a"), true)).isInstanceOf(ReadBudget.Spent.class);
    }

    @Test
    void budgetsShouldBePositive() {
        assertThatThrownBy(() -> new ReadBudget("a", "a", 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReadBudget("a", "a", 1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @Timeout(60)
    void anOperatorsRuleThatRecursesDeeperThanTheStackShouldBeStopped() throws InterruptedException {
        // Java's regex engine takes stack frames for each repetition of a group of alternatives, more for each one
        // nested: over 16 KiB, more than a thread's stack holds (a thread of 256 KiB and six nested groups here, so that
        // the overflow depends neither on the JVM's default stack nor on how its compiler inlined the engine).
        DeferralRule deep = new DeferralRule(DeferralKind.RATE_LIMIT, DeferralRule.Field.TEXT,
            "(?:(?:(?:(?:(?:(?:x|y)|q1)|q2)|q3)|q4)|q5)+z", "ops.txt:2");
        DeferralClassifier classifier = DeferralClassifier.of(List.of(deep), true);
        Classification[] classification = new Classification[1];
        Throwable[] thrown = new Throwable[1];

        Thread small = new Thread(null, () -> {
            try {
                classification[0] = classifier.classify("421 4.7.0 Too many connections from your IP "
                    + "xy".repeat(8_000));
            } catch (Throwable e) {
                thrown[0] = e;
            }
        }, "small-stack", 256 * 1024);
        small.start();
        small.join();

        assertThat(thrown[0]).isNull();
        assertThat(classification[0].kind()).isEqualTo(DeferralKind.CONNECTION_LIMIT);
        assertThat(classification[0].stopped()).containsExactly(deep);
    }

    @Test
    @Timeout(60)
    void hostileRecordsOfQuotedFieldsShouldBeReadWithinTheStack() {
        // 16 KiB of a record's fields repeated, each quote followed by no structure character: the quoted text read
        // greedily took a stack frame a character and overflowed the stack (found on 2026-12-06).
        for (String field : List.of("smtp_code=421 smtp_status=4.7.0 smtp_text=\"x\" ",
            "\"smtp_code\":421,\"smtp_message\":\"x\" ", "code: 421, message: 'x' ",
            "\"code\":421,\"enhanced_code\":{\"class\":4,\"subject\":7,\"detail\":0},\"content\":\"x\" ",
            "code: 421, esc: [4, 7, 0], message: \"x\" ")) {
            String hostile = "421 " + field.repeat(16 * 1024 / field.length());

            assertThat(SmtpReply.parse(hostile).basicCode()).as(field).hasValue(421);
            assertThat(DeferralClassifier.defaults().classify(hostile).reply().basicCode()).as(field).hasValue(421);
        }
    }

    @Test
    @Timeout(60)
    void anOperatorsRuleThatBacktracksShouldBeStoppedAndTheOtherRulesDecide() {
        DeferralRule backtracking = new DeferralRule(DeferralKind.RATE_LIMIT, DeferralRule.Field.TEXT, BACKTRACKING, "ops.txt:1");
        DeferralClassifier classifier = DeferralClassifier.of(List.of(backtracking), true);

        Classification classification = classifier.classify("421 4.7.0 Too many connections from your IP "
            + "a".repeat(1_500));

        assertThat(classification.kind()).isEqualTo(DeferralKind.CONNECTION_LIMIT);
        assertThat(classification.stopped()).containsExactly(backtracking);
        assertThat(classification.toString()).endsWith(" stopped ops.txt:1");
        assertThat(classifier.classify("421 4.7.0 Too many connections from your IP aab").stopped())
            .as("on a text it reads quickly the rule decides as written").isEmpty();
        assertThat(classifier.classify("421 4.7.0 Too many connections from your IP aab").kind())
            .isEqualTo(DeferralKind.RATE_LIMIT);
    }

    @Test
    @Timeout(60)
    void aReplyWhoseReadsAreSpentShouldBeTriedByNoFurtherRule() {
        List<DeferralRule> slow = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            slow.add(new DeferralRule(DeferralKind.RATE_LIMIT, DeferralRule.Field.TEXT, BACKTRACKING, "ops.txt:" + i));
        }
        DeferralClassifier classifier = DeferralClassifier.of(slow, true);

        Classification classification = classifier.classify("421 4.7.0 Too many connections from your IP "
            + "a".repeat(1_500));

        long rulesInTheReplysReads = ReadBudget.REPLY_READS / ReadBudget.RULE_READS;
        assertThat(classification.stopped()).as("each spends its share until the reply has none")
            .containsExactlyElementsOf(slow.subList(0, (int) rulesInTheReplysReads));
        assertThat(classification.kind()).as("the defaults are not tried").isEqualTo(DeferralKind.OTHER_TRANSIENT);
        assertThat(classification.rule()).isEmpty();
    }

    /**
     * The default rules read every reply of the tables within a third of both budgets: no reply a server wrote comes
     * near them (measured 2026-12-06: at most 1,170,000 reads a reply and 372,000 a rule, 28,000 a reply on average).
     */
    @Test
    void everyTableReplyShouldBeReadWithinAThirdOfTheBudgets() throws IOException {
        List<String> tables = new ArrayList<>(List.of(DeferralClassifierTest.TABLE));
        tables.addAll(DeferralClassifierTest.LATER);
        List<String[]> rows = new ArrayList<>();
        for (String table : tables) {
            rows.addAll(DeferralClassifierTest.readTable(table));
        }
        for (String batch : WrittenBatchesTest.BATCHES) {
            rows.addAll(WrittenBatchesTest.rows(batch));
        }
        DeferralClassifier classifier = DeferralClassifier.defaults();
        for (String[] row : rows) {
            Classification classification = classifier.classify(SmtpReply.parse(row[1]), ReadBudget.REPLY_READS / 3,
                ReadBudget.RULE_READS / 3);
            assertThat(classification.stopped()).as(row[1]).isEmpty();
        }
        assertThat(rows).hasSizeGreaterThan(12_000);
    }
}
