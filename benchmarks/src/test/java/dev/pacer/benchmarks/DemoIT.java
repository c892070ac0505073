package dev.pacer.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** {@code bin/demo} as it runs, with a smaller burst: a real James, a capped and an open receiver on 127.0.0.1. */
class DemoIT {
    @Test
    void theDemoDeliversEveryMailOnceShowsProgressAndTheReportAndSucceeds() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            code = Demo.run(out, 40, Duration.ofMillis(50), Duration.ofMinutes(3));
        }
        String output = bytes.toString(StandardCharsets.UTF_8);

        assertThat(code).as(output).isZero();
        assertThat(output)
            .contains("capped.demo: 40 of 40 mails delivered, 0 twice")
            .contains("open.demo: 40 of 40 mails delivered, 0 twice")
            .contains("Deferral report for route:127.0.0.1:")
            .contains("421 4.7.0 Too many concurrent connections")
            .contains("Every mail arrived exactly once.");
        // At least one progress line per destination, with its window read over JMX.
        Matcher progress = Pattern.compile("(?m)^\\s+\\d+s  capped\\.demo route:127\\.0\\.0\\.1:\\d+\\s+\\d+/40\\s+\\d+\\s+\\d+\\s+(\\d+|-)\\s").matcher(output);
        assertThat(progress.find()).as(output).isTrue();
        Matcher refused = Pattern.compile("capped\\.demo: 40 of 40 mails delivered, 0 twice, (\\d+) sessions refused").matcher(output);
        assertThat(refused.find()).isTrue();
        assertThat(Integer.parseInt(refused.group(1))).as("refused sessions at the capped receiver").isLessThanOrEqualTo(6);
    }
}
