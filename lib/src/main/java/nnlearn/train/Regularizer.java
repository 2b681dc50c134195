package nnlearn.train;

/**
 * A penalty on a group of parameters, added to the loss. Attach one to an optimiser with
 * {@link Optimizer#regularize(Regularizer, Params)}.
 *
 * <ul>
 *   <li>{@link #l2(double)}: (λ/2)‖w‖², gradient λw. With plain SGD and no data gradient,
 *       w_t = (1 − ηλ)^t w_0: geometric shrinking, never exactly zero.</li>
 *   <li>{@link #l1(double)}: λ‖w‖₁, handled by its subgradient λ·sign(w) (0 at 0). A fixed step oversteps zero, so the
 *       weight chatters around 0 instead of landing on it.</li>
 *   <li>{@link #l1Proximal(double)}: the same penalty, handled by a proximal soft-threshold after the gradient step:
 *       w ← sign(w)·max(|w| − ηλ, 0). This yields exact zeros: with no data gradient, a weight reaches 0.0 after
 *       ⌈|w_0| / (ηλ)⌉ steps and stays there.</li>
 * </ul>
 */
public abstract class Regularizer {

    /** The strength λ. */
    public final double lambda;
    private final String name;

    private Regularizer(String name, double lambda) {
        if (!(lambda >= 0 && Double.isFinite(lambda))) {
            throw new IllegalArgumentException(name + ": strength lambda must be ≥ 0 and finite, got " + lambda);
        }
        this.name = name;
        this.lambda = lambda;
    }

    /** The penalty value on the selected entries of {@code w}. */
    public abstract double penalty(double[] w, int[] idx);

    /** Adds the penalty's (sub)gradient on the selected entries into {@code g}. Proximal regularisers add nothing. */
    public abstract void addGradient(double[] w, double[] g, int[] idx);

    /** Whether this regulariser acts by a proximal step after the gradient step. */
    public boolean isProximal() {
        return false;
    }

    /** The proximal step for learning rate eta on the selected entries (only for proximal regularisers). */
    public void proximal(double[] w, int[] idx, double eta) {
    }

    @Override
    public String toString() {
        return name + "(" + lambda + ")";
    }

    public static Regularizer l2(double lambda) {
        return new Regularizer("l2", lambda) {
            @Override public double penalty(double[] w, int[] idx) {
                double s = 0;
                for (int i : idx) s += w[i] * w[i];
                return 0.5 * lambda * s;
            }
            @Override public void addGradient(double[] w, double[] g, int[] idx) {
                for (int i : idx) g[i] += lambda * w[i];
            }
        };
    }

    public static Regularizer l1(double lambda) {
        return new Regularizer("l1-subgradient", lambda) {
            @Override public double penalty(double[] w, int[] idx) {
                return l1Penalty(lambda, w, idx);
            }
            @Override public void addGradient(double[] w, double[] g, int[] idx) {
                for (int i : idx) g[i] += lambda * Math.signum(w[i]);
            }
        };
    }

    public static Regularizer l1Proximal(double lambda) {
        return new Regularizer("l1-proximal", lambda) {
            @Override public double penalty(double[] w, int[] idx) {
                return l1Penalty(lambda, w, idx);
            }
            @Override public void addGradient(double[] w, double[] g, int[] idx) {
            }
            @Override public boolean isProximal() {
                return true;
            }
            @Override public void proximal(double[] w, int[] idx, double eta) {
                double t = eta * lambda;
                for (int i : idx) {
                    double v = w[i];
                    w[i] = v > t ? v - t : v < -t ? v + t : 0.0;
                }
            }
        };
    }

    private static double l1Penalty(double lambda, double[] w, int[] idx) {
        double s = 0;
        for (int i : idx) s += Math.abs(w[i]);
        return lambda * s;
    }
}
