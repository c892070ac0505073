package dev.pacer.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) throws IOException {
        return Classify.run(args, new BufferedReader(new StringReader(stdin)), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aReplyGivenAsArgumentShouldBePrintedWithItsKindCodesAndRule() throws IOException {
        assertThat(run("", "421 4.7.0 mx.example.net Error: too many connections from 192.0.2.10")).isZero();

        assertThat(output()).contains("CONNECTION_LIMIT\t421\t4.7.0\tdev/pacer/core/deferral-rules.txt:");
    }

    @Test
    void repliesShouldBeReadOnePerLineFromStandardInput() throws IOException {
        assertThat(run("450 4.2.0 Greylisted, see http://postgrey.schweikert.ch/\n\n550 5.1.1 no such user\n")).isZero();

        assertThat(output().lines().skip(1)).hasSize(2);
        assertThat(output()).contains("GREYLIST\t450\t4.2.0").contains("PERMANENT\t550\t5.1.1\t5xx");
    }

    @Test
    void anOperatorsRulesFileShouldBeReadFirst(@TempDir Path directory) throws IOException {
        Path rules = Files.writeString(directory.resolve("my.rules"), "RATE_LIMIT text \\bfrobnicated\\b\n");

        assertThat(run("", "--rules", rules.toString(), "451 you are frobnicated")).isZero();

        assertThat(output()).contains("RATE_LIMIT\t451\t-\t" + rules + ":1");
    }

    @Test
    void aRuleStoppedByTheReadBudgetShouldBeNamedAfterTheRuleThatDecided(@TempDir Path directory) throws IOException {
        Path rules = Files.writeString(directory.resolve("slow.rules"), "RATE_LIMIT text (?:a|a){0,1000}b\n");

        assertThat(run("", "--rules", rules.toString(), "421 4.7.0 Too many connections from your IP " + "a".repeat(1_500)))
            .isZero();

        assertThat(output()).contains("CONNECTION_LIMIT\t421\t4.7.0\tdev/pacer/core/deferral-rules.txt:")
            .contains(" stopped " + rules + ":1\t421 4.7.0 Too many connections");
        assertThat(err.toString(StandardCharsets.UTF_8)).as("the rule named before any reply is read")
            .startsWith("warning: " + rules + ":1: in a repeated group 'a' and 'a' both read 'a' in 'a'");
    }

    @Test
    void aBrokenRulesFileShouldBeAnErrorNamingIt(@TempDir Path directory) throws IOException {
        Path rules = Files.writeString(directory.resolve("bad.rules"), "RATE_LIMIT text (unclosed\n");

        assertThat(run("", "--rules", rules.toString(), "451 x")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains(rules.toString()).contains("invalid pattern");
    }
}
