package dev.pacer.benchmarks.jmh;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.pacer.core.DeferralClassifier;

/**
 * Classification of a realistic mix of replies: every verbatim reply of the classifier's table
 * ({@code deferral-replies.tsv}: Postfix, Exim, Microsoft, Gmail, Yahoo, greylisting, 5xx, …), one per call, in turn.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Dlogback.configurationFile=jmh-logback.xml")
public class ClassifierBenchmark {
    private DeferralClassifier classifier;
    private String[] replies;
    private int next;

    @Setup
    public void setUp() throws IOException {
        classifier = DeferralClassifier.defaults();
        List<String> loaded = new ArrayList<>();
        try (InputStream table = ClassifierBenchmark.class.getResourceAsStream("/deferral-replies.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(table, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    loaded.add(line.split("\t")[1]);
                }
            }
        }
        replies = loaded.toArray(new String[0]);
    }

    @Benchmark
    public Object classify() {
        String reply = replies[next];
        next = (next + 1) % replies.length;
        return classifier.classify(reply);
    }
}
