package nnlearn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A multilayer perceptron: dense layers 1..K, the last one paired with a loss.
 *
 * <pre>{@code
 * Network net = Network.input(2)
 *         .dense(8, Activation.TANH)
 *         .output(2, Activation.SOFTMAX, Loss.CROSS_ENTROPY)
 *         .build(42);                        // one seed drives every random choice
 * System.out.println(net);                   // 2 → tanh(8) → softmax(2) | cross-entropy
 * }</pre>
 *
 * <p>Training is four visible steps, which {@link nnlearn.train.Trainer} merely repeats:
 * <pre>{@code
 * net.zeroGrad();
 * net.forward(x, true);          // z and a of every layer are kept
 * double loss = net.backward(y); // δ, dW, db of every layer: the chain rule, layer by layer
 * optimizer.step(net);           // the only place with a minus sign
 * }</pre>
 *
 * <p>Layers are numbered from 1, as in the notation: {@code net.layer(1)} holds W<sup>(1)</sup> and b<sup>(1)</sup>.
 * Batches are {@code double[][]}, one row per example. Methods that take batches validate widths and finiteness.
 */
public final class Network {

    private final int inputs;
    private final List<Dense> layers;
    private final Loss loss;
    private final long seed;
    private final SplittableRandom dropoutRandom;
    private final long dataOrderSeed;

    private double[] inputBuffer = new double[0];
    private double[] targetBuffer = new double[0];
    private int lastBatch;

    private Network(int inputs, List<Dense> layers, Loss loss, long seed) {
        this.inputs = inputs;
        this.layers = layers;
        this.loss = loss;
        this.seed = seed;
        SplittableRandom master = new SplittableRandom(seed);
        for (Dense layer : layers) {
            layer.initialise(master.split());
        }
        this.dropoutRandom = master.split();
        this.dataOrderSeed = master.nextLong();
    }

    /** Starts building a network whose input has {@code width} features. */
    public static Builder input(int width) {
        return new Builder(width);
    }

    // ------------------------------------------------------------------------------------------- structure

    /** Input width. */
    public int inputs() {
        return inputs;
    }

    /** Output width (number of classes for softmax). */
    public int outputs() {
        return output().out;
    }

    /** Number of layers K (hidden layers plus the output layer). */
    public int depth() {
        return layers.size();
    }

    /** Layer k, counting from 1 as in the notation W<sup>(k)</sup>; {@code layer(depth())} is the output layer. */
    public Dense layer(int k) {
        if (k < 1 || k > layers.size()) {
            throw new IllegalArgumentException("layer index " + k + " out of range 1.." + layers.size()
                    + " (layers count from 1, as in W^(1))");
        }
        return layers.get(k - 1);
    }

    /** All layers, in order 1..K (unmodifiable). */
    public List<Dense> layers() {
        return Collections.unmodifiableList(layers);
    }

    /** The output layer, layer K. */
    public Dense output() {
        return layers.get(layers.size() - 1);
    }

    /** The loss paired with the output layer. */
    public Loss loss() {
        return loss;
    }

    /** The seed this network was built with. */
    public long seed() {
        return seed;
    }

    /** A seed derived from the network's seed, used by default to order the training examples. */
    public long dataOrderSeed() {
        return dataOrderSeed;
    }

    /** Total number of trainable parameters. */
    public int parameterCount() {
        int n = 0;
        for (Dense layer : layers) n += layer.parameterCount();
        return n;
    }

    // ------------------------------------------------------------------------------------------- forward

    /** Evaluation-mode forward pass (no dropout). Returns a copy of the outputs, one row per example. */
    public double[][] forward(double[][] x) {
        return forward(x, false);
    }

    /**
     * Forward pass; with {@code training} true, dropout layers drop units (from the network's seeded stream).
     * Every layer keeps its z and a. Returns a copy of the outputs, one row per example.
     */
    public double[][] forward(double[][] x, boolean training) {
        int batch = loadInputs(x);
        double[] out = forwardFlat(inputBuffer, batch, training);
        int k = outputs();
        double[][] result = new double[batch][k];
        for (int n = 0; n < batch; n++) System.arraycopy(out, n * k, result[n], 0, k);
        return result;
    }

    /**
     * Forward pass on a flat, already validated batch (batch × inputs, row-major). Used by the trainer.
     *
     * @return the output buffer of layer K (batch × outputs), valid until the next forward pass
     */
    public double[] forwardFlat(double[] x, int batch, boolean training) {
        double[] a = x;
        for (Dense layer : layers) {
            a = layer.forward(a, batch, training, dropoutRandom);
        }
        lastBatch = batch;
        return a;
    }

    // ------------------------------------------------------------------------------------------- backward

    /**
     * Backward pass after {@link #forward(double[][], boolean)}: the chain rule, once per layer.
     * δ<sup>(K)</sup> = a − y comes from the loss; then for k = K..1: dW<sup>(k)</sup> += mean δ xᵀ,
     * db<sup>(k)</sup> += mean δ, and dX = (W<sup>(k)</sup>)ᵀ δ is the dA of layer k−1, whose
     * δ<sup>(k−1)</sup> = dA ⊙ f'(z<sup>(k−1)</sup>). Gradients accumulate until {@link #zeroGrad()}.
     *
     * @param y targets, one row per example: one-hot rows for classification
     * @return the batch mean loss of the forward pass
     */
    public double backward(double[][] y) {
        int k = outputs();
        if (y.length != lastBatch) {
            throw new IllegalArgumentException("backward: expected " + lastBatch + " target rows (the last forward batch), got " + y.length);
        }
        ensureTargetCapacity(y.length * k);
        for (int n = 0; n < y.length; n++) {
            if (y[n].length != k) {
                throw new IllegalArgumentException("backward: target row " + n + " has width " + y[n].length
                        + ", but the output layer " + output() + " has width " + k);
            }
            for (int j = 0; j < k; j++) {
                double v = y[n][j];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("backward: target " + j + " of example " + n + " is " + v);
                }
                targetBuffer[n * k + j] = v;
            }
        }
        return backwardFlat(targetBuffer);
    }

    /** {@link #backward(double[][])} with class labels 0..K−1, turned into one-hot targets. */
    public double backward(int[] labels) {
        return backward(oneHot(labels));
    }

    /** Backward pass with flat targets (batch × outputs), already validated. Returns the batch mean loss. */
    public double backwardFlat(double[] y) {
        Dense out = output();
        int batch = lastBatch, k = out.out;
        double[] z = out.zBuffer(), a = out.outputBuffer();
        double total = 0;
        for (int n = 0; n < batch; n++) total += loss.value(z, a, y, n * k, k);
        loss.outputDelta(a, y, out.deltaBuffer(), batch, k);          // δ^(K) = a − y
        double[] dA = out.backwardFromDelta(layers.size() > 1);        // dW^(K), db^(K), (W^(K))ᵀ δ^(K)
        for (int i = layers.size() - 2; i >= 0; i--) {
            dA = layers.get(i).backward(dA, i > 0);                    // δ^(k) = (W^(k+1))ᵀ δ^(k+1) ⊙ f'(z^(k))
        }
        return total / batch;
    }

    /** Sets every dW and db to zero. */
    public void zeroGrad() {
        for (Dense layer : layers) layer.zeroGrad();
    }

    /**
     * Zeroes the gradients, runs an evaluation-mode forward pass and a backward pass: afterwards every layer's
     * dW and db hold the gradient of the batch mean loss. With a single row it is a per-example gradient.
     *
     * @return the batch mean loss
     */
    public double computeGradients(double[][] x, double[][] y) {
        zeroGrad();
        forward(x, false);
        return backward(y);
    }

    // ------------------------------------------------------------------------------------------- evaluation

    /** Predicted class per example: the arg-max output, or output ≥ 0.5 for a single sigmoid unit. */
    public int[] predict(double[][] x) {
        return predictions(forward(x));
    }

    /** Predicted classes from output rows, by the same rule as {@link #predict(double[][])}. */
    public int[] predictions(double[][] outputs) {
        int[] p = new int[outputs.length];
        for (int n = 0; n < outputs.length; n++) p[n] = classOf(outputs[n], 0, outputs[n].length);
        return p;
    }

    /** The class of one output row stored at {@code offset} in a flat buffer. */
    public int classOf(double[] a, int offset, int k) {
        if (k == 1) return a[offset] >= 0.5 ? 1 : 0;
        int best = 0;
        for (int j = 1; j < k; j++) if (a[offset + j] > a[offset + best]) best = j;
        return best;
    }

    /** Mean loss on a batch, evaluation mode (no dropout, gradients untouched). */
    public double loss(double[][] x, double[][] y) {
        if (y.length != x.length) {
            throw new IllegalArgumentException("loss: " + x.length + " input rows but " + y.length + " target rows");
        }
        forward(x);
        return lossOfLastForward(y);
    }

    /** Mean loss of the outputs of the last forward pass against targets y (one row per example). */
    public double lossOfLastForward(double[][] y) {
        Dense out = output();
        int k = out.out;
        if (y.length != lastBatch) {
            throw new IllegalArgumentException("loss: the last forward pass had " + lastBatch + " examples, got " + y.length + " target rows");
        }
        ensureTargetCapacity(y.length * k);
        for (int n = 0; n < y.length; n++) {
            if (y[n].length != k) {
                throw new IllegalArgumentException("loss: target row " + n + " has width " + y[n].length + ", expected " + k);
            }
            System.arraycopy(y[n], 0, targetBuffer, n * k, k);
        }
        double total = 0;
        for (int n = 0; n < y.length; n++) total += loss.value(out.zBuffer(), out.outputBuffer(), targetBuffer, n * k, k);
        return total / y.length;
    }

    /** One-hot targets for labels 0..K−1 (a single 0/1 column for one sigmoid output). */
    public double[][] oneHot(int[] labels) {
        int k = outputs();
        int classes = k == 1 ? 2 : k;
        double[][] y = new double[labels.length][k];
        for (int n = 0; n < labels.length; n++) {
            int c = labels[n];
            if (c < 0 || c >= classes) {
                throw new IllegalArgumentException("label " + c + " of example " + n + " is out of range 0.." + (classes - 1)
                        + " for output layer " + output());
            }
            if (k == 1) y[n][0] = c; else y[n][c] = 1.0;
        }
        return y;
    }

    // ------------------------------------------------------------------------------------------- copies

    /** A deep copy: same architecture, same current weights and biases, same seed. */
    public Network copy() {
        List<Dense> copies = new ArrayList<>();
        for (Dense l : layers) copies.add(new Dense(l.in, l.out, l.f, l.weightInit, l.biasInit, l.dropout));
        Network c = new Network(inputs, copies, loss, seed);
        c.copyParametersFrom(this);
        return c;
    }

    /** Copies the weights and biases of {@code other}, which must have the same architecture, into this network. */
    public void copyParametersFrom(Network other) {
        if (!other.toString().equals(toString())) {
            throw new IllegalArgumentException("copyParametersFrom: architectures differ: " + other + " vs " + this);
        }
        for (int k = 0; k < layers.size(); k++) {
            System.arraycopy(other.layers.get(k).W, 0, layers.get(k).W, 0, layers.get(k).W.length);
            System.arraycopy(other.layers.get(k).b, 0, layers.get(k).b, 0, layers.get(k).b.length);
        }
    }

    /** Architecture in one line, e.g. {@code 4 → tanh(8) → softmax(3) | cross-entropy}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append(inputs);
        for (Dense l : layers) s.append(" → ").append(l);
        return s.append(" | ").append(loss).toString();
    }

    private int loadInputs(double[][] x) {
        if (x.length == 0) {
            throw new IllegalArgumentException("forward: the batch is empty (0 examples)");
        }
        if (inputBuffer.length < x.length * inputs) inputBuffer = new double[x.length * inputs];
        for (int n = 0; n < x.length; n++) {
            if (x[n].length != inputs) {
                throw new IllegalArgumentException("forward: example " + n + " has width " + x[n].length
                        + ", but the network " + this + " expects input width " + inputs);
            }
            for (int i = 0; i < inputs; i++) {
                double v = x[n][i];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("forward: input feature " + i + " of example " + n + " is " + v
                            + " (inputs must be finite numbers)");
                }
                inputBuffer[n * inputs + i] = v;
            }
        }
        return x.length;
    }

    private void ensureTargetCapacity(int n) {
        if (targetBuffer.length < n) targetBuffer = new double[n];
    }

    // ------------------------------------------------------------------------------------------- builder

    /** Builds a network layer by layer; {@link #build(long)} validates the whole and initialises it. */
    public static final class Builder {
        private final int inputs;
        private final List<Dense> layers = new ArrayList<>();
        private Loss loss;

        private Builder(int inputs) {
            if (inputs < 1) throw new IllegalArgumentException("input width must be at least 1, got " + inputs);
            this.inputs = inputs;
        }

        /**
         * Adds a hidden layer with default initialisation: Xavier weights (He for ReLU and leaky ReLU), zero biases.
         */
        public Builder dense(int units, Activation f) {
            return dense(units, f, defaultWeights(f), Init.zeros());
        }

        /** Adds a hidden layer with the given weight and bias initialisers. */
        public Builder dense(int units, Activation f, Init weights, Init biases) {
            requireOpen();
            if (!f.isElementWise()) {
                throw new IllegalArgumentException("hidden layer " + (layers.size() + 1) + ": " + f
                        + " is only allowed on the output layer (paired with cross-entropy)");
            }
            layers.add(new Dense(width(), requireUnits(units), f, weights, biases, 0.0));
            return this;
        }

        /** Applies dropout with probability p to the output of the layer added last (training only). */
        public Builder dropout(double p) {
            requireOpen();
            if (layers.isEmpty()) throw new IllegalArgumentException("dropout(" + p + ") needs a hidden layer before it");
            if (!(p >= 0 && p < 1)) throw new IllegalArgumentException("dropout probability must be in [0, 1), got " + p);
            Dense last = layers.remove(layers.size() - 1);
            layers.add(new Dense(last.in, last.out, last.f, last.weightInit, last.biasInit, p));
            return this;
        }

        /** Adds the output layer (Xavier weights, zero biases) and its loss. The pair must match (see {@link Loss}). */
        public Builder output(int units, Activation f, Loss loss) {
            return output(units, f, loss, Init.xavier(), Init.zeros());
        }

        /** Adds the output layer with the given initialisers and its loss. */
        public Builder output(int units, Activation f, Loss loss, Init weights, Init biases) {
            requireOpen();
            if (loss.pairedActivation() != f) {
                throw new IllegalArgumentException("output layer " + f + "(" + units + ") cannot be paired with " + loss
                        + ": " + loss + " needs a " + loss.pairedActivation() + " output"
                        + " (allowed pairs: softmax + cross-entropy, sigmoid + binary-cross-entropy, identity + squared-error)");
            }
            if (f == Activation.SOFTMAX && units < 2) {
                throw new IllegalArgumentException("softmax output needs at least 2 units, got " + units
                        + " (use one sigmoid unit with binary-cross-entropy for two classes)");
            }
            layers.add(new Dense(width(), requireUnits(units), f, weights, biases, 0.0));
            this.loss = loss;
            return this;
        }

        /** Validates and initialises the network; every random choice flows from {@code seed}. */
        public Network build(long seed) {
            if (loss == null) {
                throw new IllegalArgumentException("network " + inputs + " → ... has no output layer: call output(units, activation, loss)");
            }
            return new Network(inputs, new ArrayList<>(layers), loss, seed);
        }

        private int width() {
            return layers.isEmpty() ? inputs : layers.get(layers.size() - 1).out;
        }

        private void requireOpen() {
            if (loss != null) throw new IllegalArgumentException("the output layer was already added; no layer may follow it");
        }

        private int requireUnits(int units) {
            if (units < 1) {
                throw new IllegalArgumentException("layer " + (layers.size() + 1) + " must have at least 1 unit, got " + units);
            }
            return units;
        }

        private static Init defaultWeights(Activation f) {
            return f == Activation.RELU || f.toString().startsWith("leaky") ? Init.he() : Init.xavier();
        }
    }
}
