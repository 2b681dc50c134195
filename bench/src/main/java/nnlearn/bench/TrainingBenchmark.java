package nnlearn.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import nnlearn.Activation;
import nnlearn.Loss;
import nnlearn.Network;
import nnlearn.data.Dataset;
import nnlearn.data.Digits;
import nnlearn.record.Recorder;
import nnlearn.train.Optimizer;
import nnlearn.train.Trainer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import smile.base.mlp.Layer;
import smile.base.mlp.OutputFunction;
import smile.classification.MLP;
import smile.math.MathEx;
import smile.math.TimeFunction;

/**
 * One benchmark operation = one epoch of mini-batch (32) SGD with softmax + cross-entropy and one tanh hidden layer,
 * over the same training set, the examples shuffled every epoch. Four contenders, measured side by side in one run:
 * <ul>
 *   <li>{@code trainLibrary}: nnlearn's {@link Trainer} (the code students read);</li>
 *   <li>{@code trainLibraryRecorded}: the same, with a {@link Recorder} evaluating the test set and the per-layer
 *       statistics after every epoch (the recording overhead);</li>
 *   <li>{@code trainSmile}: Smile 2.6.0's {@code smile.classification.MLP}, mini-batch updates of 32;</li>
 *   <li>{@code trainFused}: a hand-fused loop over flat arrays written for this benchmark: the same arithmetic (with
 *       the library's {@link Activation#tanh}) as one method of plain loops, one example at a time, with none of the
 *       library's layers, copies or observers: what the straightforward hand-written loop achieves. The library runs
 *       faster than it because its matrix products work on row arrays that the JIT compiler vectorises
 *       ({@code nnlearn.RowProducts}); flat-array loops with offsets, like these, stay scalar in Java 17.</li>
 * </ul>
 * Networks: {@code 4-32-3} on 1024 synthetic examples in 3 Gaussian classes, and {@code 64-128-10} on the first 1536
 * of the shipped 8×8 digits.
 *
 * <p>Three forks per benchmark: how the JIT compiler happens to compile the hot loops differs from one JVM to the next
 * (seen here: the recorded 64-128-10 training at 116 epochs/s in one JVM and at 140–160 in another), so one fork per contender would make a
 * ratio of two such draws.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
public class TrainingBenchmark {

    static final double ETA = 0.05;
    static final int BATCH = 32;

    @Param({"4-32-3", "64-128-10"})
    public String network;

    Dataset train, test;
    int inputs, hidden, classes;
    double[][] x;
    int[] y;

    Trainer library, libraryRecorded;
    MLP smile;
    SplittableRandom smileOrder;
    Fused fused;

    @Setup(Level.Trial)
    public void setUp() {
        if (network.equals("4-32-3")) {
            inputs = 4; hidden = 32; classes = 3;
            Dataset all = gaussianClusters(1280, 4, 3, 11);
            train = all.head(1024);
            test = all.subset(java.util.stream.IntStream.range(1024, 1280).toArray());
        } else {
            inputs = 64; hidden = 128; classes = 10;
            Dataset digits = Digits.load();
            train = digits.head(1536);
            test = digits.subset(java.util.stream.IntStream.range(1536, digits.size()).toArray());
        }
        x = train.x();
        y = train.labels();
        library = Trainer.of(newNetwork(), Optimizer.sgd(ETA)).batchSize(BATCH);
        libraryRecorded = Trainer.of(newNetwork(), Optimizer.sgd(ETA)).batchSize(BATCH)
                .observe(Recorder.everyEpoch().evaluate("test", test).layerStats());
        MathEx.setSeed(19);
        smile = new MLP(inputs, Layer.tanh(hidden), Layer.mle(classes, OutputFunction.SOFTMAX));
        smile.setLearningRate(TimeFunction.constant(ETA));
        smileOrder = new SplittableRandom(5);
        fused = new Fused(inputs, hidden, classes, 7);
    }

    Network newNetwork() {
        return Network.input(inputs).dense(hidden, Activation.TANH).output(classes, Activation.SOFTMAX, Loss.CROSS_ENTROPY).build(3);
    }

    @Benchmark
    public Object trainLibrary() {
        return library.fit(train, 1);
    }

    @Benchmark
    public Object trainLibraryRecorded() {
        return libraryRecorded.fit(train, 1);
    }

    @Benchmark
    public Object trainSmile() {
        int[] order = Dataset.permutation(x.length, smileOrder);
        for (int start = 0; start < x.length; start += BATCH) {
            int size = Math.min(BATCH, x.length - start);
            double[][] bx = new double[size][];
            int[] by = new int[size];
            for (int m = 0; m < size; m++) { bx[m] = x[order[start + m]]; by[m] = y[order[start + m]]; }
            smile.update(bx, by);
        }
        return smile;
    }

    @Benchmark
    public Object trainFused() {
        fused.epoch(x, y);
        return fused;
    }

    static Dataset gaussianClusters(int n, int dim, int k, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] xs = new double[n][dim];
        int[] ys = new int[n];
        for (int i = 0; i < n; i++) {
            ys[i] = i % k;
            for (int d = 0; d < dim; d++) xs[i][d] = rng.nextGaussian() + (d == ys[i] ? 2.0 : 0.0);
        }
        return Dataset.classification(xs, ys, k);
    }

    /** The same training, fused by hand into one method over flat arrays, one example at a time. */
    static final class Fused {
        final int p, h, k;
        final double[] w1, b1, w2, b2, gw1, gb1, gw2, gb2, z1, a1, out, d2, d1;
        final SplittableRandom order;

        Fused(int p, int h, int k, long seed) {
            this.p = p; this.h = h; this.k = k;
            SplittableRandom rng = new SplittableRandom(seed);
            w1 = new double[h * p]; b1 = new double[h]; w2 = new double[k * h]; b2 = new double[k];
            double r1 = Math.sqrt(6.0 / (p + h)), r2 = Math.sqrt(6.0 / (h + k));
            for (int i = 0; i < w1.length; i++) w1[i] = r1 * (2 * rng.nextDouble() - 1);
            for (int i = 0; i < w2.length; i++) w2[i] = r2 * (2 * rng.nextDouble() - 1);
            gw1 = new double[h * p]; gb1 = new double[h]; gw2 = new double[k * h]; gb2 = new double[k];
            z1 = new double[h]; a1 = new double[h]; out = new double[k]; d2 = new double[k]; d1 = new double[h];
            order = rng.split();
        }

        void epoch(double[][] x, int[] y) {
            int[] idx = Dataset.permutation(x.length, order);
            for (int start = 0; start < x.length; start += BATCH) {
                int size = Math.min(BATCH, x.length - start);
                java.util.Arrays.fill(gw1, 0); java.util.Arrays.fill(gb1, 0);
                java.util.Arrays.fill(gw2, 0); java.util.Arrays.fill(gb2, 0);
                for (int m = 0; m < size; m++) {
                    double[] xi = x[idx[start + m]];
                    int label = y[idx[start + m]];
                    for (int j = 0; j < h; j++) {
                        double s = b1[j];
                        for (int i = 0; i < p; i++) s += w1[j * p + i] * xi[i];
                        a1[j] = Activation.tanh(s);
                    }
                    double max = Double.NEGATIVE_INFINITY;
                    for (int c = 0; c < k; c++) {
                        double s = b2[c];
                        for (int j = 0; j < h; j++) s += w2[c * h + j] * a1[j];
                        out[c] = s;
                        max = Math.max(max, s);
                    }
                    double sum = 0;
                    for (int c = 0; c < k; c++) { out[c] = Math.exp(out[c] - max); sum += out[c]; }
                    java.util.Arrays.fill(d1, 0);
                    for (int c = 0; c < k; c++) {
                        double d = out[c] / sum - (c == label ? 1 : 0);
                        gb2[c] += d;
                        for (int j = 0; j < h; j++) { gw2[c * h + j] += d * a1[j]; d1[j] += w2[c * h + j] * d; }
                    }
                    for (int j = 0; j < h; j++) {
                        double d = d1[j] * (1 - a1[j] * a1[j]);
                        gb1[j] += d;
                        for (int i = 0; i < p; i++) gw1[j * p + i] += d * xi[i];
                    }
                }
                double step = ETA / size;
                for (int i = 0; i < w1.length; i++) w1[i] -= step * gw1[i];
                for (int i = 0; i < b1.length; i++) b1[i] -= step * gb1[i];
                for (int i = 0; i < w2.length; i++) w2[i] -= step * gw2[i];
                for (int i = 0; i < b2.length; i++) b2[i] -= step * gb2[i];
            }
        }
    }
}
