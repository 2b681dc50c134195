package nnlearn.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import nnlearn.Network;
import nnlearn.data.Dataset;

/**
 * Repeats the four visible steps of training over a data set, in batches:
 * <pre>{@code
 * net.zeroGrad(); net.forward(batch, true); net.backward(targets); optimizer.step(net);
 * }</pre>
 * and tells its observers after each step and each epoch. It is a thin convenience, not a black box.
 *
 * <pre>{@code
 * Trainer trainer = Trainer.of(net, Optimizer.sgd(0.1)).batchSize(32);   // shuffled each epoch by default
 * trainer.observe(recorder).fit(train, 50);
 * }</pre>
 *
 * <p>Batch size 1 is one-example SGD; {@link #fullBatch()} is gradient descent on the whole set. The order of the
 * examples is shuffled every epoch from a stream seeded by the network's seed (override with {@link #orderSeed(long)}),
 * or kept fixed with {@code shuffle(false)}. Calling {@link #fit} again continues counting epochs and steps.
 */
public final class Trainer {

    private final Network net;
    private final Optimizer optimizer;
    private final List<TrainingObserver> observers = new ArrayList<>();
    private int batchSize = 32;
    private boolean shuffle = true;
    private SplittableRandom order;
    private int epoch;
    private long step;

    private Trainer(Network net, Optimizer optimizer) {
        this.net = net;
        this.optimizer = optimizer;
        this.order = new SplittableRandom(net.dataOrderSeed());
    }

    public static Trainer of(Network net, Optimizer optimizer) {
        return new Trainer(net, optimizer);
    }

    /** Examples per step (1 = one-example SGD). Default 32; a batch larger than the data set is the whole set. */
    public Trainer batchSize(int size) {
        if (size < 1) throw new IllegalArgumentException("batch size must be at least 1, got " + size);
        this.batchSize = size;
        return this;
    }

    /** Full-batch gradient descent: every step sees every example. */
    public Trainer fullBatch() {
        this.batchSize = Integer.MAX_VALUE;
        return this;
    }

    /** Shuffle the examples every epoch (default), or present them in their stored order. */
    public Trainer shuffle(boolean shuffle) {
        this.shuffle = shuffle;
        return this;
    }

    /** Seeds the example order independently of the network's seed. */
    public Trainer orderSeed(long seed) {
        this.order = new SplittableRandom(seed);
        return this;
    }

    /** Adds an observer (a recorder, or any {@link TrainingObserver}). */
    public Trainer observe(TrainingObserver observer) {
        observers.add(observer);
        return this;
    }

    /** Calls {@code action} after every step. */
    public Trainer onStep(Consumer<TrainingObserver.Step> action) {
        return observe(new TrainingObserver() {
            @Override public void onStep(Step s) { action.accept(s); }
        });
    }

    /** Calls {@code action} after every epoch. */
    public Trainer onEpoch(Consumer<TrainingObserver.Epoch> action) {
        return observe(new TrainingObserver() {
            @Override public void onEpoch(Epoch e) { action.accept(e); }
        });
    }

    public Network network() {
        return net;
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    /** Epochs completed so far. */
    public int epoch() {
        return epoch;
    }

    /** Steps taken so far. */
    public long step() {
        return step;
    }

    /**
     * Trains for {@code epochs} epochs.
     *
     * @return the last epoch's summary
     * @throws IllegalArgumentException if the data does not fit the network
     * @throws IllegalStateException    if the loss becomes NaN or infinite (naming the epoch and step)
     */
    public TrainingObserver.Epoch fit(Dataset train, int epochs) {
        if (epochs < 0) throw new IllegalArgumentException("epochs must be ≥ 0, got " + epochs);
        if (train.width() != net.inputs()) {
            throw new IllegalArgumentException("training data has " + train.width() + " features, but the network "
                    + net + " expects input width " + net.inputs());
        }
        int n = train.size(), d = train.width(), k = net.outputs();
        double[] x = train.flatX();
        double[] y = flatten(train.targets(k));
        int[] labels = train.isClassification() ? train.labels() : null;
        int b = Math.min(batchSize, n);
        double[] xb = new double[b * d], yb = new double[b * k];
        int[] idx = identity(n);
        for (TrainingObserver o : observers) o.onStart(this);
        TrainingObserver.Epoch last = null;
        for (int e = 0; e < epochs; e++) {
            epoch++;
            if (shuffle) idx = Dataset.permutation(n, order);
            double lossSum = 0;
            int correct = 0;
            for (int start = 0; start < n; start += b) {
                int size = Math.min(b, n - start);
                for (int m = 0; m < size; m++) {
                    System.arraycopy(x, idx[start + m] * d, xb, m * d, d);
                    System.arraycopy(y, idx[start + m] * k, yb, m * k, k);
                }
                net.zeroGrad();
                double[] out = net.forwardFlat(xb, size, true);
                int batchCorrect = labels == null ? 0 : countCorrect(out, labels, idx, start, size, k);
                double loss = net.backwardFlat(yb);
                if (!Double.isFinite(loss)) {
                    throw new IllegalStateException("training diverged: the loss became " + loss + " at epoch " + epoch
                            + ", step " + (step + 1) + " with " + optimizer + "; try a smaller learning rate");
                }
                optimizer.step(net);
                step++;
                lossSum += loss * size;
                correct += batchCorrect;
                if (!observers.isEmpty()) {
                    TrainingObserver.Step s = new TrainingObserver.Step(this, epoch, step, loss, batchCorrect,
                            java.util.Arrays.copyOfRange(idx, start, start + size));
                    for (TrainingObserver o : observers) o.onStep(s);
                }
            }
            last = new TrainingObserver.Epoch(this, epoch, step, lossSum / n, labels == null ? Double.NaN : (double) correct / n);
            for (TrainingObserver o : observers) o.onEpoch(last);
        }
        return last;
    }

    private int countCorrect(double[] out, int[] labels, int[] idx, int start, int size, int k) {
        int c = 0;
        for (int m = 0; m < size; m++) if (net.classOf(out, m * k, k) == labels[idx[start + m]]) c++;
        return c;
    }

    private static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        return p;
    }

    private static double[] flatten(double[][] m) {
        int c = m[0].length;
        double[] f = new double[m.length * c];
        for (int i = 0; i < m.length; i++) System.arraycopy(m[i], 0, f, i * c, c);
        return f;
    }

    @Override
    public String toString() {
        return "Trainer(" + net + ", " + optimizer + ", batch " + (batchSize == Integer.MAX_VALUE ? "full" : batchSize)
                + (shuffle ? ", shuffled" : ", fixed order") + ", " + epoch + " epochs done)";
    }
}
