package nnlearn;

/**
 * An activation function f, applied to a layer's pre-activation z to give its output a = f(z).
 *
 * <p>Hidden layers use element-wise activations: {@link #IDENTITY}, {@link #SIGMOID}, {@link #TANH},
 * {@link #RELU} and {@link #leakyRelu(double)}. {@link #SOFTMAX} mixes a whole row and is only allowed
 * on the output layer, paired with {@link Loss#CROSS_ENTROPY}.
 *
 * <p>Backpropagation needs f'(z). {@link #df(double, double)} receives both z and a = f(z), because
 * for sigmoid and tanh the derivative is cheapest written with a: σ' = a(1 − a), tanh' = 1 − a².
 */
public abstract class Activation {

    private final String name;

    protected Activation(String name) {
        this.name = name;
    }

    /** f(z) for one value. */
    public abstract double f(double z);

    /** f'(z) for one value, given z and a = f(z). */
    public abstract double df(double z, double a);

    /** Whether f works value by value (all but softmax). Only element-wise activations may be used in hidden layers. */
    public boolean isElementWise() {
        return true;
    }

    /**
     * a = f(z) for a batch stored row by row: {@code rows} examples of {@code cols} units each.
     * Works out of place ({@code z} is not changed). Softmax overrides this to normalise each row.
     */
    public void apply(double[] z, double[] a, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            a[i] = f(z[i]);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    /** f(z) = z, f'(z) = 1. */
    public static final Activation IDENTITY = new Activation("identity") {
        @Override public double f(double z) { return z; }
        @Override public double df(double z, double a) { return 1.0; }
    };

    /** σ(z) = 1 / (1 + e^(−z)), σ'(z) = σ(z)(1 − σ(z)), at most 1/4. */
    public static final Activation SIGMOID = new Activation("sigmoid") {
        @Override public double f(double z) { return sigmoid(z); }
        @Override public double df(double z, double a) { return a * (1.0 - a); }
    };

    /** tanh(z), tanh'(z) = 1 − tanh²(z); tanh(0) = 0 and tanh'(0) = 1. */
    public static final Activation TANH = new Activation("tanh") {
        @Override public double f(double z) { return tanh(z); }
        @Override public double df(double z, double a) { return 1.0 - a * a; }
    };

    /** ReLU(z) = max(0, z); its derivative is taken as 0 at z = 0 (a unit exactly at 0 is "off"). */
    public static final Activation RELU = new Activation("relu") {
        @Override public double f(double z) { return z > 0 ? z : 0.0; }
        @Override public double df(double z, double a) { return z > 0 ? 1.0 : 0.0; }
    };

    /**
     * Softmax over a row: a_k = e^(z_k) / Σ_j e^(z_j). Output layer only, with cross-entropy, which
     * turns the full Jacobian into δ = a − y (see {@link Loss#CROSS_ENTROPY}). Computed with the row
     * maximum subtracted, so large logits do not overflow.
     */
    public static final Activation SOFTMAX = new Activation("softmax") {
        @Override public double f(double z) {
            throw new UnsupportedOperationException("softmax is not element-wise: it normalises a whole row");
        }
        @Override public double df(double z, double a) {
            throw new UnsupportedOperationException(
                    "softmax has a full Jacobian; its δ comes from the cross-entropy pair as a − y");
        }
        @Override public boolean isElementWise() { return false; }
        @Override public void apply(double[] z, double[] a, int rows, int cols) {
            for (int r = 0; r < rows; r++) {
                int o = r * cols;
                double max = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < cols; k++) max = Math.max(max, z[o + k]);
                double sum = 0;
                for (int k = 0; k < cols; k++) {
                    double e = Math.exp(z[o + k] - max);
                    a[o + k] = e;
                    sum += e;
                }
                for (int k = 0; k < cols; k++) a[o + k] /= sum;
            }
        }
    };

    /** Leaky ReLU: z for z &gt; 0, alpha·z otherwise; derivative 1 or alpha. */
    public static Activation leakyRelu(double alpha) {
        if (!(alpha >= 0 && alpha < 1)) {
            throw new IllegalArgumentException("leaky ReLU slope alpha must be in [0, 1), got " + alpha);
        }
        return new Activation("leaky-relu(" + alpha + ")") {
            @Override public double f(double z) { return z > 0 ? z : alpha * z; }
            @Override public double df(double z, double a) { return z > 0 ? 1.0 : alpha; }
        };
    }

    /**
     * tanh(z) = (1 − e<sup>−2|z|</sup>) / (1 + e<sup>−2|z|</sup>), with the sign of z. It agrees with {@link Math#tanh}
     * to within 2.3e−16 absolute (one unit in the last place of 1) and 2e−15 relative (TanhTest), and is about three
     * times faster (TanhBenchmark), because Java 17 compiles {@link Math#exp} to a fast machine-code routine and
     * {@code Math.tanh} not. For |z| &lt; 0.02, where
     * 1 − e<sup>−2|z|</sup> would lose digits to cancellation, it uses the Taylor series
     * z − z³/3 + 2z⁵/15 − 17z⁷/315, whose first omitted term is below 1e−15 of z there. It is exactly odd:
     * tanh(−z) = −tanh(z).
     */
    public static double tanh(double z) {
        double u = Math.abs(z);
        if (u < 0.02) {
            double z2 = z * z;
            return z * (1 - z2 * (1.0 / 3 - z2 * (2.0 / 15 - z2 * (17.0 / 315))));
        }
        double e = Math.exp(-2 * u);
        return Math.copySign((1 - e) / (1 + e), z);
    }

    /** The logistic function, written to avoid overflow for large |z|. */
    public static double sigmoid(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }
}
