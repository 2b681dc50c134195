package nnlearn;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * A fully connected layer k: z = W x + b, a = f(z), in the notation of the notebooks
 * (z<sup>(k)</sup> = W<sup>(k)</sup> x<sup>(k−1)</sup> + b<sup>(k)</sup>, x<sup>(k)</sup> = f_k(z<sup>(k)</sup>)).
 *
 * <p>Storage is flat and row-major:
 * <ul>
 *   <li>{@code W[j * in + i]} is the weight from input i to unit j ({@code out × in});</li>
 *   <li>{@code b[j]} is unit j's bias; {@code dW} and {@code db} have the same shapes and hold
 *       the true gradient ∂L/∂W and ∂L/∂b (no minus sign: that lives in the optimiser);</li>
 *   <li>for a batch of B examples, {@code z}, {@code a} and {@code delta} are B × out, row n being example n.</li>
 * </ul>
 * After a forward and backward pass, {@link #z()}, {@link #a()}, {@link #delta()}, {@link #dW()} and {@link #db()}
 * return copies of what the pass computed, so a notebook can plot them.
 *
 * <p>The three matrix products of a layer, z = x Wᵀ + b forward, dW += (1/B) δᵀ x and dX = δ W backward, are
 * computed by {@link RowProducts}, which arranges their loops for speed; each call below carries its formula.
 *
 * <p>Batch gradients are <b>means</b> over the examples of the batch: dW += (1/B) Σ_n δ_n x_nᵀ.
 * They accumulate (+=) until {@link #zeroGrad()}.
 */
public final class Dense {

    /** Input width (fan-in) and output width (number of units). */
    public final int in, out;
    /** The activation f of this layer. */
    public final Activation f;
    /** Probability of dropping each output during training (0 = no dropout). */
    public final double dropout;
    /** Weights (out × in, row-major) and biases; changed in place by the optimiser. */
    public final double[] W, b;
    /** Gradients of the loss with respect to W and b, same shapes; batch means, accumulated until zeroGrad. */
    public final double[] dW, db;

    final Init weightInit, biasInit;

    private final RowProducts products;  // the three matrix products, and their scratch rows

    // Forward and backward intermediates for the last batch (capacity may exceed batch * width).
    private int batch;
    private double[] x;      // the input batch (a reference, not a copy), batch × in
    private double[] z;      // pre-activation, batch × out
    private double[] a;      // output f(z), after dropout when training with dropout
    private double[] fz;     // f(z) before dropout (only when dropout > 0)
    private double[] mask;   // dropout mask: 0 or 1/(1 − p) (only when dropout > 0)
    private double[] delta;  // δ = ∂L/∂z, per example (not divided by B), batch × out
    private double[] dX;     // ∂L/∂x, per example, batch × in: the dA of the layer below

    Dense(int in, int out, Activation f, Init weightInit, Init biasInit, double dropout) {
        this.in = in;
        this.out = out;
        this.f = f;
        this.weightInit = weightInit;
        this.biasInit = biasInit;
        this.dropout = dropout;
        this.W = new double[out * in];
        this.b = new double[out];
        this.dW = new double[out * in];
        this.db = new double[out];
        this.products = new RowProducts(in, out);
    }

    /** Fills W and b from their initialisers, drawing from {@code rng}. */
    void initialise(RandomGenerator rng) {
        weightInit.fill(W, in, out, rng);
        biasInit.fill(b, in, out, rng);
    }

    /**
     * Forward pass for {@code batch} examples stored row by row in {@code x} (batch × in).
     * Keeps a reference to x for the backward pass. With {@code training} and dropout &gt; 0, each output is
     * zeroed with probability p and the survivors are scaled by 1/(1 − p) ("inverted" dropout), using {@code rng}.
     *
     * @return the output a (batch × out), owned by this layer: valid until its next forward pass
     */
    double[] forward(double[] x, int batch, boolean training, RandomGenerator rng) {
        ensureCapacity(batch);
        this.x = x;
        this.batch = batch;
        products.forward(x, batch, W, b, z);                // z = x Wᵀ + b, one row per example
        boolean drop = training && dropout > 0;
        f.apply(z, drop ? fz : a, batch, out);
        if (drop) {
            double keep = 1.0 / (1.0 - dropout);
            for (int i = 0; i < batch * out; i++) {
                mask[i] = rng.nextDouble() < dropout ? 0.0 : keep;
                a[i] = fz[i] * mask[i];
            }
        } else if (dropout > 0) {
            Arrays.fill(mask, 0, batch * out, 1.0);
            System.arraycopy(a, 0, fz, 0, batch * out);
        }
        return a;
    }

    /**
     * Backward pass from the gradient of the loss with respect to this layer's output, dA = ∂L/∂a (batch × out):
     * δ = dA ⊙ f'(z), then the parameter gradients. Needs an element-wise activation.
     *
     * @param needDX whether to compute dX = Wᵀδ for the layer below (the first layer skips it)
     * @return dX (batch × in), owned by this layer, or null when not needed
     */
    double[] backward(double[] dA, boolean needDX) {
        int n = batch * out;
        double[] fOut = dropout > 0 ? fz : a;
        for (int i = 0; i < n; i++) {
            double dAi = dropout > 0 ? dA[i] * mask[i] : dA[i];
            delta[i] = dAi * f.df(z[i], fOut[i]);
        }
        return backwardFromDelta(needDX);
    }

    /**
     * The output layer's entry point: δ was already written by the loss (δ = a − y). Computes
     * dW += (1/B) Σ_n δ_n x_nᵀ, db += (1/B) Σ_n δ_n and, if asked, dX_n = Wᵀ δ_n.
     */
    double[] backwardFromDelta(boolean needDX) {
        products.addWeightGradient(delta, x, batch, 1.0 / batch, dW, db);  // dW += (1/B) δᵀ x, db += (1/B) Σ_n δ_n
        if (!needDX) {
            return null;
        }
        products.inputGradient(delta, batch, W, dX);                      // dX = δ W: row n is Wᵀ δ_n
        return dX;
    }

    /** The δ buffer, for the loss to write the output error into. */
    double[] deltaBuffer() {
        return delta;
    }

    /** The raw z and output buffers of the last forward pass (batch × out). */
    double[] zBuffer() {
        return z;
    }

    double[] outputBuffer() {
        return a;
    }

    /** Sets dW and db to zero. */
    public void zeroGrad() {
        Arrays.fill(dW, 0.0);
        Arrays.fill(db, 0.0);
    }

    private void ensureCapacity(int batch) {
        if (z == null || z.length < batch * out) {
            z = new double[batch * out];
            a = new double[batch * out];
            delta = new double[batch * out];
            dX = new double[batch * in];
            if (dropout > 0) {
                fz = new double[batch * out];
                mask = new double[batch * out];
            }
        }
    }

    // ---------------------------------------------------------------- reading the layer (copies, 2-D)

    /** Number of examples in the last forward pass. */
    public int batchSize() {
        return batch;
    }

    /** A copy of W as out × in: {@code weights()[j][i]} is the weight from input i to unit j. */
    public double[][] weights() {
        return rows(W, out, in);
    }

    /** A copy of b. */
    public double[] biases() {
        return b.clone();
    }

    /** A copy of dW as out × in. */
    public double[][] dW() {
        return rows(dW, out, in);
    }

    /** A copy of db. */
    public double[] db() {
        return db.clone();
    }

    /** z of the last forward pass, batch × out. */
    public double[][] z() {
        return rows(z, batch, out);
    }

    /** The output a = f(z) of the last forward pass (after dropout, if training with dropout), batch × out. */
    public double[][] a() {
        return rows(a, batch, out);
    }

    /** δ = ∂L/∂z of the last backward pass, one row per example (per-example, not divided by B). */
    public double[][] delta() {
        return rows(delta, batch, out);
    }

    /** The dropout mask of the last training pass (0 or 1/(1 − p)), batch × out; all ones without dropout. */
    public double[][] dropoutMask() {
        if (dropout == 0) {
            double[][] ones = new double[batch][out];
            for (double[] r : ones) Arrays.fill(r, 1.0);
            return ones;
        }
        return rows(mask, batch, out);
    }

    /** The weight from input i to unit j. */
    public double weight(int j, int i) {
        checkUnit(j);
        checkInput(i);
        return W[j * in + i];
    }

    /** Sets the weight from input i to unit j. */
    public void setWeight(int j, int i, double value) {
        checkUnit(j);
        checkInput(i);
        requireFinite("weight W[" + j + "][" + i + "]", value);
        W[j * in + i] = value;
    }

    /** Replaces all weights with {@code w} (out × in). */
    public void setWeights(double[][] w) {
        if (w.length != out) {
            throw new IllegalArgumentException(this + ": expected " + out + " weight rows (one per unit), got " + w.length);
        }
        for (int j = 0; j < out; j++) {
            if (w[j].length != in) {
                throw new IllegalArgumentException(this + ": weight row " + j + " should have " + in + " entries, got " + w[j].length);
            }
            for (int i = 0; i < in; i++) setWeight(j, i, w[j][i]);
        }
    }

    /** Replaces all biases. */
    public void setBiases(double[] bias) {
        if (bias.length != out) {
            throw new IllegalArgumentException(this + ": expected " + out + " biases, got " + bias.length);
        }
        for (int j = 0; j < out; j++) requireFinite("bias b[" + j + "]", bias[j]);
        System.arraycopy(bias, 0, b, 0, out);
    }

    /** The incoming weights of unit j (a copy of row j of W). */
    public double[] incoming(int j) {
        checkUnit(j);
        return Arrays.copyOfRange(W, j * in, (j + 1) * in);
    }

    /** The weights leaving input i, one per unit (a copy of column i of W). */
    public double[] fromInput(int i) {
        checkInput(i);
        double[] col = new double[out];
        for (int j = 0; j < out; j++) col[j] = W[j * in + i];
        return col;
    }

    /** Adds N(0, sigma²) noise, drawn from a generator seeded with {@code seed}, to the incoming weights of unit j. */
    public void perturbIncoming(int j, double sigma, long seed) {
        checkUnit(j);
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < in; i++) W[j * in + i] += sigma * rng.nextGaussian();
    }

    /** Euclidean (Frobenius) norm of W. */
    public double weightNorm() {
        return norm(W);
    }

    /** Euclidean norm of dW. */
    public double gradNorm() {
        return norm(dW);
    }

    /** Number of trainable parameters, out·in + out. */
    public int parameterCount() {
        return W.length + b.length;
    }

    @Override
    public String toString() {
        return f + "(" + out + ")" + (dropout > 0 ? " dropout(" + dropout + ")" : "");
    }

    static double norm(double[] v) {
        double s = 0;
        for (double x : v) s += x * x;
        return Math.sqrt(s);
    }

    private static double[][] rows(double[] flat, int r, int c) {
        double[][] m = new double[r][c];
        if (flat == null) return m;
        for (int i = 0; i < r; i++) System.arraycopy(flat, i * c, m[i], 0, c);
        return m;
    }

    private void checkUnit(int j) {
        if (j < 0 || j >= out) throw new IllegalArgumentException(this + ": unit index " + j + " out of range 0.." + (out - 1));
    }

    private void checkInput(int i) {
        if (i < 0 || i >= in) throw new IllegalArgumentException(this + ": input index " + i + " out of range 0.." + (in - 1));
    }

    private static void requireFinite(String what, double v) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException(what + " must be finite, got " + v);
    }
}
