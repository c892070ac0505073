package dev.pacer.benchmarks.jmh;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.pacer.core.scale.PerEventWork;

/**
 * One refused session and its deferral (window decision and statistics update, {@link PerEventWork}) with 10 and with
 * 10,000 destinations known, destinations taken in turn. The figure to compare is the ratio between the two.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-Dlogback.configurationFile=jmh-logback.xml"})
public class PerEventBenchmark {
    @Param({"10", "10000"})
    public int destinations;

    private PerEventWork work;

    @Setup
    public void setUp() {
        work = new PerEventWork(destinations);
    }

    @Benchmark
    public Object deferral() {
        return work.event();
    }
}
