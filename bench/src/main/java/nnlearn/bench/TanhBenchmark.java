package nnlearn.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import nnlearn.Activation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one tanh, the library's {@link Activation#tanh} against {@link Math#tanh}: one operation applies it to
 * 4096 pre-activations drawn from N(0, 1) (one batch of 32 through a 128-unit layer), written into an array.
 * Reported in nanoseconds per operation; divide by 4096 for one call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class TanhBenchmark {

    static final int N = 4096;
    double[] z = new double[N], a = new double[N];

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(17);
        for (int i = 0; i < N; i++) z[i] = rng.nextGaussian();
    }

    @Benchmark
    public double[] mathTanh() {
        for (int i = 0; i < N; i++) a[i] = Math.tanh(z[i]);
        return a;
    }

    @Benchmark
    public double[] libraryTanh() {
        for (int i = 0; i < N; i++) a[i] = Activation.tanh(z[i]);
        return a;
    }
}
