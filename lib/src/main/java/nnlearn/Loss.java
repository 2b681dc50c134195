package nnlearn;

/**
 * A loss L(a, y) for one example, paired with the output activation it belongs to.
 *
 * <p>Three pairs are allowed, and each gives the same output error
 * δ<sup>(K)</sup> = ∂L/∂z<sup>(K)</sup> = a − y:
 * <ul>
 *   <li>{@link #CROSS_ENTROPY} with {@link Activation#SOFTMAX}: L = −Σ_k y_k log a_k;</li>
 *   <li>{@link #BINARY_CROSS_ENTROPY} with {@link Activation#SIGMOID}: L = −[y log a + (1 − y) log(1 − a)];</li>
 *   <li>{@link #MSE} with {@link Activation#IDENTITY}: L = ½ ‖a − y‖².</li>
 * </ul>
 * Each javadoc below shows the chain rule δ = ∇_a L ⊙ f'(z) that collapses to a − y. A batch loss is the
 * mean of the per-example losses.
 */
public abstract class Loss {

    private final String name;
    private final Activation output;

    private Loss(String name, Activation output) {
        this.name = name;
        this.output = output;
    }

    /** The output activation this loss must be paired with. */
    public Activation pairedActivation() {
        return output;
    }

    /**
     * The loss of one example whose output row starts at {@code offset} in {@code z} and {@code a}
     * ({@code k} values each); {@code y} holds the target row at the same offset.
     * Computed from z where that is more accurate than from a.
     */
    public abstract double value(double[] z, double[] a, double[] y, int offset, int k);

    /**
     * The output error δ<sup>(K)</sup> = ∂L/∂z<sup>(K)</sup> for {@code rows} examples, written into
     * {@code delta}. For every allowed pair this is a − y (see each constant's javadoc for why).
     */
    public void outputDelta(double[] a, double[] y, double[] delta, int rows, int k) {
        int n = rows * k;
        for (int i = 0; i < n; i++) {
            delta[i] = a[i] - y[i];
        }
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * Cross-entropy with softmax. ∂L/∂a_k = −y_k / a_k and ∂a_k/∂z_j = a_k(1[k=j] − a_j), so
     * δ_j = Σ_k (−y_k / a_k) a_k (1[k=j] − a_j) = −y_j + a_j Σ_k y_k = a_j − y_j (targets sum to 1).
     * The value is computed as log Σ e^z − Σ_k y_k z_k, which never takes log 0.
     */
    public static final Loss CROSS_ENTROPY = new Loss("cross-entropy", Activation.SOFTMAX) {
        @Override
        public double value(double[] z, double[] a, double[] y, int offset, int k) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) max = Math.max(max, z[offset + j]);
            double sum = 0;
            for (int j = 0; j < k; j++) sum += Math.exp(z[offset + j] - max);
            double logSumExp = max + Math.log(sum);
            double loss = 0;
            for (int j = 0; j < k; j++) {
                double yj = y[offset + j];
                if (yj != 0) loss += yj * (logSumExp - z[offset + j]);
            }
            return loss;
        }
    };

    /**
     * Binary cross-entropy with a sigmoid output (one unit per independent yes/no target).
     * ∂L/∂a = (a − y) / (a(1 − a)) and σ'(z) = a(1 − a), so δ = a − y.
     * The value is computed as softplus(z) − y·z, stable for large |z|.
     */
    public static final Loss BINARY_CROSS_ENTROPY = new Loss("binary-cross-entropy", Activation.SIGMOID) {
        @Override
        public double value(double[] z, double[] a, double[] y, int offset, int k) {
            double loss = 0;
            for (int j = 0; j < k; j++) {
                double zj = z[offset + j];
                double softplus = zj > 0 ? zj + Math.log1p(Math.exp(-zj)) : Math.log1p(Math.exp(zj));
                loss += softplus - y[offset + j] * zj;
            }
            return loss;
        }
    };

    /**
     * Squared error ½‖a − y‖² with an identity output; the batch value is its mean over examples.
     * ∂L/∂a = a − y and f' = 1, so δ = a − y. (The ½ makes δ exactly a − y, as in Nielsen's quadratic cost.)
     */
    public static final Loss MSE = new Loss("squared-error", Activation.IDENTITY) {
        @Override
        public double value(double[] z, double[] a, double[] y, int offset, int k) {
            double loss = 0;
            for (int j = 0; j < k; j++) {
                double d = a[offset + j] - y[offset + j];
                loss += 0.5 * d * d;
            }
            return loss;
        }
    };
}
